from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast






T = TypeVar("T", bound="TrainingAttendanceAdd")



@_attrs_define
class TrainingAttendanceAdd:
    """ 
        Attributes:
            worker_ids (list[int]):
     """

    worker_ids: list[int]





    def to_dict(self) -> dict[str, Any]:
        worker_ids = self.worker_ids




        field_dict: dict[str, Any] = {}

        field_dict.update({
            "worker_ids": worker_ids,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        worker_ids = cast(list[int], d.pop("worker_ids"))


        training_attendance_add = cls(
            worker_ids=worker_ids,
        )

        return training_attendance_add

