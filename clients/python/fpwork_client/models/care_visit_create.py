from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast
import datetime






T = TypeVar("T", bound="CareVisitCreate")



@_attrs_define
class CareVisitCreate:
    """ 
        Attributes:
            notes (str): Sensitive: encrypted at rest
            visited_on (datetime.date):
            activity_id (int | None | Unset): A care-action lecture the family attended
            screening_id (int | None | Unset): A reproductive-health census done on the visit
            worker_id (int | None | Unset):
     """

    notes: str
    visited_on: datetime.date
    activity_id: int | None | Unset = UNSET
    screening_id: int | None | Unset = UNSET
    worker_id: int | None | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        notes = self.notes

        visited_on = self.visited_on.isoformat()

        activity_id: int | None | Unset
        if isinstance(self.activity_id, Unset):
            activity_id = UNSET
        else:
            activity_id = self.activity_id

        screening_id: int | None | Unset
        if isinstance(self.screening_id, Unset):
            screening_id = UNSET
        else:
            screening_id = self.screening_id

        worker_id: int | None | Unset
        if isinstance(self.worker_id, Unset):
            worker_id = UNSET
        else:
            worker_id = self.worker_id


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "notes": notes,
            "visited_on": visited_on,
        })
        if activity_id is not UNSET:
            field_dict["activity_id"] = activity_id
        if screening_id is not UNSET:
            field_dict["screening_id"] = screening_id
        if worker_id is not UNSET:
            field_dict["worker_id"] = worker_id

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        notes = d.pop("notes")

        visited_on = datetime.date.fromisoformat(d.pop("visited_on"))




        def _parse_activity_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        activity_id = _parse_activity_id(d.pop("activity_id", UNSET))


        def _parse_screening_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        screening_id = _parse_screening_id(d.pop("screening_id", UNSET))


        def _parse_worker_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        worker_id = _parse_worker_id(d.pop("worker_id", UNSET))


        care_visit_create = cls(
            notes=notes,
            visited_on=visited_on,
            activity_id=activity_id,
            screening_id=screening_id,
            worker_id=worker_id,
        )

        return care_visit_create

