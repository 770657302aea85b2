from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset







T = TypeVar("T", bound="BankAccountBody")



@_attrs_define
class BankAccountBody:
    """ 
        Attributes:
            account_number (str):
            bank_name (str):
     """

    account_number: str
    bank_name: str





    def to_dict(self) -> dict[str, Any]:
        account_number = self.account_number

        bank_name = self.bank_name


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "account_number": account_number,
            "bank_name": bank_name,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        account_number = d.pop("account_number")

        bank_name = d.pop("bank_name")

        bank_account_body = cls(
            account_number=account_number,
            bank_name=bank_name,
        )

        return bank_account_body

