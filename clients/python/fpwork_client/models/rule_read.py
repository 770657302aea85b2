from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime






T = TypeVar("T", bound="RuleRead")



@_attrs_define
class RuleRead:
    """ 
        Attributes:
            effective_from (datetime.date):
            id (int):
            max_per_day (int):
            max_per_week (int):
            quiet_from (str): Quiet hours start (Beijing time, HH:MM:SS)
            quiet_until (str): Quiet hours end (Beijing time, HH:MM:SS)
            remind_days_before (int): Reminders of an appointment or a follow-up go this many days before
            source (str):
     """

    effective_from: datetime.date
    id: int
    max_per_day: int
    max_per_week: int
    quiet_from: str
    quiet_until: str
    remind_days_before: int
    source: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        effective_from = self.effective_from.isoformat()

        id = self.id

        max_per_day = self.max_per_day

        max_per_week = self.max_per_week

        quiet_from = self.quiet_from

        quiet_until = self.quiet_until

        remind_days_before = self.remind_days_before

        source = self.source


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "effective_from": effective_from,
            "id": id,
            "max_per_day": max_per_day,
            "max_per_week": max_per_week,
            "quiet_from": quiet_from,
            "quiet_until": quiet_until,
            "remind_days_before": remind_days_before,
            "source": source,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        effective_from = datetime.date.fromisoformat(d.pop("effective_from"))




        id = d.pop("id")

        max_per_day = d.pop("max_per_day")

        max_per_week = d.pop("max_per_week")

        quiet_from = d.pop("quiet_from")

        quiet_until = d.pop("quiet_until")

        remind_days_before = d.pop("remind_days_before")

        source = d.pop("source")

        rule_read = cls(
            effective_from=effective_from,
            id=id,
            max_per_day=max_per_day,
            max_per_week=max_per_week,
            quiet_from=quiet_from,
            quiet_until=quiet_until,
            remind_days_before=remind_days_before,
            source=source,
        )


        rule_read.additional_properties = d
        return rule_read

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
