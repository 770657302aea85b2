from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="DispensationCreate")



@_attrs_define
class DispensationCreate:
    """ Staff give ``point_id`` and optionally ``resident_id`` (none: anonymous, counted only);
    a self-service machine gives the ID number it read and dispenses at its own point.

        Attributes:
            product_id (int):
            id_number (None | str | Unset): Machines only: read from the ID card; stored as a keyed hash
            point_id (int | None | Unset):
            quantity (int | Unset):  Default: 1.
            resident_id (int | None | Unset):
     """

    product_id: int
    id_number: None | str | Unset = UNSET
    point_id: int | None | Unset = UNSET
    quantity: int | Unset = 1
    resident_id: int | None | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        product_id = self.product_id

        id_number: None | str | Unset
        if isinstance(self.id_number, Unset):
            id_number = UNSET
        else:
            id_number = self.id_number

        point_id: int | None | Unset
        if isinstance(self.point_id, Unset):
            point_id = UNSET
        else:
            point_id = self.point_id

        quantity = self.quantity

        resident_id: int | None | Unset
        if isinstance(self.resident_id, Unset):
            resident_id = UNSET
        else:
            resident_id = self.resident_id


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "product_id": product_id,
        })
        if id_number is not UNSET:
            field_dict["id_number"] = id_number
        if point_id is not UNSET:
            field_dict["point_id"] = point_id
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if resident_id is not UNSET:
            field_dict["resident_id"] = resident_id

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        product_id = d.pop("product_id")

        def _parse_id_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        id_number = _parse_id_number(d.pop("id_number", UNSET))


        def _parse_point_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        point_id = _parse_point_id(d.pop("point_id", UNSET))


        quantity = d.pop("quantity", UNSET)

        def _parse_resident_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        resident_id = _parse_resident_id(d.pop("resident_id", UNSET))


        dispensation_create = cls(
            product_id=product_id,
            id_number=id_number,
            point_id=point_id,
            quantity=quantity,
            resident_id=resident_id,
        )

        return dispensation_create

