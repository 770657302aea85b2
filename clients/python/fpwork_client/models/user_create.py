from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.role import Role
from ..types import UNSET, Unset






T = TypeVar("T", bound="UserCreate")



@_attrs_define
class UserCreate:
    """ 
        Attributes:
            org_id (int):
            password (str): At least 12 characters
            role (Role):
            username (str):
            full_name (str | Unset):  Default: ''.
     """

    org_id: int
    password: str
    role: Role
    username: str
    full_name: str | Unset = ''





    def to_dict(self) -> dict[str, Any]:
        org_id = self.org_id

        password = self.password

        role = self.role.value

        username = self.username

        full_name = self.full_name


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "org_id": org_id,
            "password": password,
            "role": role,
            "username": username,
        })
        if full_name is not UNSET:
            field_dict["full_name"] = full_name

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        org_id = d.pop("org_id")

        password = d.pop("password")

        role = Role(d.pop("role"))




        username = d.pop("username")

        full_name = d.pop("full_name", UNSET)

        user_create = cls(
            org_id=org_id,
            password=password,
            role=role,
            username=username,
            full_name=full_name,
        )

        return user_create

