from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast
import datetime






T = TypeVar("T", bound="OtherParentBody")



@_attrs_define
class OtherParentBody:
    """ 
        Attributes:
            eligible_from (datetime.date | None | Unset): The day this person became eligible; by default the day the rule
                says (rural reward support: the 60th birthday), else today. Paid from the first of that month.
            note (str | Unset): Recorded in the audit trail Default: ''.
     """

    eligible_from: datetime.date | None | Unset = UNSET
    note: str | Unset = ''





    def to_dict(self) -> dict[str, Any]:
        eligible_from: None | str | Unset
        if isinstance(self.eligible_from, Unset):
            eligible_from = UNSET
        elif isinstance(self.eligible_from, datetime.date):
            eligible_from = self.eligible_from.isoformat()
        else:
            eligible_from = self.eligible_from

        note = self.note


        field_dict: dict[str, Any] = {}

        field_dict.update({
        })
        if eligible_from is not UNSET:
            field_dict["eligible_from"] = eligible_from
        if note is not UNSET:
            field_dict["note"] = note

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_eligible_from(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                eligible_from_type_0 = datetime.date.fromisoformat(data)



                return eligible_from_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        eligible_from = _parse_eligible_from(d.pop("eligible_from", UNSET))


        note = d.pop("note", UNSET)

        other_parent_body = cls(
            eligible_from=eligible_from,
            note=note,
        )

        return other_parent_body

