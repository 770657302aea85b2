from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast






T = TypeVar("T", bound="ImportOverride")



@_attrs_define
class ImportOverride:
    """ 
        Attributes:
            beneficiary_id (int):
            codes (list[str]): The refusals overridden (benefit_import_refusal)
            override_reason (str):
            reasons (list[str]):
            row (int):
     """

    beneficiary_id: int
    codes: list[str]
    override_reason: str
    reasons: list[str]
    row: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        beneficiary_id = self.beneficiary_id

        codes = self.codes



        override_reason = self.override_reason

        reasons = self.reasons



        row = self.row


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "beneficiary_id": beneficiary_id,
            "codes": codes,
            "override_reason": override_reason,
            "reasons": reasons,
            "row": row,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        beneficiary_id = d.pop("beneficiary_id")

        codes = cast(list[str], d.pop("codes"))


        override_reason = d.pop("override_reason")

        reasons = cast(list[str], d.pop("reasons"))


        row = d.pop("row")

        import_override = cls(
            beneficiary_id=beneficiary_id,
            codes=codes,
            override_reason=override_reason,
            reasons=reasons,
            row=row,
        )


        import_override.additional_properties = d
        return import_override

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
