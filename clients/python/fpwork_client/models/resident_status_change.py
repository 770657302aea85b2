from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.resident_status_change_status import ResidentStatusChangeStatus
from typing import cast
import datetime






T = TypeVar("T", bound="ResidentStatusChange")



@_attrs_define
class ResidentStatusChange:
    """ 
        Attributes:
            effective_date (datetime.date): Between the resident's birth and today (422 otherwise)
            status (ResidentStatusChangeStatus):
     """

    effective_date: datetime.date
    status: ResidentStatusChangeStatus





    def to_dict(self) -> dict[str, Any]:
        effective_date = self.effective_date.isoformat()

        status = self.status.value


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "effective_date": effective_date,
            "status": status,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        effective_date = datetime.date.fromisoformat(d.pop("effective_date"))




        status = ResidentStatusChangeStatus(d.pop("status"))




        resident_status_change = cls(
            effective_date=effective_date,
            status=status,
        )

        return resident_status_change

