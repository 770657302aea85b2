from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.plan_task import PlanTask
from ..models.spending_kind import SpendingKind
from typing import cast
import datetime






T = TypeVar("T", bound="SpendingRead")



@_attrs_define
class SpendingRead:
    """ 
        Attributes:
            amount_fen (int): Signed: a reversal is negative, an adjustment either
            budget_id (int):
            corrects_id (int | None): The entry a reversal or adjustment corrects
            evidence_file_id (int | None):
            evidence_filename (None | str):
            id (int):
            kind (SpendingKind):
            line_id (int):
            org_id (int):
            org_name (str):
            payee (str):
            purpose (str):
            reason (None | str):
            recorded_at (datetime.datetime):
            recorded_by (int | None):
            recorded_by_name (None | str):
            spent_on (datetime.date):
            task (PlanTask): The work plan's parts a budget line funds: leadership, the eight tasks, two actions, two
                highlights (a fixed catalogue: the plan's own structure, the same every year).
     """

    amount_fen: int
    budget_id: int
    corrects_id: int | None
    evidence_file_id: int | None
    evidence_filename: None | str
    id: int
    kind: SpendingKind
    line_id: int
    org_id: int
    org_name: str
    payee: str
    purpose: str
    reason: None | str
    recorded_at: datetime.datetime
    recorded_by: int | None
    recorded_by_name: None | str
    spent_on: datetime.date
    task: PlanTask
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        amount_fen = self.amount_fen

        budget_id = self.budget_id

        corrects_id: int | None
        corrects_id = self.corrects_id

        evidence_file_id: int | None
        evidence_file_id = self.evidence_file_id

        evidence_filename: None | str
        evidence_filename = self.evidence_filename

        id = self.id

        kind = self.kind.value

        line_id = self.line_id

        org_id = self.org_id

        org_name = self.org_name

        payee = self.payee

        purpose = self.purpose

        reason: None | str
        reason = self.reason

        recorded_at = self.recorded_at.isoformat()

        recorded_by: int | None
        recorded_by = self.recorded_by

        recorded_by_name: None | str
        recorded_by_name = self.recorded_by_name

        spent_on = self.spent_on.isoformat()

        task = self.task.value


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "amount_fen": amount_fen,
            "budget_id": budget_id,
            "corrects_id": corrects_id,
            "evidence_file_id": evidence_file_id,
            "evidence_filename": evidence_filename,
            "id": id,
            "kind": kind,
            "line_id": line_id,
            "org_id": org_id,
            "org_name": org_name,
            "payee": payee,
            "purpose": purpose,
            "reason": reason,
            "recorded_at": recorded_at,
            "recorded_by": recorded_by,
            "recorded_by_name": recorded_by_name,
            "spent_on": spent_on,
            "task": task,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        amount_fen = d.pop("amount_fen")

        budget_id = d.pop("budget_id")

        def _parse_corrects_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        corrects_id = _parse_corrects_id(d.pop("corrects_id"))


        def _parse_evidence_file_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        evidence_file_id = _parse_evidence_file_id(d.pop("evidence_file_id"))


        def _parse_evidence_filename(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        evidence_filename = _parse_evidence_filename(d.pop("evidence_filename"))


        id = d.pop("id")

        kind = SpendingKind(d.pop("kind"))




        line_id = d.pop("line_id")

        org_id = d.pop("org_id")

        org_name = d.pop("org_name")

        payee = d.pop("payee")

        purpose = d.pop("purpose")

        def _parse_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        reason = _parse_reason(d.pop("reason"))


        recorded_at = datetime.datetime.fromisoformat(d.pop("recorded_at"))




        def _parse_recorded_by(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        recorded_by = _parse_recorded_by(d.pop("recorded_by"))


        def _parse_recorded_by_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        recorded_by_name = _parse_recorded_by_name(d.pop("recorded_by_name"))


        spent_on = datetime.date.fromisoformat(d.pop("spent_on"))




        task = PlanTask(d.pop("task"))




        spending_read = cls(
            amount_fen=amount_fen,
            budget_id=budget_id,
            corrects_id=corrects_id,
            evidence_file_id=evidence_file_id,
            evidence_filename=evidence_filename,
            id=id,
            kind=kind,
            line_id=line_id,
            org_id=org_id,
            org_name=org_name,
            payee=payee,
            purpose=purpose,
            reason=reason,
            recorded_at=recorded_at,
            recorded_by=recorded_by,
            recorded_by_name=recorded_by_name,
            spent_on=spent_on,
            task=task,
        )


        spending_read.additional_properties = d
        return spending_read

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
