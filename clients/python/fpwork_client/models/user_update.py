from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.role import Role
from ..types import UNSET, Unset






T = TypeVar("T", bound="UserUpdate")



@_attrs_define
class UserUpdate:
    """ 
        Attributes:
            full_name (str | Unset):
            is_active (bool | Unset):
            org_id (int | Unset):
            password (str | Unset):
            role (Role | Unset):
     """

    full_name: str | Unset = UNSET
    is_active: bool | Unset = UNSET
    org_id: int | Unset = UNSET
    password: str | Unset = UNSET
    role: Role | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        full_name = self.full_name

        is_active = self.is_active

        org_id = self.org_id

        password = self.password

        role: str | Unset = UNSET
        if not isinstance(self.role, Unset):
            role = self.role.value



        field_dict: dict[str, Any] = {}

        field_dict.update({
        })
        if full_name is not UNSET:
            field_dict["full_name"] = full_name
        if is_active is not UNSET:
            field_dict["is_active"] = is_active
        if org_id is not UNSET:
            field_dict["org_id"] = org_id
        if password is not UNSET:
            field_dict["password"] = password
        if role is not UNSET:
            field_dict["role"] = role

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        full_name = d.pop("full_name", UNSET)

        is_active = d.pop("is_active", UNSET)

        org_id = d.pop("org_id", UNSET)

        password = d.pop("password", UNSET)

        _role = d.pop("role", UNSET)
        role: Role | Unset
        if isinstance(_role,  Unset):
            role = UNSET
        else:
            role = Role(_role)




        user_update = cls(
            full_name=full_name,
            is_active=is_active,
            org_id=org_id,
            password=password,
            role=role,
        )

        return user_update

