from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast






T = TypeVar("T", bound="OrgCoverage")



@_attrs_define
class OrgCoverage:
    """ 
        Attributes:
            coverage (float | None): Percent: 100 × screened / target, 2 decimals (the unit of coverage_rate); null when the
                target is 0
            org_id (int):
            org_name (str):
            screened (int):
            target (int):
     """

    coverage: float | None
    org_id: int
    org_name: str
    screened: int
    target: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        coverage: float | None
        coverage = self.coverage

        org_id = self.org_id

        org_name = self.org_name

        screened = self.screened

        target = self.target


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "coverage": coverage,
            "org_id": org_id,
            "org_name": org_name,
            "screened": screened,
            "target": target,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_coverage(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        coverage = _parse_coverage(d.pop("coverage"))


        org_id = d.pop("org_id")

        org_name = d.pop("org_name")

        screened = d.pop("screened")

        target = d.pop("target")

        org_coverage = cls(
            coverage=coverage,
            org_id=org_id,
            org_name=org_name,
            screened=screened,
            target=target,
        )


        org_coverage.additional_properties = d
        return org_coverage

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
