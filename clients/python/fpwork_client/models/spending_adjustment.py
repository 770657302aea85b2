from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast
import datetime






T = TypeVar("T", bound="SpendingAdjustment")



@_attrs_define
class SpendingAdjustment:
    """ 
        Attributes:
            adjusted_on (datetime.date):
            amount_fen (int): The signed difference, in fen (not zero)
            reason (str):
            evidence_file_id (int | None | Unset):
     """

    adjusted_on: datetime.date
    amount_fen: int
    reason: str
    evidence_file_id: int | None | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        adjusted_on = self.adjusted_on.isoformat()

        amount_fen = self.amount_fen

        reason = self.reason

        evidence_file_id: int | None | Unset
        if isinstance(self.evidence_file_id, Unset):
            evidence_file_id = UNSET
        else:
            evidence_file_id = self.evidence_file_id


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "adjusted_on": adjusted_on,
            "amount_fen": amount_fen,
            "reason": reason,
        })
        if evidence_file_id is not UNSET:
            field_dict["evidence_file_id"] = evidence_file_id

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        adjusted_on = datetime.date.fromisoformat(d.pop("adjusted_on"))




        amount_fen = d.pop("amount_fen")

        reason = d.pop("reason")

        def _parse_evidence_file_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        evidence_file_id = _parse_evidence_file_id(d.pop("evidence_file_id", UNSET))


        spending_adjustment = cls(
            adjusted_on=adjusted_on,
            amount_fen=amount_fen,
            reason=reason,
            evidence_file_id=evidence_file_id,
        )

        return spending_adjustment

