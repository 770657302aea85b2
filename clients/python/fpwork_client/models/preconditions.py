from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.child_status import ChildStatus
from ..types import UNSET, Unset
from typing import cast
import datetime






T = TypeVar("T", bound="Preconditions")



@_attrs_define
class Preconditions:
    """ Conditions on the family record, checked at acceptance and again at completion.

        Attributes:
            child_born_before (datetime.date | None | Unset): e.g. 2016-01-01 for 光荣证
            child_order_max (int | None | Unset): A fixed highest birth order
            child_order_within_birth_policy (bool | Unset): 生育登记: the child's order is within the registration orders of the
                birth policy rule in force on its birth date (GET /birth-policy-rules); an unborn child: on the day checked
                Default: False.
            child_status_in (list[ChildStatus] | None | Unset):
            children_max (int | None | Unset):
            children_min (int | None | Unset):
            one_valid_per_child (bool | Unset):  Default: False.
            one_valid_per_family (bool | Unset):  Default: False.
     """

    child_born_before: datetime.date | None | Unset = UNSET
    child_order_max: int | None | Unset = UNSET
    child_order_within_birth_policy: bool | Unset = False
    child_status_in: list[ChildStatus] | None | Unset = UNSET
    children_max: int | None | Unset = UNSET
    children_min: int | None | Unset = UNSET
    one_valid_per_child: bool | Unset = False
    one_valid_per_family: bool | Unset = False





    def to_dict(self) -> dict[str, Any]:
        child_born_before: None | str | Unset
        if isinstance(self.child_born_before, Unset):
            child_born_before = UNSET
        elif isinstance(self.child_born_before, datetime.date):
            child_born_before = self.child_born_before.isoformat()
        else:
            child_born_before = self.child_born_before

        child_order_max: int | None | Unset
        if isinstance(self.child_order_max, Unset):
            child_order_max = UNSET
        else:
            child_order_max = self.child_order_max

        child_order_within_birth_policy = self.child_order_within_birth_policy

        child_status_in: list[str] | None | Unset
        if isinstance(self.child_status_in, Unset):
            child_status_in = UNSET
        elif isinstance(self.child_status_in, list):
            child_status_in = []
            for child_status_in_type_0_item_data in self.child_status_in:
                child_status_in_type_0_item = child_status_in_type_0_item_data.value
                child_status_in.append(child_status_in_type_0_item)


        else:
            child_status_in = self.child_status_in

        children_max: int | None | Unset
        if isinstance(self.children_max, Unset):
            children_max = UNSET
        else:
            children_max = self.children_max

        children_min: int | None | Unset
        if isinstance(self.children_min, Unset):
            children_min = UNSET
        else:
            children_min = self.children_min

        one_valid_per_child = self.one_valid_per_child

        one_valid_per_family = self.one_valid_per_family


        field_dict: dict[str, Any] = {}

        field_dict.update({
        })
        if child_born_before is not UNSET:
            field_dict["child_born_before"] = child_born_before
        if child_order_max is not UNSET:
            field_dict["child_order_max"] = child_order_max
        if child_order_within_birth_policy is not UNSET:
            field_dict["child_order_within_birth_policy"] = child_order_within_birth_policy
        if child_status_in is not UNSET:
            field_dict["child_status_in"] = child_status_in
        if children_max is not UNSET:
            field_dict["children_max"] = children_max
        if children_min is not UNSET:
            field_dict["children_min"] = children_min
        if one_valid_per_child is not UNSET:
            field_dict["one_valid_per_child"] = one_valid_per_child
        if one_valid_per_family is not UNSET:
            field_dict["one_valid_per_family"] = one_valid_per_family

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_child_born_before(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                child_born_before_type_0 = datetime.date.fromisoformat(data)



                return child_born_before_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        child_born_before = _parse_child_born_before(d.pop("child_born_before", UNSET))


        def _parse_child_order_max(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        child_order_max = _parse_child_order_max(d.pop("child_order_max", UNSET))


        child_order_within_birth_policy = d.pop("child_order_within_birth_policy", UNSET)

        def _parse_child_status_in(data: object) -> list[ChildStatus] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                child_status_in_type_0 = []
                _child_status_in_type_0 = data
                for child_status_in_type_0_item_data in (_child_status_in_type_0):
                    child_status_in_type_0_item = ChildStatus(child_status_in_type_0_item_data)



                    child_status_in_type_0.append(child_status_in_type_0_item)

                return child_status_in_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ChildStatus] | None | Unset, data)

        child_status_in = _parse_child_status_in(d.pop("child_status_in", UNSET))


        def _parse_children_max(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        children_max = _parse_children_max(d.pop("children_max", UNSET))


        def _parse_children_min(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        children_min = _parse_children_min(d.pop("children_min", UNSET))


        one_valid_per_child = d.pop("one_valid_per_child", UNSET)

        one_valid_per_family = d.pop("one_valid_per_family", UNSET)

        preconditions = cls(
            child_born_before=child_born_before,
            child_order_max=child_order_max,
            child_order_within_birth_policy=child_order_within_birth_policy,
            child_status_in=child_status_in,
            children_max=children_max,
            children_min=children_min,
            one_valid_per_child=one_valid_per_child,
            one_valid_per_family=one_valid_per_family,
        )

        return preconditions

