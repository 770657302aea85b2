from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast
import datetime






T = TypeVar("T", bound="TrainingCreate")



@_attrs_define
class TrainingCreate:
    """ 
        Attributes:
            held_on (datetime.date):
            hours (float):
            org_id (int): The org that holds the training
            title (str):
            partner_id (int | None | Unset):
            worker_ids (list[int] | Unset): Who attended
     """

    held_on: datetime.date
    hours: float
    org_id: int
    title: str
    partner_id: int | None | Unset = UNSET
    worker_ids: list[int] | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        held_on = self.held_on.isoformat()

        hours = self.hours

        org_id = self.org_id

        title = self.title

        partner_id: int | None | Unset
        if isinstance(self.partner_id, Unset):
            partner_id = UNSET
        else:
            partner_id = self.partner_id

        worker_ids: list[int] | Unset = UNSET
        if not isinstance(self.worker_ids, Unset):
            worker_ids = self.worker_ids




        field_dict: dict[str, Any] = {}

        field_dict.update({
            "held_on": held_on,
            "hours": hours,
            "org_id": org_id,
            "title": title,
        })
        if partner_id is not UNSET:
            field_dict["partner_id"] = partner_id
        if worker_ids is not UNSET:
            field_dict["worker_ids"] = worker_ids

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        held_on = datetime.date.fromisoformat(d.pop("held_on"))




        hours = d.pop("hours")

        org_id = d.pop("org_id")

        title = d.pop("title")

        def _parse_partner_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        partner_id = _parse_partner_id(d.pop("partner_id", UNSET))


        worker_ids = cast(list[int], d.pop("worker_ids", UNSET))


        training_create = cls(
            held_on=held_on,
            hours=hours,
            org_id=org_id,
            title=title,
            partner_id=partner_id,
            worker_ids=worker_ids,
        )

        return training_create

