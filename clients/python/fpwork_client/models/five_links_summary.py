from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.five_link_counts import FiveLinkCounts





T = TypeVar("T", bound="FiveLinksSummary")



@_attrs_define
class FiveLinksSummary:
    """ 
        Attributes:
            date_from (datetime.date):
            date_to (datetime.date):
            items (list[FiveLinkCounts]):
     """

    date_from: datetime.date
    date_to: datetime.date
    items: list[FiveLinkCounts]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.five_link_counts import FiveLinkCounts # noqa: PLC0415
        date_from = self.date_from.isoformat()

        date_to = self.date_to.isoformat()

        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)




        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "date_from": date_from,
            "date_to": date_to,
            "items": items,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.five_link_counts import FiveLinkCounts # noqa: PLC0415
        d = dict(src_dict)
        date_from = datetime.date.fromisoformat(d.pop("date_from"))




        date_to = datetime.date.fromisoformat(d.pop("date_to"))




        items = []
        _items = d.pop("items")
        for items_item_data in (_items):
            items_item = FiveLinkCounts.from_dict(items_item_data)



            items.append(items_item)


        five_links_summary = cls(
            date_from=date_from,
            date_to=date_to,
            items=items,
        )


        five_links_summary.additional_properties = d
        return five_links_summary

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
