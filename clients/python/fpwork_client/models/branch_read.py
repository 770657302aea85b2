from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime






T = TypeVar("T", bound="BranchRead")



@_attrs_define
class BranchRead:
    """ 
        Attributes:
            founded_on (datetime.date | None):
            id (int):
            name (str):
            org_id (int):
            version (int):
     """

    founded_on: datetime.date | None
    id: int
    name: str
    org_id: int
    version: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        founded_on: None | str
        if isinstance(self.founded_on, datetime.date):
            founded_on = self.founded_on.isoformat()
        else:
            founded_on = self.founded_on

        id = self.id

        name = self.name

        org_id = self.org_id

        version = self.version


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "founded_on": founded_on,
            "id": id,
            "name": name,
            "org_id": org_id,
            "version": version,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_founded_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                founded_on_type_0 = datetime.date.fromisoformat(data)



                return founded_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        founded_on = _parse_founded_on(d.pop("founded_on"))


        id = d.pop("id")

        name = d.pop("name")

        org_id = d.pop("org_id")

        version = d.pop("version")

        branch_read = cls(
            founded_on=founded_on,
            id=id,
            name=name,
            org_id=org_id,
            version=version,
        )


        branch_read.additional_properties = d
        return branch_read

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
