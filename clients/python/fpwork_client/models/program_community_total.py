from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset







T = TypeVar("T", bound="ProgramCommunityTotal")



@_attrs_define
class ProgramCommunityTotal:
    """ 
        Attributes:
            amount_fen (int):
            beneficiaries (int):
            community_id (int):
            period (str):
            program_id (int):
     """

    amount_fen: int
    beneficiaries: int
    community_id: int
    period: str
    program_id: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        amount_fen = self.amount_fen

        beneficiaries = self.beneficiaries

        community_id = self.community_id

        period = self.period

        program_id = self.program_id


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "amount_fen": amount_fen,
            "beneficiaries": beneficiaries,
            "community_id": community_id,
            "period": period,
            "program_id": program_id,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        amount_fen = d.pop("amount_fen")

        beneficiaries = d.pop("beneficiaries")

        community_id = d.pop("community_id")

        period = d.pop("period")

        program_id = d.pop("program_id")

        program_community_total = cls(
            amount_fen=amount_fen,
            beneficiaries=beneficiaries,
            community_id=community_id,
            period=period,
            program_id=program_id,
        )


        program_community_total.additional_properties = d
        return program_community_total

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
