from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime






T = TypeVar("T", bound="AgreementCreate")



@_attrs_define
class AgreementCreate:
    """ 
        Attributes:
            commitments (list[str]):
            family_id (int):
            signed_on (datetime.date): Not in the future (422 otherwise)
            term_years (int):
     """

    commitments: list[str]
    family_id: int
    signed_on: datetime.date
    term_years: int





    def to_dict(self) -> dict[str, Any]:
        commitments = self.commitments



        family_id = self.family_id

        signed_on = self.signed_on.isoformat()

        term_years = self.term_years


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "commitments": commitments,
            "family_id": family_id,
            "signed_on": signed_on,
            "term_years": term_years,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        commitments = cast(list[str], d.pop("commitments"))


        family_id = d.pop("family_id")

        signed_on = datetime.date.fromisoformat(d.pop("signed_on"))




        term_years = d.pop("term_years")

        agreement_create = cls(
            commitments=commitments,
            family_id=family_id,
            signed_on=signed_on,
            term_years=term_years,
        )

        return agreement_create

