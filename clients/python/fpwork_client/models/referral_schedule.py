from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime






T = TypeVar("T", bound="ReferralSchedule")



@_attrs_define
class ReferralSchedule:
    """ 
        Attributes:
            scheduled_for (datetime.datetime): Appointment time, ISO 8601 with offset
     """

    scheduled_for: datetime.datetime





    def to_dict(self) -> dict[str, Any]:
        scheduled_for = self.scheduled_for.isoformat()


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "scheduled_for": scheduled_for,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        scheduled_for = datetime.datetime.fromisoformat(d.pop("scheduled_for"))




        referral_schedule = cls(
            scheduled_for=scheduled_for,
        )

        return referral_schedule

