from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.migrant_coverage_row import MigrantCoverageRow





T = TypeVar("T", bound="CoverageReport")



@_attrs_define
class CoverageReport:
    """ 
        Attributes:
            as_of (datetime.date):
            group_by (str):
            rows (list[MigrantCoverageRow]):
     """

    as_of: datetime.date
    group_by: str
    rows: list[MigrantCoverageRow]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.migrant_coverage_row import MigrantCoverageRow # noqa: PLC0415
        as_of = self.as_of.isoformat()

        group_by = self.group_by

        rows = []
        for rows_item_data in self.rows:
            rows_item = rows_item_data.to_dict()
            rows.append(rows_item)




        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "as_of": as_of,
            "group_by": group_by,
            "rows": rows,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.migrant_coverage_row import MigrantCoverageRow # noqa: PLC0415
        d = dict(src_dict)
        as_of = datetime.date.fromisoformat(d.pop("as_of"))




        group_by = d.pop("group_by")

        rows = []
        _rows = d.pop("rows")
        for rows_item_data in (_rows):
            rows_item = MigrantCoverageRow.from_dict(rows_item_data)



            rows.append(rows_item)


        coverage_report = cls(
            as_of=as_of,
            group_by=group_by,
            rows=rows,
        )


        coverage_report.additional_properties = d
        return coverage_report

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
