from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast
import datetime






T = TypeVar("T", bound="ActivityReport")



@_attrs_define
class ActivityReport:
    """ What happened: the activity is then reported (上报).

        Attributes:
            attendance (int):
            materials_handed_out (int):
            held_on (datetime.date | None | Unset):
            notes (None | str | Unset):
            partner_id (int | None | Unset):
            photo_links (list[str] | Unset):
            place (None | str | Unset):
     """

    attendance: int
    materials_handed_out: int
    held_on: datetime.date | None | Unset = UNSET
    notes: None | str | Unset = UNSET
    partner_id: int | None | Unset = UNSET
    photo_links: list[str] | Unset = UNSET
    place: None | str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        attendance = self.attendance

        materials_handed_out = self.materials_handed_out

        held_on: None | str | Unset
        if isinstance(self.held_on, Unset):
            held_on = UNSET
        elif isinstance(self.held_on, datetime.date):
            held_on = self.held_on.isoformat()
        else:
            held_on = self.held_on

        notes: None | str | Unset
        if isinstance(self.notes, Unset):
            notes = UNSET
        else:
            notes = self.notes

        partner_id: int | None | Unset
        if isinstance(self.partner_id, Unset):
            partner_id = UNSET
        else:
            partner_id = self.partner_id

        photo_links: list[str] | Unset = UNSET
        if not isinstance(self.photo_links, Unset):
            photo_links = self.photo_links



        place: None | str | Unset
        if isinstance(self.place, Unset):
            place = UNSET
        else:
            place = self.place


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "attendance": attendance,
            "materials_handed_out": materials_handed_out,
        })
        if held_on is not UNSET:
            field_dict["held_on"] = held_on
        if notes is not UNSET:
            field_dict["notes"] = notes
        if partner_id is not UNSET:
            field_dict["partner_id"] = partner_id
        if photo_links is not UNSET:
            field_dict["photo_links"] = photo_links
        if place is not UNSET:
            field_dict["place"] = place

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        attendance = d.pop("attendance")

        materials_handed_out = d.pop("materials_handed_out")

        def _parse_held_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                held_on_type_0 = datetime.date.fromisoformat(data)



                return held_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        held_on = _parse_held_on(d.pop("held_on", UNSET))


        def _parse_notes(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        notes = _parse_notes(d.pop("notes", UNSET))


        def _parse_partner_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        partner_id = _parse_partner_id(d.pop("partner_id", UNSET))


        photo_links = cast(list[str], d.pop("photo_links", UNSET))


        def _parse_place(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        place = _parse_place(d.pop("place", UNSET))


        activity_report = cls(
            attendance=attendance,
            materials_handed_out=materials_handed_out,
            held_on=held_on,
            notes=notes,
            partner_id=partner_id,
            photo_links=photo_links,
            place=place,
        )

        return activity_report

