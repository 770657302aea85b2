from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime






T = TypeVar("T", bound="AssignmentNoteRead")



@_attrs_define
class AssignmentNoteRead:
    """ 
        Attributes:
            assignment_id (int):
            id (int):
            note (str):
            progress_percent (int | None):
            written_at (datetime.datetime):
            written_by (int | None):
     """

    assignment_id: int
    id: int
    note: str
    progress_percent: int | None
    written_at: datetime.datetime
    written_by: int | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        assignment_id = self.assignment_id

        id = self.id

        note = self.note

        progress_percent: int | None
        progress_percent = self.progress_percent

        written_at = self.written_at.isoformat()

        written_by: int | None
        written_by = self.written_by


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "assignment_id": assignment_id,
            "id": id,
            "note": note,
            "progress_percent": progress_percent,
            "written_at": written_at,
            "written_by": written_by,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        assignment_id = d.pop("assignment_id")

        id = d.pop("id")

        note = d.pop("note")

        def _parse_progress_percent(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        progress_percent = _parse_progress_percent(d.pop("progress_percent"))


        written_at = datetime.datetime.fromisoformat(d.pop("written_at"))




        def _parse_written_by(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        written_by = _parse_written_by(d.pop("written_by"))


        assignment_note_read = cls(
            assignment_id=assignment_id,
            id=id,
            note=note,
            progress_percent=progress_percent,
            written_at=written_at,
            written_by=written_by,
        )


        assignment_note_read.additional_properties = d
        return assignment_note_read

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
