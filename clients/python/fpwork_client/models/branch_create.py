from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast
import datetime






T = TypeVar("T", bound="BranchCreate")



@_attrs_define
class BranchCreate:
    """ 
        Attributes:
            name (str):
            org_id (int): The community or unit the branch (计生协分会) belongs to
            founded_on (datetime.date | None | Unset):
     """

    name: str
    org_id: int
    founded_on: datetime.date | None | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        name = self.name

        org_id = self.org_id

        founded_on: None | str | Unset
        if isinstance(self.founded_on, Unset):
            founded_on = UNSET
        elif isinstance(self.founded_on, datetime.date):
            founded_on = self.founded_on.isoformat()
        else:
            founded_on = self.founded_on


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "name": name,
            "org_id": org_id,
        })
        if founded_on is not UNSET:
            field_dict["founded_on"] = founded_on

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        org_id = d.pop("org_id")

        def _parse_founded_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                founded_on_type_0 = datetime.date.fromisoformat(data)



                return founded_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        founded_on = _parse_founded_on(d.pop("founded_on", UNSET))


        branch_create = cls(
            name=name,
            org_id=org_id,
            founded_on=founded_on,
        )

        return branch_create

