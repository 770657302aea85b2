from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.eligibility_rule import EligibilityRule
from ..models.program_basis import ProgramBasis
from ..models.program_payer import ProgramPayer
from ..models.program_period import ProgramPeriod
from typing import cast

if TYPE_CHECKING:
  from ..models.benefit_program_read_criteria import BenefitProgramReadCriteria





T = TypeVar("T", bound="BenefitProgramRead")



@_attrs_define
class BenefitProgramRead:
    """ 
        Attributes:
            amount_fen (int): The standard in force today, per period, in fen (分)
            basis (ProgramBasis):
            code (str):
            criteria (BenefitProgramReadCriteria): The program's own criteria as data (street programs)
            criteria_note (str):
            exclusive_group (None | str):
            id (int):
            name (str):
            national_floor_fen (int | None): National programs never pay below this (per period)
            open_for_applications (bool):
            owner_org_id (int):
            payer (ProgramPayer): Who pays: ``unit`` means the parents' employer where they have one, else the street.
            period (ProgramPeriod):
            policy_year (int):
            required_materials (list[str]):
            rule (EligibilityRule): The rule set a program's eligibility check applies (the program's code names its data).
            version (int):
     """

    amount_fen: int
    basis: ProgramBasis
    code: str
    criteria: BenefitProgramReadCriteria
    criteria_note: str
    exclusive_group: None | str
    id: int
    name: str
    national_floor_fen: int | None
    open_for_applications: bool
    owner_org_id: int
    payer: ProgramPayer
    period: ProgramPeriod
    policy_year: int
    required_materials: list[str]
    rule: EligibilityRule
    version: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.benefit_program_read_criteria import BenefitProgramReadCriteria # noqa: PLC0415
        amount_fen = self.amount_fen

        basis = self.basis.value

        code = self.code

        criteria = self.criteria.to_dict()

        criteria_note = self.criteria_note

        exclusive_group: None | str
        exclusive_group = self.exclusive_group

        id = self.id

        name = self.name

        national_floor_fen: int | None
        national_floor_fen = self.national_floor_fen

        open_for_applications = self.open_for_applications

        owner_org_id = self.owner_org_id

        payer = self.payer.value

        period = self.period.value

        policy_year = self.policy_year

        required_materials = self.required_materials



        rule = self.rule.value

        version = self.version


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "amount_fen": amount_fen,
            "basis": basis,
            "code": code,
            "criteria": criteria,
            "criteria_note": criteria_note,
            "exclusive_group": exclusive_group,
            "id": id,
            "name": name,
            "national_floor_fen": national_floor_fen,
            "open_for_applications": open_for_applications,
            "owner_org_id": owner_org_id,
            "payer": payer,
            "period": period,
            "policy_year": policy_year,
            "required_materials": required_materials,
            "rule": rule,
            "version": version,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.benefit_program_read_criteria import BenefitProgramReadCriteria # noqa: PLC0415
        d = dict(src_dict)
        amount_fen = d.pop("amount_fen")

        basis = ProgramBasis(d.pop("basis"))




        code = d.pop("code")

        criteria = BenefitProgramReadCriteria.from_dict(d.pop("criteria"))




        criteria_note = d.pop("criteria_note")

        def _parse_exclusive_group(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        exclusive_group = _parse_exclusive_group(d.pop("exclusive_group"))


        id = d.pop("id")

        name = d.pop("name")

        def _parse_national_floor_fen(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        national_floor_fen = _parse_national_floor_fen(d.pop("national_floor_fen"))


        open_for_applications = d.pop("open_for_applications")

        owner_org_id = d.pop("owner_org_id")

        payer = ProgramPayer(d.pop("payer"))




        period = ProgramPeriod(d.pop("period"))




        policy_year = d.pop("policy_year")

        required_materials = cast(list[str], d.pop("required_materials"))


        rule = EligibilityRule(d.pop("rule"))




        version = d.pop("version")

        benefit_program_read = cls(
            amount_fen=amount_fen,
            basis=basis,
            code=code,
            criteria=criteria,
            criteria_note=criteria_note,
            exclusive_group=exclusive_group,
            id=id,
            name=name,
            national_floor_fen=national_floor_fen,
            open_for_applications=open_for_applications,
            owner_org_id=owner_org_id,
            payer=payer,
            period=period,
            policy_year=policy_year,
            required_materials=required_materials,
            rule=rule,
            version=version,
        )


        benefit_program_read.additional_properties = d
        return benefit_program_read

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
