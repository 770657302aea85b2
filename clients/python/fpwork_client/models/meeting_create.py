from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast
import datetime






T = TypeVar("T", bound="MeetingCreate")



@_attrs_define
class MeetingCreate:
    """ 
        Attributes:
            attendance (int):
            held_on (datetime.date):
            matters (str): The family planning matters put to it
            org_id (int): The community (residents' committee) that held the meeting
            title (str):
            resolutions (str | Unset):  Default: ''.
     """

    attendance: int
    held_on: datetime.date
    matters: str
    org_id: int
    title: str
    resolutions: str | Unset = ''





    def to_dict(self) -> dict[str, Any]:
        attendance = self.attendance

        held_on = self.held_on.isoformat()

        matters = self.matters

        org_id = self.org_id

        title = self.title

        resolutions = self.resolutions


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "attendance": attendance,
            "held_on": held_on,
            "matters": matters,
            "org_id": org_id,
            "title": title,
        })
        if resolutions is not UNSET:
            field_dict["resolutions"] = resolutions

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        attendance = d.pop("attendance")

        held_on = datetime.date.fromisoformat(d.pop("held_on"))




        matters = d.pop("matters")

        org_id = d.pop("org_id")

        title = d.pop("title")

        resolutions = d.pop("resolutions", UNSET)

        meeting_create = cls(
            attendance=attendance,
            held_on=held_on,
            matters=matters,
            org_id=org_id,
            title=title,
            resolutions=resolutions,
        )

        return meeting_create

