from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime






T = TypeVar("T", bound="Departure")



@_attrs_define
class Departure:
    """ 
        Attributes:
            departed_on (datetime.date): Between the arrival and today (422 otherwise)
            destination (str):
     """

    departed_on: datetime.date
    destination: str





    def to_dict(self) -> dict[str, Any]:
        departed_on = self.departed_on.isoformat()

        destination = self.destination


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "departed_on": departed_on,
            "destination": destination,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        departed_on = datetime.date.fromisoformat(d.pop("departed_on"))




        destination = d.pop("destination")

        departure = cls(
            departed_on=departed_on,
            destination=destination,
        )

        return departure

