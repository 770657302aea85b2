from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime






T = TypeVar("T", bound="RoundCreate")



@_attrs_define
class RoundCreate:
    """ 
        Attributes:
            deadline (datetime.date):
            year (int):
     """

    deadline: datetime.date
    year: int





    def to_dict(self) -> dict[str, Any]:
        deadline = self.deadline.isoformat()

        year = self.year


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "deadline": deadline,
            "year": year,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        deadline = datetime.date.fromisoformat(d.pop("deadline"))




        year = d.pop("year")

        round_create = cls(
            deadline=deadline,
            year=year,
        )

        return round_create

