from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset







T = TypeVar("T", bound="CareProjectCreate")



@_attrs_define
class CareProjectCreate:
    """ 
        Attributes:
            aim (str):
            beneficiaries (str): Who the project is for
            beneficiary_target (int): How many it means to reach
            budget_fen (int): The budget, in fen
            name (str):
            org_id (int): The street or community that runs the project
            year (int):
     """

    aim: str
    beneficiaries: str
    beneficiary_target: int
    budget_fen: int
    name: str
    org_id: int
    year: int





    def to_dict(self) -> dict[str, Any]:
        aim = self.aim

        beneficiaries = self.beneficiaries

        beneficiary_target = self.beneficiary_target

        budget_fen = self.budget_fen

        name = self.name

        org_id = self.org_id

        year = self.year


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "aim": aim,
            "beneficiaries": beneficiaries,
            "beneficiary_target": beneficiary_target,
            "budget_fen": budget_fen,
            "name": name,
            "org_id": org_id,
            "year": year,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        aim = d.pop("aim")

        beneficiaries = d.pop("beneficiaries")

        beneficiary_target = d.pop("beneficiary_target")

        budget_fen = d.pop("budget_fen")

        name = d.pop("name")

        org_id = d.pop("org_id")

        year = d.pop("year")

        care_project_create = cls(
            aim=aim,
            beneficiaries=beneficiaries,
            beneficiary_target=beneficiary_target,
            budget_fen=budget_fen,
            name=name,
            org_id=org_id,
            year=year,
        )

        return care_project_create

