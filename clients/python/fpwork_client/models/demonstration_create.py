from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.demonstration_theme import DemonstrationTheme
from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.criterion_in import CriterionIn





T = TypeVar("T", bound="DemonstrationCreate")



@_attrs_define
class DemonstrationCreate:
    """ The street names a community a candidate for a theme and year; the weights sum to 100.

        Attributes:
            criteria (list[CriterionIn]): Their weights sum to 100 (422 otherwise)
            org_id (int): The community
            theme (DemonstrationTheme):
            year (int):
            pass_score (int | Unset):  Default: 85.
     """

    criteria: list[CriterionIn]
    org_id: int
    theme: DemonstrationTheme
    year: int
    pass_score: int | Unset = 85





    def to_dict(self) -> dict[str, Any]:
        from ..models.criterion_in import CriterionIn # noqa: PLC0415
        criteria = []
        for criteria_item_data in self.criteria:
            criteria_item = criteria_item_data.to_dict()
            criteria.append(criteria_item)



        org_id = self.org_id

        theme = self.theme.value

        year = self.year

        pass_score = self.pass_score


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "criteria": criteria,
            "org_id": org_id,
            "theme": theme,
            "year": year,
        })
        if pass_score is not UNSET:
            field_dict["pass_score"] = pass_score

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.criterion_in import CriterionIn # noqa: PLC0415
        d = dict(src_dict)
        criteria = []
        _criteria = d.pop("criteria")
        for criteria_item_data in (_criteria):
            criteria_item = CriterionIn.from_dict(criteria_item_data)



            criteria.append(criteria_item)


        org_id = d.pop("org_id")

        theme = DemonstrationTheme(d.pop("theme"))




        year = d.pop("year")

        pass_score = d.pop("pass_score", UNSET)

        demonstration_create = cls(
            criteria=criteria,
            org_id=org_id,
            theme=theme,
            year=year,
            pass_score=pass_score,
        )

        return demonstration_create

