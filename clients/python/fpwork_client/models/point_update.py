from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.machine_rules import MachineRules





T = TypeVar("T", bound="PointUpdate")



@_attrs_define
class PointUpdate:
    """ 
        Attributes:
            active (bool | Unset):
            address (None | str | Unset): `null` clears it.
            device_user_id (int | None | Unset): `null` clears it.
            name (str | Unset):
            rules (MachineRules | Unset):
     """

    active: bool | Unset = UNSET
    address: None | str | Unset = UNSET
    device_user_id: int | None | Unset = UNSET
    name: str | Unset = UNSET
    rules: MachineRules | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        from ..models.machine_rules import MachineRules # noqa: PLC0415
        active = self.active

        address: None | str | Unset
        if isinstance(self.address, Unset):
            address = UNSET
        else:
            address = self.address

        device_user_id: int | None | Unset
        if isinstance(self.device_user_id, Unset):
            device_user_id = UNSET
        else:
            device_user_id = self.device_user_id

        name = self.name

        rules: dict[str, Any] | Unset = UNSET
        if not isinstance(self.rules, Unset):
            rules = self.rules.to_dict()


        field_dict: dict[str, Any] = {}

        field_dict.update({
        })
        if active is not UNSET:
            field_dict["active"] = active
        if address is not UNSET:
            field_dict["address"] = address
        if device_user_id is not UNSET:
            field_dict["device_user_id"] = device_user_id
        if name is not UNSET:
            field_dict["name"] = name
        if rules is not UNSET:
            field_dict["rules"] = rules

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.machine_rules import MachineRules # noqa: PLC0415
        d = dict(src_dict)
        active = d.pop("active", UNSET)

        def _parse_address(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        address = _parse_address(d.pop("address", UNSET))


        def _parse_device_user_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        device_user_id = _parse_device_user_id(d.pop("device_user_id", UNSET))


        name = d.pop("name", UNSET)

        _rules = d.pop("rules", UNSET)
        rules: MachineRules | Unset
        if isinstance(_rules,  Unset):
            rules = UNSET
        else:
            rules = MachineRules.from_dict(_rules)




        point_update = cls(
            active=active,
            address=address,
            device_user_id=device_user_id,
            name=name,
            rules=rules,
        )

        return point_update

