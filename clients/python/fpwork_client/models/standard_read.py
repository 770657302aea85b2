from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime






T = TypeVar("T", bound="StandardRead")



@_attrs_define
class StandardRead:
    """ 
        Attributes:
            amount_fen (int):
            basis_document (str):
            created_at (datetime.datetime):
            created_by (str):
            effective_from (datetime.date):
            id (int):
            program_id (int):
     """

    amount_fen: int
    basis_document: str
    created_at: datetime.datetime
    created_by: str
    effective_from: datetime.date
    id: int
    program_id: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        amount_fen = self.amount_fen

        basis_document = self.basis_document

        created_at = self.created_at.isoformat()

        created_by = self.created_by

        effective_from = self.effective_from.isoformat()

        id = self.id

        program_id = self.program_id


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "amount_fen": amount_fen,
            "basis_document": basis_document,
            "created_at": created_at,
            "created_by": created_by,
            "effective_from": effective_from,
            "id": id,
            "program_id": program_id,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        amount_fen = d.pop("amount_fen")

        basis_document = d.pop("basis_document")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))




        created_by = d.pop("created_by")

        effective_from = datetime.date.fromisoformat(d.pop("effective_from"))




        id = d.pop("id")

        program_id = d.pop("program_id")

        standard_read = cls(
            amount_fen=amount_fen,
            basis_document=basis_document,
            created_at=created_at,
            created_by=created_by,
            effective_from=effective_from,
            id=id,
            program_id=program_id,
        )


        standard_read.additional_properties = d
        return standard_read

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
