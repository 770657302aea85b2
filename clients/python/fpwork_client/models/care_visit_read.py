from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime






T = TypeVar("T", bound="CareVisitRead")



@_attrs_define
class CareVisitRead:
    """ 
        Attributes:
            activity_id (int | None):
            case_id (int):
            id (int):
            notes (None | str): Only for those who hold care:notes; each read is audited
            screening_id (int | None):
            visited_on (datetime.date):
            worker_id (int | None):
     """

    activity_id: int | None
    case_id: int
    id: int
    notes: None | str
    screening_id: int | None
    visited_on: datetime.date
    worker_id: int | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        activity_id: int | None
        activity_id = self.activity_id

        case_id = self.case_id

        id = self.id

        notes: None | str
        notes = self.notes

        screening_id: int | None
        screening_id = self.screening_id

        visited_on = self.visited_on.isoformat()

        worker_id: int | None
        worker_id = self.worker_id


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "activity_id": activity_id,
            "case_id": case_id,
            "id": id,
            "notes": notes,
            "screening_id": screening_id,
            "visited_on": visited_on,
            "worker_id": worker_id,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_activity_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        activity_id = _parse_activity_id(d.pop("activity_id"))


        case_id = d.pop("case_id")

        id = d.pop("id")

        def _parse_notes(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        notes = _parse_notes(d.pop("notes"))


        def _parse_screening_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        screening_id = _parse_screening_id(d.pop("screening_id"))


        visited_on = datetime.date.fromisoformat(d.pop("visited_on"))




        def _parse_worker_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        worker_id = _parse_worker_id(d.pop("worker_id"))


        care_visit_read = cls(
            activity_id=activity_id,
            case_id=case_id,
            id=id,
            notes=notes,
            screening_id=screening_id,
            visited_on=visited_on,
            worker_id=worker_id,
        )


        care_visit_read.additional_properties = d
        return care_visit_read

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
