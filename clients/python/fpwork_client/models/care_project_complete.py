from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime






T = TypeVar("T", bound="CareProjectComplete")



@_attrs_define
class CareProjectComplete:
    """ 
        Attributes:
            completed_on (datetime.date):
            results (str): What the project achieved
     """

    completed_on: datetime.date
    results: str





    def to_dict(self) -> dict[str, Any]:
        completed_on = self.completed_on.isoformat()

        results = self.results


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "completed_on": completed_on,
            "results": results,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        completed_on = datetime.date.fromisoformat(d.pop("completed_on"))




        results = d.pop("results")

        care_project_complete = cls(
            completed_on=completed_on,
            results=results,
        )

        return care_project_complete

