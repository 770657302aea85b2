from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast
import datetime






T = TypeVar("T", bound="FindingCreate")



@_attrs_define
class FindingCreate:
    """ 
        Attributes:
            due_on (datetime.date): Rectification due by
            problem (str):
            rectification (str):
            org_id (int | None | Unset): The org whose team the problem concerns; the activity's org if left out
     """

    due_on: datetime.date
    problem: str
    rectification: str
    org_id: int | None | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        due_on = self.due_on.isoformat()

        problem = self.problem

        rectification = self.rectification

        org_id: int | None | Unset
        if isinstance(self.org_id, Unset):
            org_id = UNSET
        else:
            org_id = self.org_id


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "due_on": due_on,
            "problem": problem,
            "rectification": rectification,
        })
        if org_id is not UNSET:
            field_dict["org_id"] = org_id

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        due_on = datetime.date.fromisoformat(d.pop("due_on"))




        problem = d.pop("problem")

        rectification = d.pop("rectification")

        def _parse_org_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        org_id = _parse_org_id(d.pop("org_id", UNSET))


        finding_create = cls(
            due_on=due_on,
            problem=problem,
            rectification=rectification,
            org_id=org_id,
        )

        return finding_create

