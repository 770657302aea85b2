from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset







T = TypeVar("T", bound="ThresholdRead")



@_attrs_define
class ThresholdRead:
    """ 
        Attributes:
            id (int):
            point_id (int):
            product_id (int):
            threshold (int):
            version (int):
     """

    id: int
    point_id: int
    product_id: int
    threshold: int
    version: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        id = self.id

        point_id = self.point_id

        product_id = self.product_id

        threshold = self.threshold

        version = self.version


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "id": id,
            "point_id": point_id,
            "product_id": product_id,
            "threshold": threshold,
            "version": version,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        point_id = d.pop("point_id")

        product_id = d.pop("product_id")

        threshold = d.pop("threshold")

        version = d.pop("version")

        threshold_read = cls(
            id=id,
            point_id=point_id,
            product_id=product_id,
            threshold=threshold,
            version=version,
        )


        threshold_read.additional_properties = d
        return threshold_read

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
