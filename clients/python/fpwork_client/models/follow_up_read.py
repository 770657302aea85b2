from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime






T = TypeVar("T", bound="FollowUpRead")



@_attrs_define
class FollowUpRead:
    """ 
        Attributes:
            case_id (int):
            closes (bool):
            id (int):
            note (str):
            on (datetime.date):
            recorded_at (datetime.datetime):
            recorded_by (int | None):
     """

    case_id: int
    closes: bool
    id: int
    note: str
    on: datetime.date
    recorded_at: datetime.datetime
    recorded_by: int | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        case_id = self.case_id

        closes = self.closes

        id = self.id

        note = self.note

        on = self.on.isoformat()

        recorded_at = self.recorded_at.isoformat()

        recorded_by: int | None
        recorded_by = self.recorded_by


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "case_id": case_id,
            "closes": closes,
            "id": id,
            "note": note,
            "on": on,
            "recorded_at": recorded_at,
            "recorded_by": recorded_by,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        case_id = d.pop("case_id")

        closes = d.pop("closes")

        id = d.pop("id")

        note = d.pop("note")

        on = datetime.date.fromisoformat(d.pop("on"))




        recorded_at = datetime.datetime.fromisoformat(d.pop("recorded_at"))




        def _parse_recorded_by(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        recorded_by = _parse_recorded_by(d.pop("recorded_by"))


        follow_up_read = cls(
            case_id=case_id,
            closes=closes,
            id=id,
            note=note,
            on=on,
            recorded_at=recorded_at,
            recorded_by=recorded_by,
        )


        follow_up_read.additional_properties = d
        return follow_up_read

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
