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
            content (None | str | Unset):
            due_on (datetime.date | None | Unset):
            fulfilled_on (datetime.date | None | Unset):
            published_on (datetime.date | None | Unset):
     """

    content: None | str | Unset = UNSET
    due_on: datetime.date | None | Unset = UNSET
    fulfilled_on: datetime.date | None | Unset = UNSET
    published_on: datetime.date | None | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        content: None | str | Unset
        if isinstance(self.content, Unset):
            content = UNSET
        else:
            content = self.content

        due_on: None | str | Unset
        if isinstance(self.due_on, Unset):
            due_on = UNSET
        elif isinstance(self.due_on, datetime.date):
            due_on = self.due_on.isoformat()
        else:
            due_on = self.due_on

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
        def _parse_content(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        content = _parse_content(d.pop("content", UNSET))


        def _parse_due_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                due_on_type_0 = datetime.date.fromisoformat(data)



                return due_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        due_on = _parse_due_on(d.pop("due_on", UNSET))


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

