from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.reach_channel import ReachChannel
from typing import cast
import datetime






T = TypeVar("T", bound="ReachRead")



@_attrs_define
class ReachRead:
    """ 
        Attributes:
            campaign_id (int):
            channel (ReachChannel):
            created_at (datetime.datetime):
            id (int):
            notes (None | str):
            org_id (int):
            org_name (str):
            people_reached (int):
            recorded_on (datetime.date):
     """

    campaign_id: int
    channel: ReachChannel
    created_at: datetime.datetime
    id: int
    notes: None | str
    org_id: int
    org_name: str
    people_reached: int
    recorded_on: datetime.date
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        campaign_id = self.campaign_id

        channel = self.channel.value

        created_at = self.created_at.isoformat()

        id = self.id

        notes: None | str
        notes = self.notes

        org_id = self.org_id

        org_name = self.org_name

        people_reached = self.people_reached

        recorded_on = self.recorded_on.isoformat()


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "campaign_id": campaign_id,
            "channel": channel,
            "created_at": created_at,
            "id": id,
            "notes": notes,
            "org_id": org_id,
            "org_name": org_name,
            "people_reached": people_reached,
            "recorded_on": recorded_on,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        campaign_id = d.pop("campaign_id")

        channel = ReachChannel(d.pop("channel"))




        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))




        id = d.pop("id")

        def _parse_notes(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        notes = _parse_notes(d.pop("notes"))


        org_id = d.pop("org_id")

        org_name = d.pop("org_name")

        people_reached = d.pop("people_reached")

        recorded_on = datetime.date.fromisoformat(d.pop("recorded_on"))




        reach_read = cls(
            campaign_id=campaign_id,
            channel=channel,
            created_at=created_at,
            id=id,
            notes=notes,
            org_id=org_id,
            org_name=org_name,
            people_reached=people_reached,
            recorded_on=recorded_on,
        )


        reach_read.additional_properties = d
        return reach_read

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
