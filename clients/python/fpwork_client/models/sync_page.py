from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.feed_item import FeedItem
  from ..models.sync_page_lookups_type_0 import SyncPageLookupsType0





T = TypeVar("T", bound="SyncPage")



@_attrs_define
class SyncPage:
    """ 
        Attributes:
            has_more (bool): true: ask again with next_token now; false: the pass is done
            items (list[FeedItem]):
            lookups (None | SyncPageLookupsType0): enums (zh-CN/en labels), contraceptive_products, service_types; sent when
                changed
            next_token (str): Opaque; keep it and send it with the next call
     """

    has_more: bool
    items: list[FeedItem]
    lookups: None | SyncPageLookupsType0
    next_token: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.feed_item import FeedItem # noqa: PLC0415
        from ..models.sync_page_lookups_type_0 import SyncPageLookupsType0 # noqa: PLC0415
        has_more = self.has_more

        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)



        lookups: dict[str, Any] | None
        if isinstance(self.lookups, SyncPageLookupsType0):
            lookups = self.lookups.to_dict()
        else:
            lookups = self.lookups

        next_token = self.next_token


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "has_more": has_more,
            "items": items,
            "lookups": lookups,
            "next_token": next_token,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.feed_item import FeedItem # noqa: PLC0415
        from ..models.sync_page_lookups_type_0 import SyncPageLookupsType0 # noqa: PLC0415
        d = dict(src_dict)
        has_more = d.pop("has_more")

        items = []
        _items = d.pop("items")
        for items_item_data in (_items):
            items_item = FeedItem.from_dict(items_item_data)



            items.append(items_item)


        def _parse_lookups(data: object) -> None | SyncPageLookupsType0:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                lookups_type_0 = SyncPageLookupsType0.from_dict(data)



                return lookups_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SyncPageLookupsType0, data)

        lookups = _parse_lookups(d.pop("lookups"))


        next_token = d.pop("next_token")

        sync_page = cls(
            has_more=has_more,
            items=items,
            lookups=lookups,
            next_token=next_token,
        )


        sync_page.additional_properties = d
        return sync_page

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
