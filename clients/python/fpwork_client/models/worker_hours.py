from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset







T = TypeVar("T", bound="WorkerHours")



@_attrs_define
class WorkerHours:
    """ 
        Attributes:
            hours (float):
            name (str):
            org_id (int):
            trainings (int):
            worker_id (int):
            year (int):
     """

    hours: float
    name: str
    org_id: int
    trainings: int
    worker_id: int
    year: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        hours = self.hours

        name = self.name

        org_id = self.org_id

        trainings = self.trainings

        worker_id = self.worker_id

        year = self.year


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "hours": hours,
            "name": name,
            "org_id": org_id,
            "trainings": trainings,
            "worker_id": worker_id,
            "year": year,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        hours = d.pop("hours")

        name = d.pop("name")

        org_id = d.pop("org_id")

        trainings = d.pop("trainings")

        worker_id = d.pop("worker_id")

        year = d.pop("year")

        worker_hours = cls(
            hours=hours,
            name=name,
            org_id=org_id,
            trainings=trainings,
            worker_id=worker_id,
            year=year,
        )


        worker_hours.additional_properties = d
        return worker_hours

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
