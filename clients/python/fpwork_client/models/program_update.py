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
            amount_fen (int | None | Unset):
            criteria_note (None | str | Unset):
            name (None | str | Unset):
            open_for_applications (bool | None | Unset):
            policy_year (int | None | Unset):
            required_materials (list[str] | None | Unset):
     """

    amount_fen: int | None | Unset = UNSET
    criteria_note: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    open_for_applications: bool | None | Unset = UNSET
    policy_year: int | None | Unset = UNSET
    required_materials: list[str] | None | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        amount_fen: int | None | Unset
        if isinstance(self.amount_fen, Unset):
            amount_fen = UNSET
        else:
            amount_fen = self.amount_fen

        criteria_note: None | str | Unset
        if isinstance(self.criteria_note, Unset):
            criteria_note = UNSET
        else:
            criteria_note = self.criteria_note

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        open_for_applications: bool | None | Unset
        if isinstance(self.open_for_applications, Unset):
            open_for_applications = UNSET
        else:
            open_for_applications = self.open_for_applications

        policy_year: int | None | Unset
        if isinstance(self.policy_year, Unset):
            policy_year = UNSET
        else:
            policy_year = self.policy_year

        required_materials: list[str] | None | Unset
        if isinstance(self.required_materials, Unset):
            required_materials = UNSET
        elif isinstance(self.required_materials, list):
            required_materials = self.required_materials


        else:
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
        def _parse_amount_fen(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        amount_fen = _parse_amount_fen(d.pop("amount_fen", UNSET))


        def _parse_criteria_note(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        criteria_note = _parse_criteria_note(d.pop("criteria_note", UNSET))


        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))


        def _parse_open_for_applications(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        open_for_applications = _parse_open_for_applications(d.pop("open_for_applications", UNSET))


        def _parse_policy_year(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        policy_year = _parse_policy_year(d.pop("policy_year", UNSET))


        def _parse_required_materials(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                required_materials_type_0 = cast(list[str], data)

                return required_materials_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        required_materials = _parse_required_materials(d.pop("required_materials", UNSET))


        program_update = cls(
            amount_fen=amount_fen,
            criteria_note=criteria_note,
            name=name,
            open_for_applications=open_for_applications,
            policy_year=policy_year,
            required_materials=required_materials,
        )

        return program_update

