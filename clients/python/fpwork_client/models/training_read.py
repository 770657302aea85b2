from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime






T = TypeVar("T", bound="TrainingRead")



@_attrs_define
class TrainingRead:
    """ 
        Attributes:
            held_on (datetime.date):
            hours (float):
            id (int):
            org_id (int):
            partner_id (int | None):
            title (str):
            version (int):
            worker_ids (list[int]):
     """

    held_on: datetime.date
    hours: float
    id: int
    org_id: int
    partner_id: int | None
    title: str
    version: int
    worker_ids: list[int]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        held_on = self.held_on.isoformat()

        hours = self.hours

        id = self.id

        org_id = self.org_id

        partner_id: int | None
        partner_id = self.partner_id

        title = self.title

        version = self.version

        worker_ids = self.worker_ids




        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "held_on": held_on,
            "hours": hours,
            "id": id,
            "org_id": org_id,
            "partner_id": partner_id,
            "title": title,
            "version": version,
            "worker_ids": worker_ids,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        held_on = datetime.date.fromisoformat(d.pop("held_on"))




        hours = d.pop("hours")

        id = d.pop("id")

        org_id = d.pop("org_id")

        def _parse_partner_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        partner_id = _parse_partner_id(d.pop("partner_id"))


        title = d.pop("title")

        version = d.pop("version")

        worker_ids = cast(list[int], d.pop("worker_ids"))


        training_read = cls(
            held_on=held_on,
            hours=hours,
            id=id,
            org_id=org_id,
            partner_id=partner_id,
            title=title,
            version=version,
            worker_ids=worker_ids,
        )


        training_read.additional_properties = d
        return training_read

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
