from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.key_day import KeyDay
from ..types import UNSET, Unset
from typing import cast
import datetime






T = TypeVar("T", bound="CampaignRead")



@_attrs_define
class CampaignRead:
    """ 
        Attributes:
            created_at (datetime.datetime):
            held_on (datetime.date):
            id (int):
            key_day (KeyDay):
            key_day_name (None | str):
            org_id (int):
            report_due_on (datetime.date):
            theme (str):
            version (int):
            activities_opened (int | Unset):  Default: 0.
     """

    created_at: datetime.datetime
    held_on: datetime.date
    id: int
    key_day: KeyDay
    key_day_name: None | str
    org_id: int
    report_due_on: datetime.date
    theme: str
    version: int
    activities_opened: int | Unset = 0
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at.isoformat()

        held_on = self.held_on.isoformat()

        id = self.id

        key_day = self.key_day.value

        key_day_name: None | str
        key_day_name = self.key_day_name

        org_id = self.org_id

        report_due_on = self.report_due_on.isoformat()

        theme = self.theme

        version = self.version

        activities_opened = self.activities_opened


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "created_at": created_at,
            "held_on": held_on,
            "id": id,
            "key_day": key_day,
            "key_day_name": key_day_name,
            "org_id": org_id,
            "report_due_on": report_due_on,
            "theme": theme,
            "version": version,
        })
        if activities_opened is not UNSET:
            field_dict["activities_opened"] = activities_opened

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))




        held_on = datetime.date.fromisoformat(d.pop("held_on"))




        id = d.pop("id")

        key_day = KeyDay(d.pop("key_day"))




        def _parse_key_day_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        key_day_name = _parse_key_day_name(d.pop("key_day_name"))


        org_id = d.pop("org_id")

        report_due_on = datetime.date.fromisoformat(d.pop("report_due_on"))




        theme = d.pop("theme")

        version = d.pop("version")

        activities_opened = d.pop("activities_opened", UNSET)

        campaign_read = cls(
            created_at=created_at,
            held_on=held_on,
            id=id,
            key_day=key_day,
            key_day_name=key_day_name,
            org_id=org_id,
            report_due_on=report_due_on,
            theme=theme,
            version=version,
            activities_opened=activities_opened,
        )


        campaign_read.additional_properties = d
        return campaign_read

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
