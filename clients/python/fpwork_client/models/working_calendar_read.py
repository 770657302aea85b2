from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.calendar_source import CalendarSource
from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.calendar_day_read import CalendarDayRead





T = TypeVar("T", bound="WorkingCalendarRead")



@_attrs_define
class WorkingCalendarRead:
    """ 
        Attributes:
            days (list[CalendarDayRead]): Exceptions to Monday-to-Friday, in date order
            loaded_at (datetime.datetime):
            source (CalendarSource):
            source_detail (str):
            year (int):
     """

    days: list[CalendarDayRead]
    loaded_at: datetime.datetime
    source: CalendarSource
    source_detail: str
    year: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.calendar_day_read import CalendarDayRead # noqa: PLC0415
        days = []
        for days_item_data in self.days:
            days_item = days_item_data.to_dict()
            days.append(days_item)



        loaded_at = self.loaded_at.isoformat()

        source = self.source.value

        source_detail = self.source_detail

        year = self.year


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "days": days,
            "loaded_at": loaded_at,
            "source": source,
            "source_detail": source_detail,
            "year": year,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.calendar_day_read import CalendarDayRead # noqa: PLC0415
        d = dict(src_dict)
        days = []
        _days = d.pop("days")
        for days_item_data in (_days):
            days_item = CalendarDayRead.from_dict(days_item_data)



            days.append(days_item)


        loaded_at = datetime.datetime.fromisoformat(d.pop("loaded_at"))




        source = CalendarSource(d.pop("source"))




        source_detail = d.pop("source_detail")

        year = d.pop("year")

        working_calendar_read = cls(
            days=days,
            loaded_at=loaded_at,
            source=source,
            source_detail=source_detail,
            year=year,
        )


        working_calendar_read.additional_properties = d
        return working_calendar_read

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
