from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.target_create import TargetCreate
  from ..models.target_population import TargetPopulation





T = TypeVar("T", bound="ProgramCreate")



@_attrs_define
class ProgramCreate:
    """ 
        Attributes:
            kind (str): A screening kind's code: GET /screening-kinds lists them (with zh-CN and en names), and /meta/enums
                under screening_kind. Today: pre_pregnancy_check, reproductive_health_census, migrant_youth_health,
                prenatal_screening; the street may be given more without a new release
            name (str):
            year (int):
            org_id (int | None | Unset): The org running it; default the caller's
            population (TargetPopulation | Unset): Who a program is for; a screening of anyone else is refused and does not
                count.
            targets (list[TargetCreate] | Unset): Typed targets; without one an org's target is its number of eligible
                residents
     """

    kind: str
    name: str
    year: int
    org_id: int | None | Unset = UNSET
    population: TargetPopulation | Unset = UNSET
    targets: list[TargetCreate] | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        from ..models.target_create import TargetCreate # noqa: PLC0415
        from ..models.target_population import TargetPopulation # noqa: PLC0415
        kind = self.kind

        name = self.name

        year = self.year

        org_id: int | None | Unset
        if isinstance(self.org_id, Unset):
            org_id = UNSET
        else:
            org_id = self.org_id

        population: dict[str, Any] | Unset = UNSET
        if not isinstance(self.population, Unset):
            population = self.population.to_dict()

        targets: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.targets, Unset):
            targets = []
            for targets_item_data in self.targets:
                targets_item = targets_item_data.to_dict()
                targets.append(targets_item)




        field_dict: dict[str, Any] = {}

        field_dict.update({
            "kind": kind,
            "name": name,
            "year": year,
        })
        if org_id is not UNSET:
            field_dict["org_id"] = org_id
        if population is not UNSET:
            field_dict["population"] = population
        if targets is not UNSET:
            field_dict["targets"] = targets

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.target_create import TargetCreate # noqa: PLC0415
        from ..models.target_population import TargetPopulation # noqa: PLC0415
        d = dict(src_dict)
        kind = d.pop("kind")

        name = d.pop("name")

        year = d.pop("year")

        def _parse_org_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        org_id = _parse_org_id(d.pop("org_id", UNSET))


        _population = d.pop("population", UNSET)
        population: TargetPopulation | Unset
        if isinstance(_population,  Unset):
            population = UNSET
        else:
            population = TargetPopulation.from_dict(_population)




        _targets = d.pop("targets", UNSET)
        targets: list[TargetCreate] | Unset = UNSET
        if _targets is not UNSET:
            targets = []
            for targets_item_data in _targets:
                targets_item = TargetCreate.from_dict(targets_item_data)



                targets.append(targets_item)


        program_create = cls(
            kind=kind,
            name=name,
            year=year,
            org_id=org_id,
            population=population,
            targets=targets,
        )

        return program_create

