from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.calendar_day_in import CalendarDayIn





T = TypeVar("T", bound="WorkingCalendarPut")



@_attrs_define
class WorkingCalendarPut:
    """ A year's whole arrangement: every day off (法定节假日) and every weekend day worked (调休上班).

        Attributes:
            holidays (list[CalendarDayIn]):
            workdays (list[CalendarDayIn] | Unset):
     """

    holidays: list[CalendarDayIn]
    workdays: list[CalendarDayIn] | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        from ..models.calendar_day_in import CalendarDayIn # noqa: PLC0415
        holidays = []
        for holidays_item_data in self.holidays:
            holidays_item = holidays_item_data.to_dict()
            holidays.append(holidays_item)



        workdays: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.workdays, Unset):
            workdays = []
            for workdays_item_data in self.workdays:
                workdays_item = workdays_item_data.to_dict()
                workdays.append(workdays_item)




        field_dict: dict[str, Any] = {}

        field_dict.update({
            "holidays": holidays,
        })
        if workdays is not UNSET:
            field_dict["workdays"] = workdays

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.calendar_day_in import CalendarDayIn # noqa: PLC0415
        d = dict(src_dict)
        holidays = []
        _holidays = d.pop("holidays")
        for holidays_item_data in (_holidays):
            holidays_item = CalendarDayIn.from_dict(holidays_item_data)



            holidays.append(holidays_item)


        _workdays = d.pop("workdays", UNSET)
        workdays: list[CalendarDayIn] | Unset = UNSET
        if _workdays is not UNSET:
            workdays = []
            for workdays_item_data in _workdays:
                workdays_item = CalendarDayIn.from_dict(workdays_item_data)



                workdays.append(workdays_item)


        working_calendar_put = cls(
            holidays=holidays,
            workdays=workdays,
        )

        return working_calendar_put

