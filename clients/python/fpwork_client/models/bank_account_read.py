from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset







T = TypeVar("T", bound="BankAccountRead")



@_attrs_define
class BankAccountRead:
    """ 
        Attributes:
            account_number (str): Masked (6222********1234) unless revealed with pii:read (audited)
            bank_name (str):
            resident_id (int):
            version (int):
     """

    account_number: str
    bank_name: str
    resident_id: int
    version: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        account_number = self.account_number

        bank_name = self.bank_name

        resident_id = self.resident_id

        version = self.version


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "account_number": account_number,
            "bank_name": bank_name,
            "resident_id": resident_id,
            "version": version,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        account_number = d.pop("account_number")

        bank_name = d.pop("bank_name")

        resident_id = d.pop("resident_id")

        version = d.pop("version")

        bank_account_read = cls(
            account_number=account_number,
            bank_name=bank_name,
            resident_id=resident_id,
            version=version,
        )


        bank_account_read.additional_properties = d
        return bank_account_read

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
