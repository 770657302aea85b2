from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset







T = TypeVar("T", bound="ReportedValue")



@_attrs_define
class ReportedValue:
    """ 
        Attributes:
            evidence (str):
            value (float):
     """

    evidence: str
    value: float





    def to_dict(self) -> dict[str, Any]:
        evidence = self.evidence

        value = self.value


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "evidence": evidence,
            "value": value,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        evidence = d.pop("evidence")

        value = d.pop("value")

        reported_value = cls(
            evidence=evidence,
            value=value,
        )

        return reported_value

