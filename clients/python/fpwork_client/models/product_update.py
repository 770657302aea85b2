from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset






T = TypeVar("T", bound="ProductUpdate")



@_attrs_define
class ProductUpdate:
    """ 
        Attributes:
            active (bool | Unset):
            form (str | Unset):
            name (str | Unset):
            unit (str | Unset):
            units_per_pack (int | Unset):
     """

    active: bool | Unset = UNSET
    form: str | Unset = UNSET
    name: str | Unset = UNSET
    unit: str | Unset = UNSET
    units_per_pack: int | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        active = self.active

        form = self.form

        name = self.name

        unit = self.unit

        units_per_pack = self.units_per_pack


        field_dict: dict[str, Any] = {}

        field_dict.update({
        })
        if active is not UNSET:
            field_dict["active"] = active
        if form is not UNSET:
            field_dict["form"] = form
        if name is not UNSET:
            field_dict["name"] = name
        if unit is not UNSET:
            field_dict["unit"] = unit
        if units_per_pack is not UNSET:
            field_dict["units_per_pack"] = units_per_pack

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        active = d.pop("active", UNSET)

        form = d.pop("form", UNSET)

        name = d.pop("name", UNSET)

        unit = d.pop("unit", UNSET)

        units_per_pack = d.pop("units_per_pack", UNSET)

        product_update = cls(
            active=active,
            form=form,
            name=name,
            unit=unit,
            units_per_pack=units_per_pack,
        )

        return product_update

