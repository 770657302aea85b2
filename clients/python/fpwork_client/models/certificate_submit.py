from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime






T = TypeVar("T", bound="CertificateSubmit")



@_attrs_define
class CertificateSubmit:
    """ 
        Attributes:
            issued_on (datetime.date): Not in the future (422 otherwise)
            issuer (str): Issuing place (户籍地 office)
            number (str):
     """

    issued_on: datetime.date
    issuer: str
    number: str





    def to_dict(self) -> dict[str, Any]:
        issued_on = self.issued_on.isoformat()

        issuer = self.issuer

        number = self.number


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "issued_on": issued_on,
            "issuer": issuer,
            "number": number,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        issued_on = datetime.date.fromisoformat(d.pop("issued_on"))




        issuer = d.pop("issuer")

        number = d.pop("number")

        certificate_submit = cls(
            issued_on=issued_on,
            issuer=issuer,
            number=number,
        )

        return certificate_submit

