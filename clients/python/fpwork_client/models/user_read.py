from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.role import Role
from typing import cast
import datetime






T = TypeVar("T", bound="UserRead")



@_attrs_define
class UserRead:
    """ 
        Attributes:
            created_at (datetime.datetime):
            full_name (str):
            id (int):
            is_active (bool):
            org_id (int):
            role (Role):
            updated_at (datetime.datetime):
            username (str):
            version (int):
     """

    created_at: datetime.datetime
    full_name: str
    id: int
    is_active: bool
    org_id: int
    role: Role
    updated_at: datetime.datetime
    username: str
    version: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at.isoformat()

        full_name = self.full_name

        id = self.id

        is_active = self.is_active

        org_id = self.org_id

        role = self.role.value

        updated_at = self.updated_at.isoformat()

        username = self.username

        version = self.version


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "created_at": created_at,
            "full_name": full_name,
            "id": id,
            "is_active": is_active,
            "org_id": org_id,
            "role": role,
            "updated_at": updated_at,
            "username": username,
            "version": version,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))




        full_name = d.pop("full_name")

        id = d.pop("id")

        is_active = d.pop("is_active")

        org_id = d.pop("org_id")

        role = Role(d.pop("role"))




        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))




        username = d.pop("username")

        version = d.pop("version")

        user_read = cls(
            created_at=created_at,
            full_name=full_name,
            id=id,
            is_active=is_active,
            org_id=org_id,
            role=role,
            updated_at=updated_at,
            username=username,
            version=version,
        )


        user_read.additional_properties = d
        return user_read

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
