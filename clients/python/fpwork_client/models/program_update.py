from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="ProgramUpdate")



@_attrs_define
class ProgramUpdate:
    """ 
        Attributes:
            amount_fen (int | Unset):
            criteria_note (str | Unset):
            name (str | Unset):
            open_for_applications (bool | Unset):
            policy_year (int | Unset):
            required_materials (list[str] | Unset):
     """

    amount_fen: int | Unset = UNSET
    criteria_note: str | Unset = UNSET
    name: str | Unset = UNSET
    open_for_applications: bool | Unset = UNSET
    policy_year: int | Unset = UNSET
    required_materials: list[str] | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        amount_fen = self.amount_fen

        criteria_note = self.criteria_note

        name = self.name

        open_for_applications = self.open_for_applications

        policy_year = self.policy_year

        required_materials: list[str] | Unset = UNSET
        if not isinstance(self.required_materials, Unset):
            required_materials = self.required_materials




        field_dict: dict[str, Any] = {}

        field_dict.update({
        })
        if amount_fen is not UNSET:
            field_dict["amount_fen"] = amount_fen
        if criteria_note is not UNSET:
            field_dict["criteria_note"] = criteria_note
        if name is not UNSET:
            field_dict["name"] = name
        if open_for_applications is not UNSET:
            field_dict["open_for_applications"] = open_for_applications
        if policy_year is not UNSET:
            field_dict["policy_year"] = policy_year
        if required_materials is not UNSET:
            field_dict["required_materials"] = required_materials

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        amount_fen = d.pop("amount_fen", UNSET)

        criteria_note = d.pop("criteria_note", UNSET)

        name = d.pop("name", UNSET)

        open_for_applications = d.pop("open_for_applications", UNSET)

        policy_year = d.pop("policy_year", UNSET)

        required_materials = cast(list[str], d.pop("required_materials", UNSET))


        program_update = cls(
            amount_fen=amount_fen,
            criteria_note=criteria_note,
            name=name,
            open_for_applications=open_for_applications,
            policy_year=policy_year,
            required_materials=required_materials,
        )

        return program_update

