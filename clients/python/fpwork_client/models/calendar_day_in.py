from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime






T = TypeVar("T", bound="CalendarDayIn")



@_attrs_define
class CalendarDayIn:
    """ 
        Attributes:
            day (datetime.date):
            name (str):
     """

    day: datetime.date
    name: str





    def to_dict(self) -> dict[str, Any]:
        day = self.day.isoformat()

        name = self.name


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "day": day,
            "name": name,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        day = datetime.date.fromisoformat(d.pop("day"))




        name = d.pop("name")

        calendar_day_in = cls(
            day=day,
            name=name,
        )

        return calendar_day_in

