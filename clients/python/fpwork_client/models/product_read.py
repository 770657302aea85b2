from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.contraceptive_method import ContraceptiveMethod
from typing import cast
import datetime






T = TypeVar("T", bound="ProductRead")



@_attrs_define
class ProductRead:
    """ 
        Attributes:
            active (bool):
            code (str):
            created_at (datetime.datetime):
            form (str):
            id (int):
            method (ContraceptiveMethod):
            name (str):
            unit (str):
            units_per_pack (int):
            updated_at (datetime.datetime):
            version (int):
     """

    active: bool
    code: str
    created_at: datetime.datetime
    form: str
    id: int
    method: ContraceptiveMethod
    name: str
    unit: str
    units_per_pack: int
    updated_at: datetime.datetime
    version: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        active = self.active

        code = self.code

        created_at = self.created_at.isoformat()

        form = self.form

        id = self.id

        method = self.method.value

        name = self.name

        unit = self.unit

        units_per_pack = self.units_per_pack

        updated_at = self.updated_at.isoformat()

        version = self.version


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "active": active,
            "code": code,
            "created_at": created_at,
            "form": form,
            "id": id,
            "method": method,
            "name": name,
            "unit": unit,
            "units_per_pack": units_per_pack,
            "updated_at": updated_at,
            "version": version,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        active = d.pop("active")

        code = d.pop("code")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))




        form = d.pop("form")

        id = d.pop("id")

        method = ContraceptiveMethod(d.pop("method"))




        name = d.pop("name")

        unit = d.pop("unit")

        units_per_pack = d.pop("units_per_pack")

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))




        version = d.pop("version")

        product_read = cls(
            active=active,
            code=code,
            created_at=created_at,
            form=form,
            id=id,
            method=method,
            name=name,
            unit=unit,
            units_per_pack=units_per_pack,
            updated_at=updated_at,
            version=version,
        )


        product_read.additional_properties = d
        return product_read

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
