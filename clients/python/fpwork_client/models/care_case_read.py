from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.care_kind import CareKind
from ..models.care_status import CareStatus
from typing import cast
import datetime






T = TypeVar("T", bound="CareCaseRead")



@_attrs_define
class CareCaseRead:
    """ 
        Attributes:
            cared_worker_id (int | None):
            closed_on (datetime.date | None):
            closed_reason (None | str):
            family_id (int | None):
            id (int):
            kind (CareKind):
            next_visit_due_on (datetime.date | None):
            opened_on (datetime.date):
            org_id (int):
            paired_on (datetime.date | None):
            project_id (int | None):
            reason (None | str):
            resident_id (int | None):
            status (CareStatus):
            version (int):
            visit_every_days (int):
            worker_id (int | None):
     """

    cared_worker_id: int | None
    closed_on: datetime.date | None
    closed_reason: None | str
    family_id: int | None
    id: int
    kind: CareKind
    next_visit_due_on: datetime.date | None
    opened_on: datetime.date
    org_id: int
    paired_on: datetime.date | None
    project_id: int | None
    reason: None | str
    resident_id: int | None
    status: CareStatus
    version: int
    visit_every_days: int
    worker_id: int | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        cared_worker_id: int | None
        cared_worker_id = self.cared_worker_id

        closed_on: None | str
        if isinstance(self.closed_on, datetime.date):
            closed_on = self.closed_on.isoformat()
        else:
            closed_on = self.closed_on

        closed_reason: None | str
        closed_reason = self.closed_reason

        family_id: int | None
        family_id = self.family_id

        id = self.id

        kind = self.kind.value

        next_visit_due_on: None | str
        if isinstance(self.next_visit_due_on, datetime.date):
            next_visit_due_on = self.next_visit_due_on.isoformat()
        else:
            next_visit_due_on = self.next_visit_due_on

        opened_on = self.opened_on.isoformat()

        org_id = self.org_id

        paired_on: None | str
        if isinstance(self.paired_on, datetime.date):
            paired_on = self.paired_on.isoformat()
        else:
            paired_on = self.paired_on

        project_id: int | None
        project_id = self.project_id

        reason: None | str
        reason = self.reason

        resident_id: int | None
        resident_id = self.resident_id

        status = self.status.value

        version = self.version

        visit_every_days = self.visit_every_days

        worker_id: int | None
        worker_id = self.worker_id


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "cared_worker_id": cared_worker_id,
            "closed_on": closed_on,
            "closed_reason": closed_reason,
            "family_id": family_id,
            "id": id,
            "kind": kind,
            "next_visit_due_on": next_visit_due_on,
            "opened_on": opened_on,
            "org_id": org_id,
            "paired_on": paired_on,
            "project_id": project_id,
            "reason": reason,
            "resident_id": resident_id,
            "status": status,
            "version": version,
            "visit_every_days": visit_every_days,
            "worker_id": worker_id,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_cared_worker_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        cared_worker_id = _parse_cared_worker_id(d.pop("cared_worker_id"))


        def _parse_closed_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                closed_on_type_0 = datetime.date.fromisoformat(data)



                return closed_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        closed_on = _parse_closed_on(d.pop("closed_on"))


        def _parse_closed_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        closed_reason = _parse_closed_reason(d.pop("closed_reason"))


        def _parse_family_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        family_id = _parse_family_id(d.pop("family_id"))


        id = d.pop("id")

        kind = CareKind(d.pop("kind"))




        def _parse_next_visit_due_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                next_visit_due_on_type_0 = datetime.date.fromisoformat(data)



                return next_visit_due_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        next_visit_due_on = _parse_next_visit_due_on(d.pop("next_visit_due_on"))


        opened_on = datetime.date.fromisoformat(d.pop("opened_on"))




        org_id = d.pop("org_id")

        def _parse_paired_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                paired_on_type_0 = datetime.date.fromisoformat(data)



                return paired_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        paired_on = _parse_paired_on(d.pop("paired_on"))


        def _parse_project_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        project_id = _parse_project_id(d.pop("project_id"))


        def _parse_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        reason = _parse_reason(d.pop("reason"))


        def _parse_resident_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        resident_id = _parse_resident_id(d.pop("resident_id"))


        status = CareStatus(d.pop("status"))




        version = d.pop("version")

        visit_every_days = d.pop("visit_every_days")

        def _parse_worker_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        worker_id = _parse_worker_id(d.pop("worker_id"))


        care_case_read = cls(
            cared_worker_id=cared_worker_id,
            closed_on=closed_on,
            closed_reason=closed_reason,
            family_id=family_id,
            id=id,
            kind=kind,
            next_visit_due_on=next_visit_due_on,
            opened_on=opened_on,
            org_id=org_id,
            paired_on=paired_on,
            project_id=project_id,
            reason=reason,
            resident_id=resident_id,
            status=status,
            version=version,
            visit_every_days=visit_every_days,
            worker_id=worker_id,
        )


        care_case_read.additional_properties = d
        return care_case_read

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
