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
            active (bool | None | Unset):
            address (None | str | Unset):
            device_user_id (int | None | Unset):
            name (None | str | Unset):
            rules (MachineRules | None | Unset):
     """

    active: bool | None | Unset = UNSET
    address: None | str | Unset = UNSET
    device_user_id: int | None | Unset = UNSET
    name: None | str | Unset = UNSET
    rules: MachineRules | None | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        from ..models.machine_rules import MachineRules # noqa: PLC0415
        active: bool | None | Unset
        if isinstance(self.active, Unset):
            active = UNSET
        else:
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

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        rules: dict[str, Any] | None | Unset
        if isinstance(self.rules, Unset):
            rules = UNSET
        elif isinstance(self.rules, MachineRules):
            rules = self.rules.to_dict()
        else:
            rules = self.rules


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
        def _parse_active(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        active = _parse_active(d.pop("active", UNSET))


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


        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))


        def _parse_rules(data: object) -> MachineRules | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                rules_type_0 = MachineRules.from_dict(data)



                return rules_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MachineRules | None | Unset, data)

        rules = _parse_rules(d.pop("rules", UNSET))


        point_update = cls(
            active=active,
            address=address,
            device_user_id=device_user_id,
            name=name,
            rules=rules,
        )

        return point_update

