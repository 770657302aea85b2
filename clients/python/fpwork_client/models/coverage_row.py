from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.coverage_row_target_source import CoverageRowTargetSource
from typing import cast






T = TypeVar("T", bound="CoverageRow")



@_attrs_define
class CoverageRow:
    """ 
        Attributes:
            coverage_rate (float | None): Percent: 100 × screened / target_count, 2 decimals (7.5 is 7.5 %), the unit of the
                quality.screening_coverage figure; null when the target is 0
            eligible (int): Residents of the org in the program's target population
            org_id (int):
            org_name (str):
            screened (int): Distinct residents screened in the program for this org
            target_count (int):
            target_source (CoverageRowTargetSource): derived: the eligible count; typed: a target entered for the org
                (overrides)
     """

    coverage_rate: float | None
    eligible: int
    org_id: int
    org_name: str
    screened: int
    target_count: int
    target_source: CoverageRowTargetSource
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        coverage_rate: float | None
        coverage_rate = self.coverage_rate

        eligible = self.eligible

        org_id = self.org_id

        org_name = self.org_name

        screened = self.screened

        target_count = self.target_count

        target_source = self.target_source.value


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "coverage_rate": coverage_rate,
            "eligible": eligible,
            "org_id": org_id,
            "org_name": org_name,
            "screened": screened,
            "target_count": target_count,
            "target_source": target_source,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_coverage_rate(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        coverage_rate = _parse_coverage_rate(d.pop("coverage_rate"))


        eligible = d.pop("eligible")

        org_id = d.pop("org_id")

        org_name = d.pop("org_name")

        screened = d.pop("screened")

        target_count = d.pop("target_count")

        target_source = CoverageRowTargetSource(d.pop("target_source"))




        coverage_row = cls(
            coverage_rate=coverage_rate,
            eligible=eligible,
            org_id=org_id,
            org_name=org_name,
            screened=screened,
            target_count=target_count,
            target_source=target_source,
        )


        coverage_row.additional_properties = d
        return coverage_row

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
