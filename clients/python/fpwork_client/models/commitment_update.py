from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast
import datetime






T = TypeVar("T", bound="CommitmentUpdate")



@_attrs_define
class CommitmentUpdate:
    """ 
        Attributes:
            content (str | Unset):
            due_on (datetime.date | Unset):
            fulfilled_on (datetime.date | None | Unset): `null` clears it.
            published_on (datetime.date | None | Unset): `null` clears it.
     """

    content: str | Unset = UNSET
    due_on: datetime.date | Unset = UNSET
    fulfilled_on: datetime.date | None | Unset = UNSET
    published_on: datetime.date | None | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        content = self.content

        due_on: str | Unset = UNSET
        if not isinstance(self.due_on, Unset):
            due_on = self.due_on.isoformat()

        fulfilled_on: None | str | Unset
        if isinstance(self.fulfilled_on, Unset):
            fulfilled_on = UNSET
        elif isinstance(self.fulfilled_on, datetime.date):
            fulfilled_on = self.fulfilled_on.isoformat()
        else:
            fulfilled_on = self.fulfilled_on

        published_on: None | str | Unset
        if isinstance(self.published_on, Unset):
            published_on = UNSET
        elif isinstance(self.published_on, datetime.date):
            published_on = self.published_on.isoformat()
        else:
            published_on = self.published_on


        field_dict: dict[str, Any] = {}

        field_dict.update({
        })
        if content is not UNSET:
            field_dict["content"] = content
        if due_on is not UNSET:
            field_dict["due_on"] = due_on
        if fulfilled_on is not UNSET:
            field_dict["fulfilled_on"] = fulfilled_on
        if published_on is not UNSET:
            field_dict["published_on"] = published_on

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        content = d.pop("content", UNSET)

        _due_on = d.pop("due_on", UNSET)
        due_on: datetime.date | Unset
        if isinstance(_due_on,  Unset):
            due_on = UNSET
        else:
            due_on = datetime.date.fromisoformat(_due_on)




        def _parse_fulfilled_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                fulfilled_on_type_0 = datetime.date.fromisoformat(data)



                return fulfilled_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        fulfilled_on = _parse_fulfilled_on(d.pop("fulfilled_on", UNSET))


        def _parse_published_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                published_on_type_0 = datetime.date.fromisoformat(data)



                return published_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        published_on = _parse_published_on(d.pop("published_on", UNSET))


        commitment_update = cls(
            content=content,
            due_on=due_on,
            fulfilled_on=fulfilled_on,
            published_on=published_on,
        )

        return commitment_update

