from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.role import Role
from typing import cast






T = TypeVar("T", bound="MeRead")



@_attrs_define
class MeRead:
    """ 
        Attributes:
            full_name (str):
            id (int):
            org_id (int):
            org_kind (str):
            org_name (str):
            permissions (list[str]):
            role (Role):
            username (str):
     """

    full_name: str
    id: int
    org_id: int
    org_kind: str
    org_name: str
    permissions: list[str]
    role: Role
    username: str





    def to_dict(self) -> dict[str, Any]:
        full_name = self.full_name

        id = self.id

        org_id = self.org_id

        org_kind = self.org_kind

        org_name = self.org_name

        permissions = self.permissions



        role = self.role.value

        username = self.username


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "full_name": full_name,
            "id": id,
            "org_id": org_id,
            "org_kind": org_kind,
            "org_name": org_name,
            "permissions": permissions,
            "role": role,
            "username": username,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        full_name = d.pop("full_name")

        id = d.pop("id")

        org_id = d.pop("org_id")

        org_kind = d.pop("org_kind")

        org_name = d.pop("org_name")

        permissions = cast(list[str], d.pop("permissions"))


        role = Role(d.pop("role"))




        username = d.pop("username")

        me_read = cls(
            full_name=full_name,
            id=id,
            org_id=org_id,
            org_kind=org_kind,
            org_name=org_name,
            permissions=permissions,
            role=role,
            username=username,
        )

        return me_read

