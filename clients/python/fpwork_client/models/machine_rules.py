from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset






T = TypeVar("T", bound="MachineRules")



@_attrs_define
class MachineRules:
    """ 
        Attributes:
            interval_days (int | Unset): Days between two dispenses to a person Default: 22.
            max_age (int | Unset): Not below min_age (422 otherwise) Default: 60.
            max_units_per_dispense (int | Unset):  Default: 1.
            min_age (int | Unset):  Default: 18.
     """

    interval_days: int | Unset = 22
    max_age: int | Unset = 60
    max_units_per_dispense: int | Unset = 1
    min_age: int | Unset = 18





    def to_dict(self) -> dict[str, Any]:
        interval_days = self.interval_days

        max_age = self.max_age

        max_units_per_dispense = self.max_units_per_dispense

        min_age = self.min_age


        field_dict: dict[str, Any] = {}

        field_dict.update({
        })
        if interval_days is not UNSET:
            field_dict["interval_days"] = interval_days
        if max_age is not UNSET:
            field_dict["max_age"] = max_age
        if max_units_per_dispense is not UNSET:
            field_dict["max_units_per_dispense"] = max_units_per_dispense
        if min_age is not UNSET:
            field_dict["min_age"] = min_age

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        interval_days = d.pop("interval_days", UNSET)

        max_age = d.pop("max_age", UNSET)

        max_units_per_dispense = d.pop("max_units_per_dispense", UNSET)

        min_age = d.pop("min_age", UNSET)

        machine_rules = cls(
            interval_days=interval_days,
            max_age=max_age,
            max_units_per_dispense=max_units_per_dispense,
            min_age=min_age,
        )

        return machine_rules

