from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime






T = TypeVar("T", bound="InstitutionRepeal")



@_attrs_define
class InstitutionRepeal:
    """ 
        Attributes:
            reason (str):
            repealed_on (datetime.date):
     """

    reason: str
    repealed_on: datetime.date





    def to_dict(self) -> dict[str, Any]:
        reason = self.reason

        repealed_on = self.repealed_on.isoformat()


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "reason": reason,
            "repealed_on": repealed_on,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        reason = d.pop("reason")

        repealed_on = datetime.date.fromisoformat(d.pop("repealed_on"))




        institution_repeal = cls(
            reason=reason,
            repealed_on=repealed_on,
        )

        return institution_repeal

