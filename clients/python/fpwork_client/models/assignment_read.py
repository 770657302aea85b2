from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.assignment_status import AssignmentStatus
from ..types import UNSET, Unset
from typing import cast
import datetime






T = TypeVar("T", bound="AssignmentRead")



@_attrs_define
class AssignmentRead:
    """ 
        Attributes:
            assignee_id (int):
            book_id (int):
            book_indicator_id (int | None):
            due_on (datetime.date):
            id (int):
            org_id (int):
            progress_percent (int):
            status (AssignmentStatus):
            task (str):
            version (int):
            assignee_name (None | str | Unset): The assignee's name (the user's full name)
            needs_reassignment (bool | Unset):  Default: False.
     """

    assignee_id: int
    book_id: int
    book_indicator_id: int | None
    due_on: datetime.date
    id: int
    org_id: int
    progress_percent: int
    status: AssignmentStatus
    task: str
    version: int
    assignee_name: None | str | Unset = UNSET
    needs_reassignment: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        assignee_id = self.assignee_id

        book_id = self.book_id

        book_indicator_id: int | None
        book_indicator_id = self.book_indicator_id

        due_on = self.due_on.isoformat()

        id = self.id

        org_id = self.org_id

        progress_percent = self.progress_percent

        status = self.status.value

        task = self.task

        version = self.version

        assignee_name: None | str | Unset
        if isinstance(self.assignee_name, Unset):
            assignee_name = UNSET
        else:
            assignee_name = self.assignee_name

        needs_reassignment = self.needs_reassignment


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "assignee_id": assignee_id,
            "book_id": book_id,
            "book_indicator_id": book_indicator_id,
            "due_on": due_on,
            "id": id,
            "org_id": org_id,
            "progress_percent": progress_percent,
            "status": status,
            "task": task,
            "version": version,
        })
        if assignee_name is not UNSET:
            field_dict["assignee_name"] = assignee_name
        if needs_reassignment is not UNSET:
            field_dict["needs_reassignment"] = needs_reassignment

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        assignee_id = d.pop("assignee_id")

        book_id = d.pop("book_id")

        def _parse_book_indicator_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        book_indicator_id = _parse_book_indicator_id(d.pop("book_indicator_id"))


        due_on = datetime.date.fromisoformat(d.pop("due_on"))




        id = d.pop("id")

        org_id = d.pop("org_id")

        progress_percent = d.pop("progress_percent")

        status = AssignmentStatus(d.pop("status"))




        task = d.pop("task")

        version = d.pop("version")

        def _parse_assignee_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        assignee_name = _parse_assignee_name(d.pop("assignee_name", UNSET))


        needs_reassignment = d.pop("needs_reassignment", UNSET)

        assignment_read = cls(
            assignee_id=assignee_id,
            book_id=book_id,
            book_indicator_id=book_indicator_id,
            due_on=due_on,
            id=id,
            org_id=org_id,
            progress_percent=progress_percent,
            status=status,
            task=task,
            version=version,
            assignee_name=assignee_name,
            needs_reassignment=needs_reassignment,
        )


        assignment_read.additional_properties = d
        return assignment_read

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
