from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.reach_channel import ReachChannel
from ..types import UNSET, Unset
from typing import cast
import datetime






T = TypeVar("T", bound="ReachCreate")



@_attrs_define
class ReachCreate:
    """ 
        Attributes:
            channel (ReachChannel):
            org_id (int): The org that reached the people: the campaign's street or an org under it
            people_reached (int):
            recorded_on (datetime.date): Not after today
            notes (None | str | Unset):
     """

    channel: ReachChannel
    org_id: int
    people_reached: int
    recorded_on: datetime.date
    notes: None | str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        channel = self.channel.value

        org_id = self.org_id

        people_reached = self.people_reached

        recorded_on = self.recorded_on.isoformat()

        notes: None | str | Unset
        if isinstance(self.notes, Unset):
            notes = UNSET
        else:
            notes = self.notes


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "channel": channel,
            "org_id": org_id,
            "people_reached": people_reached,
            "recorded_on": recorded_on,
        })
        if notes is not UNSET:
            field_dict["notes"] = notes

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        channel = ReachChannel(d.pop("channel"))




        org_id = d.pop("org_id")

        people_reached = d.pop("people_reached")

        recorded_on = datetime.date.fromisoformat(d.pop("recorded_on"))




        def _parse_notes(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        notes = _parse_notes(d.pop("notes", UNSET))


        reach_create = cls(
            channel=channel,
            org_id=org_id,
            people_reached=people_reached,
            recorded_on=recorded_on,
            notes=notes,
        )

        return reach_create

