from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.screening_kind_read_population import ScreeningKindReadPopulation





T = TypeVar("T", bound="ScreeningKindRead")



@_attrs_define
class ScreeningKindRead:
    """ A kind of screening program (筛查项目类别).

        Attributes:
            code (str):
            effective_from (datetime.date): A program's year must end on or after this day
            effective_to (datetime.date | None): A program's year must start on or before this day
            in_force (bool): In force today (Beijing date)
            name_en (str):
            name_zh (str):
            population (ScreeningKindReadPopulation): The target population the kind's source document sets (same shape as a
                program's population): a suggestion to copy into POST /screening-programs; a program created without one screens
                anyone, as before
            source (str): The document the kind and its population follow
     """

    code: str
    effective_from: datetime.date
    effective_to: datetime.date | None
    in_force: bool
    name_en: str
    name_zh: str
    population: ScreeningKindReadPopulation
    source: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.screening_kind_read_population import ScreeningKindReadPopulation # noqa: PLC0415
        code = self.code

        effective_from = self.effective_from.isoformat()

        effective_to: None | str
        if isinstance(self.effective_to, datetime.date):
            effective_to = self.effective_to.isoformat()
        else:
            effective_to = self.effective_to

        in_force = self.in_force

        name_en = self.name_en

        name_zh = self.name_zh

        population = self.population.to_dict()

        source = self.source


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "code": code,
            "effective_from": effective_from,
            "effective_to": effective_to,
            "in_force": in_force,
            "name_en": name_en,
            "name_zh": name_zh,
            "population": population,
            "source": source,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.screening_kind_read_population import ScreeningKindReadPopulation # noqa: PLC0415
        d = dict(src_dict)
        code = d.pop("code")

        effective_from = datetime.date.fromisoformat(d.pop("effective_from"))




        def _parse_effective_to(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                effective_to_type_0 = datetime.date.fromisoformat(data)



                return effective_to_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        effective_to = _parse_effective_to(d.pop("effective_to"))


        in_force = d.pop("in_force")

        name_en = d.pop("name_en")

        name_zh = d.pop("name_zh")

        population = ScreeningKindReadPopulation.from_dict(d.pop("population"))




        source = d.pop("source")

        screening_kind_read = cls(
            code=code,
            effective_from=effective_from,
            effective_to=effective_to,
            in_force=in_force,
            name_en=name_en,
            name_zh=name_zh,
            population=population,
            source=source,
        )


        screening_kind_read.additional_properties = d
        return screening_kind_read

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
