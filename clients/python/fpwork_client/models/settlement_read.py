from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.settlement_kind import SettlementKind
from typing import cast
import datetime






T = TypeVar("T", bound="SettlementRead")



@_attrs_define
class SettlementRead:
    """ 
        Attributes:
            amount_fen (int):
            created_at (datetime.datetime):
            id (int):
            kind (SettlementKind):
            reason (None | str): A write-off's reason
            recorded_by (str):
            reference (None | str): A refund's reference (receipt or bank transfer number)
            settled_on (datetime.date):
     """

    amount_fen: int
    created_at: datetime.datetime
    id: int
    kind: SettlementKind
    reason: None | str
    recorded_by: str
    reference: None | str
    settled_on: datetime.date
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        amount_fen = self.amount_fen

        created_at = self.created_at.isoformat()

        id = self.id

        kind = self.kind.value

        reason: None | str
        reason = self.reason

        recorded_by = self.recorded_by

        reference: None | str
        reference = self.reference

        settled_on = self.settled_on.isoformat()


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "amount_fen": amount_fen,
            "created_at": created_at,
            "id": id,
            "kind": kind,
            "reason": reason,
            "recorded_by": recorded_by,
            "reference": reference,
            "settled_on": settled_on,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        amount_fen = d.pop("amount_fen")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))




        id = d.pop("id")

        kind = SettlementKind(d.pop("kind"))




        def _parse_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        reason = _parse_reason(d.pop("reason"))


        recorded_by = d.pop("recorded_by")

        def _parse_reference(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        reference = _parse_reference(d.pop("reference"))


        settled_on = datetime.date.fromisoformat(d.pop("settled_on"))




        settlement_read = cls(
            amount_fen=amount_fen,
            created_at=created_at,
            id=id,
            kind=kind,
            reason=reason,
            recorded_by=recorded_by,
            reference=reference,
            settled_on=settled_on,
        )


        settlement_read.additional_properties = d
        return settlement_read

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
