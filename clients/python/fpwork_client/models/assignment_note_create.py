from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="AssignmentNoteCreate")



@_attrs_define
class AssignmentNoteCreate:
    """ 
        Attributes:
            note (str):
            done (bool | Unset):  Default: False.
            progress_percent (int | None | Unset):
     """

    note: str
    done: bool | Unset = False
    progress_percent: int | None | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        note = self.note

        done = self.done

        progress_percent: int | None | Unset
        if isinstance(self.progress_percent, Unset):
            progress_percent = UNSET
        else:
            progress_percent = self.progress_percent


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "note": note,
        })
        if done is not UNSET:
            field_dict["done"] = done
        if progress_percent is not UNSET:
            field_dict["progress_percent"] = progress_percent

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        note = d.pop("note")

        done = d.pop("done", UNSET)

        def _parse_progress_percent(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        progress_percent = _parse_progress_percent(d.pop("progress_percent", UNSET))


        assignment_note_create = cls(
            note=note,
            done=done,
            progress_percent=progress_percent,
        )

        return assignment_note_create

