from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.activity_kind import ActivityKind
from ..models.key_day import KeyDay
from ..types import UNSET, Unset
from typing import cast
import datetime






T = TypeVar("T", bound="CampaignCreate")



@_attrs_define
class CampaignCreate:
    """ Created by the street; ``open_activities`` opens one planned activity per community and unit.

        Attributes:
            held_on (datetime.date):
            key_day (KeyDay):
            org_id (int): The street running the campaign
            report_due_on (datetime.date): Not before held_on (422 otherwise)
            theme (str):
            activity_kind (ActivityKind | Unset):
            key_day_name (None | str | Unset): Required for key_day=other
            open_activities (bool | Unset):  Default: True.
     """

    held_on: datetime.date
    key_day: KeyDay
    org_id: int
    report_due_on: datetime.date
    theme: str
    activity_kind: ActivityKind | Unset = UNSET
    key_day_name: None | str | Unset = UNSET
    open_activities: bool | Unset = True





    def to_dict(self) -> dict[str, Any]:
        held_on = self.held_on.isoformat()

        key_day = self.key_day.value

        org_id = self.org_id

        report_due_on = self.report_due_on.isoformat()

        theme = self.theme

        activity_kind: str | Unset = UNSET
        if not isinstance(self.activity_kind, Unset):
            activity_kind = self.activity_kind.value


        key_day_name: None | str | Unset
        if isinstance(self.key_day_name, Unset):
            key_day_name = UNSET
        else:
            key_day_name = self.key_day_name

        open_activities = self.open_activities


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "held_on": held_on,
            "key_day": key_day,
            "org_id": org_id,
            "report_due_on": report_due_on,
            "theme": theme,
        })
        if activity_kind is not UNSET:
            field_dict["activity_kind"] = activity_kind
        if key_day_name is not UNSET:
            field_dict["key_day_name"] = key_day_name
        if open_activities is not UNSET:
            field_dict["open_activities"] = open_activities

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        held_on = datetime.date.fromisoformat(d.pop("held_on"))




        key_day = KeyDay(d.pop("key_day"))




        org_id = d.pop("org_id")

        report_due_on = datetime.date.fromisoformat(d.pop("report_due_on"))




        theme = d.pop("theme")

        _activity_kind = d.pop("activity_kind", UNSET)
        activity_kind: ActivityKind | Unset
        if isinstance(_activity_kind,  Unset):
            activity_kind = UNSET
        else:
            activity_kind = ActivityKind(_activity_kind)




        def _parse_key_day_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        key_day_name = _parse_key_day_name(d.pop("key_day_name", UNSET))


        open_activities = d.pop("open_activities", UNSET)

        campaign_create = cls(
            held_on=held_on,
            key_day=key_day,
            org_id=org_id,
            report_due_on=report_due_on,
            theme=theme,
            activity_kind=activity_kind,
            key_day_name=key_day_name,
            open_activities=open_activities,
        )

        return campaign_create

