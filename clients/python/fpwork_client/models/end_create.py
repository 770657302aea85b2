from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.pregnancy_outcome import PregnancyOutcome
from ..types import UNSET, Unset
from typing import cast
import datetime






T = TypeVar("T", bound="EndCreate")



@_attrs_define
class EndCreate:
    """ 
        Attributes:
            ended_on (datetime.date):
            outcome (PregnancyOutcome):
            note (None | str | Unset):
     """

    ended_on: datetime.date
    outcome: PregnancyOutcome
    note: None | str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        ended_on = self.ended_on.isoformat()

        outcome = self.outcome.value

        note: None | str | Unset
        if isinstance(self.note, Unset):
            note = UNSET
        else:
            note = self.note


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "ended_on": ended_on,
            "outcome": outcome,
        })
        if note is not UNSET:
            field_dict["note"] = note

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        ended_on = datetime.date.fromisoformat(d.pop("ended_on"))




        outcome = PregnancyOutcome(d.pop("outcome"))




        def _parse_note(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        note = _parse_note(d.pop("note", UNSET))


        end_create = cls(
            ended_on=ended_on,
            outcome=outcome,
            note=note,
        )

        return end_create

