from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.plan_task import PlanTask
from typing import cast






T = TypeVar("T", bound="LineExecution")



@_attrs_define
class LineExecution:
    """ 
        Attributes:
            approved_fen (int):
            execution_rate (float | None):
            line_id (int):
            org_id (int):
            org_name (str):
            remaining_fen (int):
            spent_fen (int):
            task (PlanTask): The work plan's parts a budget line funds: leadership, the eight tasks, two actions, two
                highlights (a fixed catalogue: the plan's own structure, the same every year).
     """

    approved_fen: int
    execution_rate: float | None
    line_id: int
    org_id: int
    org_name: str
    remaining_fen: int
    spent_fen: int
    task: PlanTask
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        approved_fen = self.approved_fen

        execution_rate: float | None
        execution_rate = self.execution_rate

        line_id = self.line_id

        org_id = self.org_id

        org_name = self.org_name

        remaining_fen = self.remaining_fen

        spent_fen = self.spent_fen

        task = self.task.value


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "approved_fen": approved_fen,
            "execution_rate": execution_rate,
            "line_id": line_id,
            "org_id": org_id,
            "org_name": org_name,
            "remaining_fen": remaining_fen,
            "spent_fen": spent_fen,
            "task": task,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        approved_fen = d.pop("approved_fen")

        def _parse_execution_rate(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        execution_rate = _parse_execution_rate(d.pop("execution_rate"))


        line_id = d.pop("line_id")

        org_id = d.pop("org_id")

        org_name = d.pop("org_name")

        remaining_fen = d.pop("remaining_fen")

        spent_fen = d.pop("spent_fen")

        task = PlanTask(d.pop("task"))




        line_execution = cls(
            approved_fen=approved_fen,
            execution_rate=execution_rate,
            line_id=line_id,
            org_id=org_id,
            org_name=org_name,
            remaining_fen=remaining_fen,
            spent_fen=spent_fen,
            task=task,
        )


        line_execution.additional_properties = d
        return line_execution

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
