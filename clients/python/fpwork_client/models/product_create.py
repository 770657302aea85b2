from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.contraceptive_method import ContraceptiveMethod
from ..types import UNSET, Unset






T = TypeVar("T", bound="ProductCreate")



@_attrs_define
class ProductCreate:
    """ 
        Attributes:
            code (str):
            form (str):
            method (ContraceptiveMethod):
            name (str):
            unit (str): The counted unit
            units_per_pack (int | Unset):  Default: 1.
     """

    code: str
    form: str
    method: ContraceptiveMethod
    name: str
    unit: str
    units_per_pack: int | Unset = 1





    def to_dict(self) -> dict[str, Any]:
        code = self.code

        form = self.form

        method = self.method.value

        name = self.name

        unit = self.unit

        units_per_pack = self.units_per_pack


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "code": code,
            "form": form,
            "method": method,
            "name": name,
            "unit": unit,
        })
        if units_per_pack is not UNSET:
            field_dict["units_per_pack"] = units_per_pack

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code")

        form = d.pop("form")

        method = ContraceptiveMethod(d.pop("method"))




        name = d.pop("name")

        unit = d.pop("unit")

        units_per_pack = d.pop("units_per_pack", UNSET)

        product_create = cls(
            code=code,
            form=form,
            method=method,
            name=name,
            unit=unit,
            units_per_pack=units_per_pack,
        )

        return product_create

