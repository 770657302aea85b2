from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime






T = TypeVar("T", bound="SpendingCreate")



@_attrs_define
class SpendingCreate:
    """ 
        Attributes:
            amount_fen (int): In fen (1 yuan = 100 fen)
            evidence_file_id (int): The uploaded invoice or receipt (POST /evidence-files)
            line_id (int):
            payee (str):
            purpose (str):
            spent_on (datetime.date):
     """

    amount_fen: int
    evidence_file_id: int
    line_id: int
    payee: str
    purpose: str
    spent_on: datetime.date





    def to_dict(self) -> dict[str, Any]:
        amount_fen = self.amount_fen

        evidence_file_id = self.evidence_file_id

        line_id = self.line_id

        payee = self.payee

        purpose = self.purpose

        spent_on = self.spent_on.isoformat()


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "amount_fen": amount_fen,
            "evidence_file_id": evidence_file_id,
            "line_id": line_id,
            "payee": payee,
            "purpose": purpose,
            "spent_on": spent_on,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        amount_fen = d.pop("amount_fen")

        evidence_file_id = d.pop("evidence_file_id")

        line_id = d.pop("line_id")

        payee = d.pop("payee")

        purpose = d.pop("purpose")

        spent_on = datetime.date.fromisoformat(d.pop("spent_on"))




        spending_create = cls(
            amount_fen=amount_fen,
            evidence_file_id=evidence_file_id,
            line_id=line_id,
            payee=payee,
            purpose=purpose,
            spent_on=spent_on,
        )

        return spending_create

