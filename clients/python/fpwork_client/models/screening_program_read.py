from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.screening_program_read_population import ScreeningProgramReadPopulation





T = TypeVar("T", bound="ScreeningProgramRead")



@_attrs_define
class ScreeningProgramRead:
    """ 
        Attributes:
            created_at (datetime.datetime):
            id (int):
            kind (str): The screening kind's code (GET /screening-kinds)
            name (str):
            org_id (int):
            population (ScreeningProgramReadPopulation):
            updated_at (datetime.datetime):
            version (int):
            year (int):
     """

    created_at: datetime.datetime
    id: int
    kind: str
    name: str
    org_id: int
    population: ScreeningProgramReadPopulation
    updated_at: datetime.datetime
    version: int
    year: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.screening_program_read_population import ScreeningProgramReadPopulation # noqa: PLC0415
        created_at = self.created_at.isoformat()

        id = self.id

        kind = self.kind

        name = self.name

        org_id = self.org_id

        population = self.population.to_dict()

        updated_at = self.updated_at.isoformat()

        version = self.version

        year = self.year


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "created_at": created_at,
            "id": id,
            "kind": kind,
            "name": name,
            "org_id": org_id,
            "population": population,
            "updated_at": updated_at,
            "version": version,
            "year": year,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.screening_program_read_population import ScreeningProgramReadPopulation # noqa: PLC0415
        d = dict(src_dict)
        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))




        id = d.pop("id")

        kind = d.pop("kind")

        name = d.pop("name")

        org_id = d.pop("org_id")

        population = ScreeningProgramReadPopulation.from_dict(d.pop("population"))




        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))




        version = d.pop("version")

        year = d.pop("year")

        screening_program_read = cls(
            created_at=created_at,
            id=id,
            kind=kind,
            name=name,
            org_id=org_id,
            population=population,
            updated_at=updated_at,
            version=version,
            year=year,
        )


        screening_program_read.additional_properties = d
        return screening_program_read

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
