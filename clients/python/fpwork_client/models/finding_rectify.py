from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime






T = TypeVar("T", bound="FindingRectify")



@_attrs_define
class FindingRectify:
    """ 
        Attributes:
            note (str): What was done
            rectified_on (datetime.date): Not after today, nor before the day of the activity
     """

    note: str
    rectified_on: datetime.date





    def to_dict(self) -> dict[str, Any]:
        note = self.note

        rectified_on = self.rectified_on.isoformat()


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "note": note,
            "rectified_on": rectified_on,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        note = d.pop("note")

        rectified_on = datetime.date.fromisoformat(d.pop("rectified_on"))




        finding_rectify = cls(
            note=note,
            rectified_on=rectified_on,
        )

        return finding_rectify

