from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.behind_plan import BehindPlan





T = TypeVar("T", bound="AccountabilityFlags")



@_attrs_define
class AccountabilityFlags:
    """ 
        Attributes:
            flags (list[BehindPlan]):
            quarter (int):
            quarter_end (datetime.date):
            year (int):
     """

    flags: list[BehindPlan]
    quarter: int
    quarter_end: datetime.date
    year: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.behind_plan import BehindPlan # noqa: PLC0415
        flags = []
        for flags_item_data in self.flags:
            flags_item = flags_item_data.to_dict()
            flags.append(flags_item)



        quarter = self.quarter

        quarter_end = self.quarter_end.isoformat()

        year = self.year


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "flags": flags,
            "quarter": quarter,
            "quarter_end": quarter_end,
            "year": year,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.behind_plan import BehindPlan # noqa: PLC0415
        d = dict(src_dict)
        flags = []
        _flags = d.pop("flags")
        for flags_item_data in (_flags):
            flags_item = BehindPlan.from_dict(flags_item_data)



            flags.append(flags_item)


        quarter = d.pop("quarter")

        quarter_end = datetime.date.fromisoformat(d.pop("quarter_end"))




        year = d.pop("year")

        accountability_flags = cls(
            flags=flags,
            quarter=quarter,
            quarter_end=quarter_end,
            year=year,
        )


        accountability_flags.additional_properties = d
        return accountability_flags

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
