from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.migrant_coverage_row_rates import MigrantCoverageRowRates
  from ..models.migrant_coverage_row_served import MigrantCoverageRowServed





T = TypeVar("T", bound="MigrantCoverageRow")



@_attrs_define
class MigrantCoverageRow:
    """ 
        Attributes:
            eligible (int): Migrants present six months or more
            org_id (int):
            org_name (str):
            rates (MigrantCoverageRowRates):
            served (MigrantCoverageRowServed):
     """

    eligible: int
    org_id: int
    org_name: str
    rates: MigrantCoverageRowRates
    served: MigrantCoverageRowServed
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.migrant_coverage_row_rates import MigrantCoverageRowRates # noqa: PLC0415
        from ..models.migrant_coverage_row_served import MigrantCoverageRowServed # noqa: PLC0415
        eligible = self.eligible

        org_id = self.org_id

        org_name = self.org_name

        rates = self.rates.to_dict()

        served = self.served.to_dict()


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "eligible": eligible,
            "org_id": org_id,
            "org_name": org_name,
            "rates": rates,
            "served": served,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.migrant_coverage_row_rates import MigrantCoverageRowRates # noqa: PLC0415
        from ..models.migrant_coverage_row_served import MigrantCoverageRowServed # noqa: PLC0415
        d = dict(src_dict)
        eligible = d.pop("eligible")

        org_id = d.pop("org_id")

        org_name = d.pop("org_name")

        rates = MigrantCoverageRowRates.from_dict(d.pop("rates"))




        served = MigrantCoverageRowServed.from_dict(d.pop("served"))




        migrant_coverage_row = cls(
            eligible=eligible,
            org_id=org_id,
            org_name=org_name,
            rates=rates,
            served=served,
        )


        migrant_coverage_row.additional_properties = d
        return migrant_coverage_row

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
