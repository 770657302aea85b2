from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime






T = TypeVar("T", bound="SigningRate")



@_attrs_define
class SigningRate:
    """ Families with an agreement in force on ``on`` over all families of the community (签约率).

        Attributes:
            families (int):
            on (datetime.date):
            org_id (int):
            org_name (str):
            rate (float | None):
            signed (int):
     """

    families: int
    on: datetime.date
    org_id: int
    org_name: str
    rate: float | None
    signed: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        families = self.families

        on = self.on.isoformat()

        org_id = self.org_id

        org_name = self.org_name

        rate: float | None
        rate = self.rate

        signed = self.signed


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "families": families,
            "on": on,
            "org_id": org_id,
            "org_name": org_name,
            "rate": rate,
            "signed": signed,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        families = d.pop("families")

        on = datetime.date.fromisoformat(d.pop("on"))




        org_id = d.pop("org_id")

        org_name = d.pop("org_name")

        def _parse_rate(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        rate = _parse_rate(d.pop("rate"))


        signed = d.pop("signed")

        signing_rate = cls(
            families=families,
            on=on,
            org_id=org_id,
            org_name=org_name,
            rate=rate,
            signed=signed,
        )


        signing_rate.additional_properties = d
        return signing_rate

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
