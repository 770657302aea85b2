from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast
import datetime






T = TypeVar("T", bound="PregnancyCreate")



@_attrs_define
class PregnancyCreate:
    """ 
        Attributes:
            expected_on (datetime.date): Expected date of delivery (预产期)
            registered_on (datetime.date):
            resident_id (int): The pregnant woman, a resident of the area
            note (None | str | Unset):
            visit_interval_days (int | Unset): Visits every N days Default: 30.
     """

    expected_on: datetime.date
    registered_on: datetime.date
    resident_id: int
    note: None | str | Unset = UNSET
    visit_interval_days: int | Unset = 30





    def to_dict(self) -> dict[str, Any]:
        expected_on = self.expected_on.isoformat()

        registered_on = self.registered_on.isoformat()

        resident_id = self.resident_id

        note: None | str | Unset
        if isinstance(self.note, Unset):
            note = UNSET
        else:
            note = self.note

        visit_interval_days = self.visit_interval_days


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "expected_on": expected_on,
            "registered_on": registered_on,
            "resident_id": resident_id,
        })
        if note is not UNSET:
            field_dict["note"] = note
        if visit_interval_days is not UNSET:
            field_dict["visit_interval_days"] = visit_interval_days

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        expected_on = datetime.date.fromisoformat(d.pop("expected_on"))




        registered_on = datetime.date.fromisoformat(d.pop("registered_on"))




        resident_id = d.pop("resident_id")

        def _parse_note(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        note = _parse_note(d.pop("note", UNSET))


        visit_interval_days = d.pop("visit_interval_days", UNSET)

        pregnancy_create = cls(
            expected_on=expected_on,
            registered_on=registered_on,
            resident_id=resident_id,
            note=note,
            visit_interval_days=visit_interval_days,
        )

        return pregnancy_create

