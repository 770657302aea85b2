from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.fulfilment_outcome import FulfilmentOutcome
from typing import cast
import datetime






T = TypeVar("T", bound="AgreementReviewRead")



@_attrs_define
class AgreementReviewRead:
    """ 
        Attributes:
            outcome (FulfilmentOutcome):
            reason (None | str):
            reviewed_on (datetime.date):
            year (int):
     """

    outcome: FulfilmentOutcome
    reason: None | str
    reviewed_on: datetime.date
    year: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        outcome = self.outcome.value

        reason: None | str
        reason = self.reason

        reviewed_on = self.reviewed_on.isoformat()

        year = self.year


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "outcome": outcome,
            "reason": reason,
            "reviewed_on": reviewed_on,
            "year": year,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        outcome = FulfilmentOutcome(d.pop("outcome"))




        def _parse_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        reason = _parse_reason(d.pop("reason"))


        reviewed_on = datetime.date.fromisoformat(d.pop("reviewed_on"))




        year = d.pop("year")

        agreement_review_read = cls(
            outcome=outcome,
            reason=reason,
            reviewed_on=reviewed_on,
            year=year,
        )


        agreement_review_read.additional_properties = d
        return agreement_review_read

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
