from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast






T = TypeVar("T", bound="ServiceStatisticsRow")



@_attrs_define
class ServiceStatisticsRow:
    """ 
        Attributes:
            completed (int):
            completed_on_time (int):
            count (int): Requests submitted in the period
            median_working_days (float | None): Median working days, submission to completion
            on_time_rate (float | None): completed on or before the due date / completed
            open_overdue (int):
            org_id (int):
            org_name (str):
            service_type (str):
     """

    completed: int
    completed_on_time: int
    count: int
    median_working_days: float | None
    on_time_rate: float | None
    open_overdue: int
    org_id: int
    org_name: str
    service_type: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        completed = self.completed

        completed_on_time = self.completed_on_time

        count = self.count

        median_working_days: float | None
        median_working_days = self.median_working_days

        on_time_rate: float | None
        on_time_rate = self.on_time_rate

        open_overdue = self.open_overdue

        org_id = self.org_id

        org_name = self.org_name

        service_type = self.service_type


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "completed": completed,
            "completed_on_time": completed_on_time,
            "count": count,
            "median_working_days": median_working_days,
            "on_time_rate": on_time_rate,
            "open_overdue": open_overdue,
            "org_id": org_id,
            "org_name": org_name,
            "service_type": service_type,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        completed = d.pop("completed")

        completed_on_time = d.pop("completed_on_time")

        count = d.pop("count")

        def _parse_median_working_days(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        median_working_days = _parse_median_working_days(d.pop("median_working_days"))


        def _parse_on_time_rate(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        on_time_rate = _parse_on_time_rate(d.pop("on_time_rate"))


        open_overdue = d.pop("open_overdue")

        org_id = d.pop("org_id")

        org_name = d.pop("org_name")

        service_type = d.pop("service_type")

        service_statistics_row = cls(
            completed=completed,
            completed_on_time=completed_on_time,
            count=count,
            median_working_days=median_working_days,
            on_time_rate=on_time_rate,
            open_overdue=open_overdue,
            org_id=org_id,
            org_name=org_name,
            service_type=service_type,
        )


        service_statistics_row.additional_properties = d
        return service_statistics_row

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
