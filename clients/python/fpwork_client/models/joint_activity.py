from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime






T = TypeVar("T", bound="JointActivity")



@_attrs_define
class JointActivity:
    """ 活动联办: an activity held with a partner (recorded with ``POST /activities``).

        Attributes:
            attendance (int): Participants
            held_on (datetime.date):
            id (int):
            org_id (int):
            partner_id (int):
            partner_name (None | str):
            title (str):
     """

    attendance: int
    held_on: datetime.date
    id: int
    org_id: int
    partner_id: int
    partner_name: None | str
    title: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        attendance = self.attendance

        held_on = self.held_on.isoformat()

        id = self.id

        org_id = self.org_id

        partner_id = self.partner_id

        partner_name: None | str
        partner_name = self.partner_name

        title = self.title


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "attendance": attendance,
            "held_on": held_on,
            "id": id,
            "org_id": org_id,
            "partner_id": partner_id,
            "partner_name": partner_name,
            "title": title,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        attendance = d.pop("attendance")

        held_on = datetime.date.fromisoformat(d.pop("held_on"))




        id = d.pop("id")

        org_id = d.pop("org_id")

        partner_id = d.pop("partner_id")

        def _parse_partner_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        partner_name = _parse_partner_name(d.pop("partner_name"))


        title = d.pop("title")

        joint_activity = cls(
            attendance=attendance,
            held_on=held_on,
            id=id,
            org_id=org_id,
            partner_id=partner_id,
            partner_name=partner_name,
            title=title,
        )


        joint_activity.additional_properties = d
        return joint_activity

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
