from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset






T = TypeVar("T", bound="CarePair")



@_attrs_define
class CarePair:
    """ 
        Attributes:
            worker_id (int): The worker paired with the family (结对帮扶)
            visit_every_days (int | Unset):  Default: 90.
     """

    worker_id: int
    visit_every_days: int | Unset = 90





    def to_dict(self) -> dict[str, Any]:
        worker_id = self.worker_id

        visit_every_days = self.visit_every_days


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "worker_id": worker_id,
        })
        if visit_every_days is not UNSET:
            field_dict["visit_every_days"] = visit_every_days

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        worker_id = d.pop("worker_id")

        visit_every_days = d.pop("visit_every_days", UNSET)

        care_pair = cls(
            worker_id=worker_id,
            visit_every_days=visit_every_days,
        )

        return care_pair

