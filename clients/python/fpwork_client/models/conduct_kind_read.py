from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset







T = TypeVar("T", bound="ConductKindRead")



@_attrs_define
class ConductKindRead:
    """ 
        Attributes:
            active (bool):
            code (str):
            id (int):
            name_en (str):
            name_zh (str):
            org_id (int):
            version (int):
     """

    active: bool
    code: str
    id: int
    name_en: str
    name_zh: str
    org_id: int
    version: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        active = self.active

        code = self.code

        id = self.id

        name_en = self.name_en

        name_zh = self.name_zh

        org_id = self.org_id

        version = self.version


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "active": active,
            "code": code,
            "id": id,
            "name_en": name_en,
            "name_zh": name_zh,
            "org_id": org_id,
            "version": version,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        active = d.pop("active")

        code = d.pop("code")

        id = d.pop("id")

        name_en = d.pop("name_en")

        name_zh = d.pop("name_zh")

        org_id = d.pop("org_id")

        version = d.pop("version")

        conduct_kind_read = cls(
            active=active,
            code=code,
            id=id,
            name_en=name_en,
            name_zh=name_zh,
            org_id=org_id,
            version=version,
        )


        conduct_kind_read.additional_properties = d
        return conduct_kind_read

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
