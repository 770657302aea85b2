from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.point_kind import PointKind
from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.machine_rules import MachineRules





T = TypeVar("T", bound="PointCreate")



@_attrs_define
class PointCreate:
    """ 
        Attributes:
            kind (PointKind):
            name (str):
            org_id (int): The community, unit or street the point sits under
            address (None | str | Unset):
            device_user_id (int | None | Unset): The dispenser_device account (self-service machines only)
            partner_id (int | None | Unset): The partner hosting it (a clinic)
            rules (MachineRules | None | Unset):
     """

    kind: PointKind
    name: str
    org_id: int
    address: None | str | Unset = UNSET
    device_user_id: int | None | Unset = UNSET
    partner_id: int | None | Unset = UNSET
    rules: MachineRules | None | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        from ..models.machine_rules import MachineRules # noqa: PLC0415
        kind = self.kind.value

        name = self.name

        org_id = self.org_id

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

        partner_id: int | None | Unset
        if isinstance(self.partner_id, Unset):
            partner_id = UNSET
        else:
            partner_id = self.partner_id

        rules: dict[str, Any] | None | Unset
        if isinstance(self.rules, Unset):
            rules = UNSET
        elif isinstance(self.rules, MachineRules):
            rules = self.rules.to_dict()
        else:
            rules = self.rules


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "kind": kind,
            "name": name,
            "org_id": org_id,
        })
        if address is not UNSET:
            field_dict["address"] = address
        if device_user_id is not UNSET:
            field_dict["device_user_id"] = device_user_id
        if partner_id is not UNSET:
            field_dict["partner_id"] = partner_id
        if rules is not UNSET:
            field_dict["rules"] = rules

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.machine_rules import MachineRules # noqa: PLC0415
        d = dict(src_dict)
        kind = PointKind(d.pop("kind"))




        name = d.pop("name")

        org_id = d.pop("org_id")

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


        def _parse_partner_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        partner_id = _parse_partner_id(d.pop("partner_id", UNSET))


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


        point_create = cls(
            kind=kind,
            name=name,
            org_id=org_id,
            address=address,
            device_user_id=device_user_id,
            partner_id=partner_id,
            rules=rules,
        )

        return point_create

