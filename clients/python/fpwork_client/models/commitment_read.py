from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime






T = TypeVar("T", bound="CommitmentRead")



@_attrs_define
class CommitmentRead:
    """ 
        Attributes:
            content (str):
            due_on (datetime.date):
            fulfilled_on (datetime.date | None):
            id (int):
            org_id (int):
            published_on (datetime.date | None):
            version (int):
     """

    content: str
    due_on: datetime.date
    fulfilled_on: datetime.date | None
    id: int
    org_id: int
    published_on: datetime.date | None
    version: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        content = self.content

        due_on = self.due_on.isoformat()

        fulfilled_on: None | str
        if isinstance(self.fulfilled_on, datetime.date):
            fulfilled_on = self.fulfilled_on.isoformat()
        else:
            fulfilled_on = self.fulfilled_on

        id = self.id

        org_id = self.org_id

        published_on: None | str
        if isinstance(self.published_on, datetime.date):
            published_on = self.published_on.isoformat()
        else:
            published_on = self.published_on

        version = self.version


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "content": content,
            "due_on": due_on,
            "fulfilled_on": fulfilled_on,
            "id": id,
            "org_id": org_id,
            "published_on": published_on,
            "version": version,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        content = d.pop("content")

        due_on = datetime.date.fromisoformat(d.pop("due_on"))




        def _parse_fulfilled_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                fulfilled_on_type_0 = datetime.date.fromisoformat(data)



                return fulfilled_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        fulfilled_on = _parse_fulfilled_on(d.pop("fulfilled_on"))


        id = d.pop("id")

        org_id = d.pop("org_id")

        def _parse_published_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                published_on_type_0 = datetime.date.fromisoformat(data)



                return published_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        published_on = _parse_published_on(d.pop("published_on"))


        version = d.pop("version")

        commitment_read = cls(
            content=content,
            due_on=due_on,
            fulfilled_on=fulfilled_on,
            id=id,
            org_id=org_id,
            published_on=published_on,
            version=version,
        )


        commitment_read.additional_properties = d
        return commitment_read

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
