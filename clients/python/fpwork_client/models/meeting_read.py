from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime






T = TypeVar("T", bound="MeetingRead")



@_attrs_define
class MeetingRead:
    """ 
        Attributes:
            attendance (int):
            held_on (datetime.date):
            id (int):
            matters (str):
            org_id (int):
            org_name (str):
            resolutions (str):
            rules_adopted (int): Clauses the meeting adopted
            title (str):
            version (int):
     """

    attendance: int
    held_on: datetime.date
    id: int
    matters: str
    org_id: int
    org_name: str
    resolutions: str
    rules_adopted: int
    title: str
    version: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        attendance = self.attendance

        held_on = self.held_on.isoformat()

        id = self.id

        matters = self.matters

        org_id = self.org_id

        org_name = self.org_name

        resolutions = self.resolutions

        rules_adopted = self.rules_adopted

        title = self.title

        version = self.version


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "attendance": attendance,
            "held_on": held_on,
            "id": id,
            "matters": matters,
            "org_id": org_id,
            "org_name": org_name,
            "resolutions": resolutions,
            "rules_adopted": rules_adopted,
            "title": title,
            "version": version,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        attendance = d.pop("attendance")

        held_on = datetime.date.fromisoformat(d.pop("held_on"))




        id = d.pop("id")

        matters = d.pop("matters")

        org_id = d.pop("org_id")

        org_name = d.pop("org_name")

        resolutions = d.pop("resolutions")

        rules_adopted = d.pop("rules_adopted")

        title = d.pop("title")

        version = d.pop("version")

        meeting_read = cls(
            attendance=attendance,
            held_on=held_on,
            id=id,
            matters=matters,
            org_id=org_id,
            org_name=org_name,
            resolutions=resolutions,
            rules_adopted=rules_adopted,
            title=title,
            version=version,
        )


        meeting_read.additional_properties = d
        return meeting_read

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
