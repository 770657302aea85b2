from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.point_kind import PointKind
from typing import cast
import datetime






T = TypeVar("T", bound="PointRead")



@_attrs_define
class PointRead:
    """ 
        Attributes:
            active (bool):
            address (None | str):
            created_at (datetime.datetime):
            device_user_id (int | None):
            id (int):
            interval_days (int):
            kind (PointKind):
            max_age (int):
            max_units_per_dispense (int):
            min_age (int):
            name (str):
            org_id (int):
            partner_id (int | None):
            updated_at (datetime.datetime):
            version (int):
     """

    active: bool
    address: None | str
    created_at: datetime.datetime
    device_user_id: int | None
    id: int
    interval_days: int
    kind: PointKind
    max_age: int
    max_units_per_dispense: int
    min_age: int
    name: str
    org_id: int
    partner_id: int | None
    updated_at: datetime.datetime
    version: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        active = self.active

        address: None | str
        address = self.address

        created_at = self.created_at.isoformat()

        device_user_id: int | None
        device_user_id = self.device_user_id

        id = self.id

        interval_days = self.interval_days

        kind = self.kind.value

        max_age = self.max_age

        max_units_per_dispense = self.max_units_per_dispense

        min_age = self.min_age

        name = self.name

        org_id = self.org_id

        partner_id: int | None
        partner_id = self.partner_id

        updated_at = self.updated_at.isoformat()

        version = self.version


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "active": active,
            "address": address,
            "created_at": created_at,
            "device_user_id": device_user_id,
            "id": id,
            "interval_days": interval_days,
            "kind": kind,
            "max_age": max_age,
            "max_units_per_dispense": max_units_per_dispense,
            "min_age": min_age,
            "name": name,
            "org_id": org_id,
            "partner_id": partner_id,
            "updated_at": updated_at,
            "version": version,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        active = d.pop("active")

        def _parse_address(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        address = _parse_address(d.pop("address"))


        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))




        def _parse_device_user_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        device_user_id = _parse_device_user_id(d.pop("device_user_id"))


        id = d.pop("id")

        interval_days = d.pop("interval_days")

        kind = PointKind(d.pop("kind"))




        max_age = d.pop("max_age")

        max_units_per_dispense = d.pop("max_units_per_dispense")

        min_age = d.pop("min_age")

        name = d.pop("name")

        org_id = d.pop("org_id")

        def _parse_partner_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        partner_id = _parse_partner_id(d.pop("partner_id"))


        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))




        version = d.pop("version")

        point_read = cls(
            active=active,
            address=address,
            created_at=created_at,
            device_user_id=device_user_id,
            id=id,
            interval_days=interval_days,
            kind=kind,
            max_age=max_age,
            max_units_per_dispense=max_units_per_dispense,
            min_age=min_age,
            name=name,
            org_id=org_id,
            partner_id=partner_id,
            updated_at=updated_at,
            version=version,
        )


        point_read.additional_properties = d
        return point_read

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
