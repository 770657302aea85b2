from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset






T = TypeVar("T", bound="VolunteerAdd")



@_attrs_define
class VolunteerAdd:
    """ 
        Attributes:
            member_id (int): A member of the community's Association branch
            duty (str | Unset):  Default: ''.
     """

    member_id: int
    duty: str | Unset = ''





    def to_dict(self) -> dict[str, Any]:
        member_id = self.member_id

        duty = self.duty


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "member_id": member_id,
        })
        if duty is not UNSET:
            field_dict["duty"] = duty

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        member_id = d.pop("member_id")

        duty = d.pop("duty", UNSET)

        volunteer_add = cls(
            member_id=member_id,
            duty=duty,
        )

        return volunteer_add

