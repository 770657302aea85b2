from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.fulfilment_outcome import FulfilmentOutcome
from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="AgreementReview")



@_attrs_define
class AgreementReview:
    """ 
        Attributes:
            outcome (FulfilmentOutcome):
            year (int):
            reason (None | str | Unset): Required when broken
     """

    outcome: FulfilmentOutcome
    year: int
    reason: None | str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        outcome = self.outcome.value

        year = self.year

        reason: None | str | Unset
        if isinstance(self.reason, Unset):
            reason = UNSET
        else:
            reason = self.reason


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "outcome": outcome,
            "year": year,
        })
        if reason is not UNSET:
            field_dict["reason"] = reason

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        outcome = FulfilmentOutcome(d.pop("outcome"))




        year = d.pop("year")

        def _parse_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reason = _parse_reason(d.pop("reason", UNSET))


        agreement_review = cls(
            outcome=outcome,
            year=year,
            reason=reason,
        )

        return agreement_review

