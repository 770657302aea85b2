from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.org_kind import OrgKind
from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="OrgCreate")



@_attrs_define
class OrgCreate:
    """ 
        Attributes:
            code (str): 12-digit statistical division code, or the 18-character unified social credit code
            kind (OrgKind):
            name (str):
            parent_id (int | None | Unset):
     """

    code: str
    kind: OrgKind
    name: str
    parent_id: int | None | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        code = self.code

        kind = self.kind.value

        name = self.name

        parent_id: int | None | Unset
        if isinstance(self.parent_id, Unset):
            parent_id = UNSET
        else:
            parent_id = self.parent_id


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "code": code,
            "kind": kind,
            "name": name,
        })
        if parent_id is not UNSET:
            field_dict["parent_id"] = parent_id

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code")

        kind = OrgKind(d.pop("kind"))




        name = d.pop("name")

        def _parse_parent_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        parent_id = _parse_parent_id(d.pop("parent_id", UNSET))


        org_create = cls(
            code=code,
            kind=kind,
            name=name,
            parent_id=parent_id,
        )

        return org_create

