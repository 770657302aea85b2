from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast
import datetime






T = TypeVar("T", bound="AssignmentCreate")



@_attrs_define
class AssignmentCreate:
    """ 
        Attributes:
            assignee_id (int):
            book_id (int):
            due_on (datetime.date):
            task (str):
            book_indicator_id (int | None | Unset):
     """

    assignee_id: int
    book_id: int
    due_on: datetime.date
    task: str
    book_indicator_id: int | None | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        assignee_id = self.assignee_id

        book_id = self.book_id

        due_on = self.due_on.isoformat()

        task = self.task

        book_indicator_id: int | None | Unset
        if isinstance(self.book_indicator_id, Unset):
            book_indicator_id = UNSET
        else:
            book_indicator_id = self.book_indicator_id


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "assignee_id": assignee_id,
            "book_id": book_id,
            "due_on": due_on,
            "task": task,
        })
        if book_indicator_id is not UNSET:
            field_dict["book_indicator_id"] = book_indicator_id

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        assignee_id = d.pop("assignee_id")

        book_id = d.pop("book_id")

        due_on = datetime.date.fromisoformat(d.pop("due_on"))




        task = d.pop("task")

        def _parse_book_indicator_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        book_indicator_id = _parse_book_indicator_id(d.pop("book_indicator_id", UNSET))


        assignment_create = cls(
            assignee_id=assignee_id,
            book_id=book_id,
            due_on=due_on,
            task=task,
            book_indicator_id=book_indicator_id,
        )

        return assignment_create

