from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.activity_kind import ActivityKind
from ..models.activity_status import ActivityStatus
from ..models.advance_into import AdvanceInto
from typing import cast
import datetime






T = TypeVar("T", bound="ActivityRead")



@_attrs_define
class ActivityRead:
    """ 
        Attributes:
            advance_into (AdvanceInto | None):
            attendance (int):
            branch_id (int | None):
            campaign_id (int | None):
            care_action (bool):
            held_on (datetime.date):
            id (int):
            kind (ActivityKind):
            materials_handed_out (int):
            notes (None | str):
            org_id (int):
            partner_id (int | None):
            photo_links (list[str]):
            place (None | str):
            reported_at (datetime.datetime | None):
            status (ActivityStatus):
            title (str):
            version (int):
     """

    advance_into: AdvanceInto | None
    attendance: int
    branch_id: int | None
    campaign_id: int | None
    care_action: bool
    held_on: datetime.date
    id: int
    kind: ActivityKind
    materials_handed_out: int
    notes: None | str
    org_id: int
    partner_id: int | None
    photo_links: list[str]
    place: None | str
    reported_at: datetime.datetime | None
    status: ActivityStatus
    title: str
    version: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        advance_into: None | str
        if isinstance(self.advance_into, AdvanceInto):
            advance_into = self.advance_into.value
        else:
            advance_into = self.advance_into

        attendance = self.attendance

        branch_id: int | None
        branch_id = self.branch_id

        campaign_id: int | None
        campaign_id = self.campaign_id

        care_action = self.care_action

        held_on = self.held_on.isoformat()

        id = self.id

        kind = self.kind.value

        materials_handed_out = self.materials_handed_out

        notes: None | str
        notes = self.notes

        org_id = self.org_id

        partner_id: int | None
        partner_id = self.partner_id

        photo_links = self.photo_links



        place: None | str
        place = self.place

        reported_at: None | str
        if isinstance(self.reported_at, datetime.datetime):
            reported_at = self.reported_at.isoformat()
        else:
            reported_at = self.reported_at

        status = self.status.value

        title = self.title

        version = self.version


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "advance_into": advance_into,
            "attendance": attendance,
            "branch_id": branch_id,
            "campaign_id": campaign_id,
            "care_action": care_action,
            "held_on": held_on,
            "id": id,
            "kind": kind,
            "materials_handed_out": materials_handed_out,
            "notes": notes,
            "org_id": org_id,
            "partner_id": partner_id,
            "photo_links": photo_links,
            "place": place,
            "reported_at": reported_at,
            "status": status,
            "title": title,
            "version": version,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_advance_into(data: object) -> AdvanceInto | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                advance_into_type_0 = AdvanceInto(data)



                return advance_into_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AdvanceInto | None, data)

        advance_into = _parse_advance_into(d.pop("advance_into"))


        attendance = d.pop("attendance")

        def _parse_branch_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        branch_id = _parse_branch_id(d.pop("branch_id"))


        def _parse_campaign_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        campaign_id = _parse_campaign_id(d.pop("campaign_id"))


        care_action = d.pop("care_action")

        held_on = datetime.date.fromisoformat(d.pop("held_on"))




        id = d.pop("id")

        kind = ActivityKind(d.pop("kind"))




        materials_handed_out = d.pop("materials_handed_out")

        def _parse_notes(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        notes = _parse_notes(d.pop("notes"))


        org_id = d.pop("org_id")

        def _parse_partner_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        partner_id = _parse_partner_id(d.pop("partner_id"))


        photo_links = cast(list[str], d.pop("photo_links"))


        def _parse_place(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        place = _parse_place(d.pop("place"))


        def _parse_reported_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                reported_at_type_0 = datetime.datetime.fromisoformat(data)



                return reported_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        reported_at = _parse_reported_at(d.pop("reported_at"))


        status = ActivityStatus(d.pop("status"))




        title = d.pop("title")

        version = d.pop("version")

        activity_read = cls(
            advance_into=advance_into,
            attendance=attendance,
            branch_id=branch_id,
            campaign_id=campaign_id,
            care_action=care_action,
            held_on=held_on,
            id=id,
            kind=kind,
            materials_handed_out=materials_handed_out,
            notes=notes,
            org_id=org_id,
            partner_id=partner_id,
            photo_links=photo_links,
            place=place,
            reported_at=reported_at,
            status=status,
            title=title,
            version=version,
        )


        activity_read.additional_properties = d
        return activity_read

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
