from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.org_kind import OrgKind
from typing import cast
import datetime






T = TypeVar("T", bound="OrgRead")



@_attrs_define
class OrgRead:
    """ 
        Attributes:
            code (str):
            created_at (datetime.datetime):
            id (int):
            kind (OrgKind):
            name (str):
            parent_id (int | None):
            path (str):
            updated_at (datetime.datetime):
            version (int):
     """

    code: str
    created_at: datetime.datetime
    id: int
    kind: OrgKind
    name: str
    parent_id: int | None
    path: str
    updated_at: datetime.datetime
    version: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        code = self.code

        created_at = self.created_at.isoformat()

        id = self.id

        kind = self.kind.value

        name = self.name

        parent_id: int | None
        parent_id = self.parent_id

        path = self.path

        updated_at = self.updated_at.isoformat()

        version = self.version


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "code": code,
            "created_at": created_at,
            "id": id,
            "kind": kind,
            "name": name,
            "parent_id": parent_id,
            "path": path,
            "updated_at": updated_at,
            "version": version,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))




        id = d.pop("id")

        kind = OrgKind(d.pop("kind"))




        name = d.pop("name")

        def _parse_parent_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        parent_id = _parse_parent_id(d.pop("parent_id"))


        path = d.pop("path")

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))




        version = d.pop("version")

        org_read = cls(
            code=code,
            created_at=created_at,
            id=id,
            kind=kind,
            name=name,
            parent_id=parent_id,
            path=path,
            updated_at=updated_at,
            version=version,
        )


        org_read.additional_properties = d
        return org_read

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
