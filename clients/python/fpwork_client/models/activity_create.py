from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.activity_kind import ActivityKind
from ..models.advance_into import AdvanceInto
from ..types import UNSET, Unset
from typing import cast
import datetime






T = TypeVar("T", bound="ActivityCreate")



@_attrs_define
class ActivityCreate:
    """ 
        Attributes:
            held_on (datetime.date):
            kind (ActivityKind):
            org_id (int):
            title (str):
            advance_into (AdvanceInto | None | Unset): 三进: into communities/enterprises/schools
            branch_id (int | None | Unset): An Association branch's member activity
            campaign_id (int | None | Unset):
            care_action (bool | Unset): A lecture of the Reproductive Care Action Default: False.
            partner_id (int | None | Unset):
            place (None | str | Unset):
     """

    held_on: datetime.date
    kind: ActivityKind
    org_id: int
    title: str
    advance_into: AdvanceInto | None | Unset = UNSET
    branch_id: int | None | Unset = UNSET
    campaign_id: int | None | Unset = UNSET
    care_action: bool | Unset = False
    partner_id: int | None | Unset = UNSET
    place: None | str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        held_on = self.held_on.isoformat()

        kind = self.kind.value

        org_id = self.org_id

        title = self.title

        advance_into: None | str | Unset
        if isinstance(self.advance_into, Unset):
            advance_into = UNSET
        elif isinstance(self.advance_into, AdvanceInto):
            advance_into = self.advance_into.value
        else:
            advance_into = self.advance_into

        branch_id: int | None | Unset
        if isinstance(self.branch_id, Unset):
            branch_id = UNSET
        else:
            branch_id = self.branch_id

        campaign_id: int | None | Unset
        if isinstance(self.campaign_id, Unset):
            campaign_id = UNSET
        else:
            campaign_id = self.campaign_id

        care_action = self.care_action

        partner_id: int | None | Unset
        if isinstance(self.partner_id, Unset):
            partner_id = UNSET
        else:
            partner_id = self.partner_id

        place: None | str | Unset
        if isinstance(self.place, Unset):
            place = UNSET
        else:
            place = self.place


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "held_on": held_on,
            "kind": kind,
            "org_id": org_id,
            "title": title,
        })
        if advance_into is not UNSET:
            field_dict["advance_into"] = advance_into
        if branch_id is not UNSET:
            field_dict["branch_id"] = branch_id
        if campaign_id is not UNSET:
            field_dict["campaign_id"] = campaign_id
        if care_action is not UNSET:
            field_dict["care_action"] = care_action
        if partner_id is not UNSET:
            field_dict["partner_id"] = partner_id
        if place is not UNSET:
            field_dict["place"] = place

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        held_on = datetime.date.fromisoformat(d.pop("held_on"))




        kind = ActivityKind(d.pop("kind"))




        org_id = d.pop("org_id")

        title = d.pop("title")

        def _parse_advance_into(data: object) -> AdvanceInto | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                advance_into_type_0 = AdvanceInto(data)



                return advance_into_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AdvanceInto | None | Unset, data)

        advance_into = _parse_advance_into(d.pop("advance_into", UNSET))


        def _parse_branch_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        branch_id = _parse_branch_id(d.pop("branch_id", UNSET))


        def _parse_campaign_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        campaign_id = _parse_campaign_id(d.pop("campaign_id", UNSET))


        care_action = d.pop("care_action", UNSET)

        def _parse_partner_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        partner_id = _parse_partner_id(d.pop("partner_id", UNSET))


        def _parse_place(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        place = _parse_place(d.pop("place", UNSET))


        activity_create = cls(
            held_on=held_on,
            kind=kind,
            org_id=org_id,
            title=title,
            advance_into=advance_into,
            branch_id=branch_id,
            campaign_id=campaign_id,
            care_action=care_action,
            partner_id=partner_id,
            place=place,
        )

        return activity_create

