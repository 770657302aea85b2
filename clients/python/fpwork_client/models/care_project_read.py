from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.care_project_status import CareProjectStatus
from typing import cast
import datetime






T = TypeVar("T", bound="CareProjectRead")



@_attrs_define
class CareProjectRead:
    """ 
        Attributes:
            activities_held (int): Activities linked to the project
            aim (str):
            beneficiaries (str):
            beneficiaries_reached (int): Care cases linked to the project
            beneficiary_target (int):
            budget_fen (int):
            completed_on (datetime.date | None):
            id (int):
            name (str):
            org_id (int):
            results (None | str):
            spent_fen (int): Assistance given on the project's cases, in fen
            status (CareProjectStatus):
            version (int):
            year (int):
     """

    activities_held: int
    aim: str
    beneficiaries: str
    beneficiaries_reached: int
    beneficiary_target: int
    budget_fen: int
    completed_on: datetime.date | None
    id: int
    name: str
    org_id: int
    results: None | str
    spent_fen: int
    status: CareProjectStatus
    version: int
    year: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        activities_held = self.activities_held

        aim = self.aim

        beneficiaries = self.beneficiaries

        beneficiaries_reached = self.beneficiaries_reached

        beneficiary_target = self.beneficiary_target

        budget_fen = self.budget_fen

        completed_on: None | str
        if isinstance(self.completed_on, datetime.date):
            completed_on = self.completed_on.isoformat()
        else:
            completed_on = self.completed_on

        id = self.id

        name = self.name

        org_id = self.org_id

        results: None | str
        results = self.results

        spent_fen = self.spent_fen

        status = self.status.value

        version = self.version

        year = self.year


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "activities_held": activities_held,
            "aim": aim,
            "beneficiaries": beneficiaries,
            "beneficiaries_reached": beneficiaries_reached,
            "beneficiary_target": beneficiary_target,
            "budget_fen": budget_fen,
            "completed_on": completed_on,
            "id": id,
            "name": name,
            "org_id": org_id,
            "results": results,
            "spent_fen": spent_fen,
            "status": status,
            "version": version,
            "year": year,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        activities_held = d.pop("activities_held")

        aim = d.pop("aim")

        beneficiaries = d.pop("beneficiaries")

        beneficiaries_reached = d.pop("beneficiaries_reached")

        beneficiary_target = d.pop("beneficiary_target")

        budget_fen = d.pop("budget_fen")

        def _parse_completed_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                completed_on_type_0 = datetime.date.fromisoformat(data)



                return completed_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        completed_on = _parse_completed_on(d.pop("completed_on"))


        id = d.pop("id")

        name = d.pop("name")

        org_id = d.pop("org_id")

        def _parse_results(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        results = _parse_results(d.pop("results"))


        spent_fen = d.pop("spent_fen")

        status = CareProjectStatus(d.pop("status"))




        version = d.pop("version")

        year = d.pop("year")

        care_project_read = cls(
            activities_held=activities_held,
            aim=aim,
            beneficiaries=beneficiaries,
            beneficiaries_reached=beneficiaries_reached,
            beneficiary_target=beneficiary_target,
            budget_fen=budget_fen,
            completed_on=completed_on,
            id=id,
            name=name,
            org_id=org_id,
            results=results,
            spent_fen=spent_fen,
            status=status,
            version=version,
            year=year,
        )


        care_project_read.additional_properties = d
        return care_project_read

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
