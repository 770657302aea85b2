from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset






T = TypeVar("T", bound="StandardCreate")



@_attrs_define
class StandardCreate:
    """ 
        Attributes:
            amount_fen (int): Per period of the program, in fen
            effective_from (str):
            basis_document (str | Unset): The notice that set the standard Default: ''.
     """

    amount_fen: int
    effective_from: str
    basis_document: str | Unset = ''





    def to_dict(self) -> dict[str, Any]:
        amount_fen = self.amount_fen

        effective_from = self.effective_from

        basis_document = self.basis_document


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "amount_fen": amount_fen,
            "effective_from": effective_from,
        })
        if basis_document is not UNSET:
            field_dict["basis_document"] = basis_document

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        amount_fen = d.pop("amount_fen")

        effective_from = d.pop("effective_from")

        basis_document = d.pop("basis_document", UNSET)

        standard_create = cls(
            amount_fen=amount_fen,
            effective_from=effective_from,
            basis_document=basis_document,
        )

        return standard_create

