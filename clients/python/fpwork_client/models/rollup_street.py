from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset







T = TypeVar("T", bound="RollupStreet")



@_attrs_define
class RollupStreet:
    """ 
        Attributes:
            accepted_version (int):
            org_id (int):
            org_name (str):
            report_id (int):
     """

    accepted_version: int
    org_id: int
    org_name: str
    report_id: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        accepted_version = self.accepted_version

        org_id = self.org_id

        org_name = self.org_name

        report_id = self.report_id


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "accepted_version": accepted_version,
            "org_id": org_id,
            "org_name": org_name,
            "report_id": report_id,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        accepted_version = d.pop("accepted_version")

        org_id = d.pop("org_id")

        org_name = d.pop("org_name")

        report_id = d.pop("report_id")

        rollup_street = cls(
            accepted_version=accepted_version,
            org_id=org_id,
            org_name=org_name,
            report_id=report_id,
        )


        rollup_street.additional_properties = d
        return rollup_street

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
