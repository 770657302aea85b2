from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset







T = TypeVar("T", bound="ConductKindCreate")



@_attrs_define
class ConductKindCreate:
    """ 
        Attributes:
            code (str): Stable code, unique per street
            name_en (str):
            name_zh (str):
            org_id (int): The street that keeps the list of kinds
     """

    code: str
    name_en: str
    name_zh: str
    org_id: int





    def to_dict(self) -> dict[str, Any]:
        code = self.code

        name_en = self.name_en

        name_zh = self.name_zh

        org_id = self.org_id


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "code": code,
            "name_en": name_en,
            "name_zh": name_zh,
            "org_id": org_id,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code")

        name_en = d.pop("name_en")

        name_zh = d.pop("name_zh")

        org_id = d.pop("org_id")

        conduct_kind_create = cls(
            code=code,
            name_en=name_en,
            name_zh=name_zh,
            org_id=org_id,
        )

        return conduct_kind_create

