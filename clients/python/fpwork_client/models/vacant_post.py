from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.worker_kind import WorkerKind






T = TypeVar("T", bound="VacantPost")



@_attrs_define
class VacantPost:
    """ A community or unit without a serving family planning worker (or liaison).

        Attributes:
            missing_kind (WorkerKind):
            org_id (int):
            org_kind (str):
            org_name (str):
     """

    missing_kind: WorkerKind
    org_id: int
    org_kind: str
    org_name: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        missing_kind = self.missing_kind.value

        org_id = self.org_id

        org_kind = self.org_kind

        org_name = self.org_name


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "missing_kind": missing_kind,
            "org_id": org_id,
            "org_kind": org_kind,
            "org_name": org_name,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        missing_kind = WorkerKind(d.pop("missing_kind"))




        org_id = d.pop("org_id")

        org_kind = d.pop("org_kind")

        org_name = d.pop("org_name")

        vacant_post = cls(
            missing_kind=missing_kind,
            org_id=org_id,
            org_kind=org_kind,
            org_name=org_name,
        )


        vacant_post.additional_properties = d
        return vacant_post

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
