from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset







T = TypeVar("T", bound="DeviceRegister")



@_attrs_define
class DeviceRegister:
    """ 
        Attributes:
            installation_id (str): Made by the app on install
            label (str):
     """

    installation_id: str
    label: str





    def to_dict(self) -> dict[str, Any]:
        installation_id = self.installation_id

        label = self.label


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "installation_id": installation_id,
            "label": label,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        installation_id = d.pop("installation_id")

        label = d.pop("label")

        device_register = cls(
            installation_id=installation_id,
            label=label,
        )

        return device_register

