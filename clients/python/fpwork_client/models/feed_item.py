from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.feed_item_op import FeedItemOp
from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.feed_item_data_type_0 import FeedItemDataType0





T = TypeVar("T", bound="FeedItem")



@_attrs_define
class FeedItem:
    """ 
        Attributes:
            id (int):
            kind (str): resident, family, care_case, pregnancy, referral, stock
            op (FeedItemOp): delete: a tombstone, drop the record
            data (FeedItemDataType0 | None | Unset): The record as its list shows it
     """

    id: int
    kind: str
    op: FeedItemOp
    data: FeedItemDataType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.feed_item_data_type_0 import FeedItemDataType0 # noqa: PLC0415
        id = self.id

        kind = self.kind

        op = self.op.value

        data: dict[str, Any] | None | Unset
        if isinstance(self.data, Unset):
            data = UNSET
        elif isinstance(self.data, FeedItemDataType0):
            data = self.data.to_dict()
        else:
            data = self.data


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "id": id,
            "kind": kind,
            "op": op,
        })
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.feed_item_data_type_0 import FeedItemDataType0 # noqa: PLC0415
        d = dict(src_dict)
        id = d.pop("id")

        kind = d.pop("kind")

        op = FeedItemOp(d.pop("op"))




        def _parse_data(data: object) -> FeedItemDataType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                data_type_0 = FeedItemDataType0.from_dict(data)



                return data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FeedItemDataType0 | None | Unset, data)

        data = _parse_data(d.pop("data", UNSET))


        feed_item = cls(
            id=id,
            kind=kind,
            op=op,
            data=data,
        )


        feed_item.additional_properties = d
        return feed_item

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
