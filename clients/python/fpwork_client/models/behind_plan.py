from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.indicator_direction import IndicatorDirection
from ..models.indicator_unit import IndicatorUnit
from typing import cast






T = TypeVar("T", bound="BehindPlan")



@_attrs_define
class BehindPlan:
    """ An indicator of a signed book that missed its target over the year to the quarter's end.

        Attributes:
            actual (float):
            book_id (int):
            book_indicator_id (int):
            case_ids (list[int]): Accountability cases already opened for it this quarter
            direction (IndicatorDirection):
            indicator_code (str):
            name_en (str):
            name_zh (str):
            org_id (int):
            org_name (str):
            target (float):
            unit (IndicatorUnit):
            veto (bool):
     """

    actual: float
    book_id: int
    book_indicator_id: int
    case_ids: list[int]
    direction: IndicatorDirection
    indicator_code: str
    name_en: str
    name_zh: str
    org_id: int
    org_name: str
    target: float
    unit: IndicatorUnit
    veto: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        actual = self.actual

        book_id = self.book_id

        book_indicator_id = self.book_indicator_id

        case_ids = self.case_ids



        direction = self.direction.value

        indicator_code = self.indicator_code

        name_en = self.name_en

        name_zh = self.name_zh

        org_id = self.org_id

        org_name = self.org_name

        target = self.target

        unit = self.unit.value

        veto = self.veto


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "actual": actual,
            "book_id": book_id,
            "book_indicator_id": book_indicator_id,
            "case_ids": case_ids,
            "direction": direction,
            "indicator_code": indicator_code,
            "name_en": name_en,
            "name_zh": name_zh,
            "org_id": org_id,
            "org_name": org_name,
            "target": target,
            "unit": unit,
            "veto": veto,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        actual = d.pop("actual")

        book_id = d.pop("book_id")

        book_indicator_id = d.pop("book_indicator_id")

        case_ids = cast(list[int], d.pop("case_ids"))


        direction = IndicatorDirection(d.pop("direction"))




        indicator_code = d.pop("indicator_code")

        name_en = d.pop("name_en")

        name_zh = d.pop("name_zh")

        org_id = d.pop("org_id")

        org_name = d.pop("org_name")

        target = d.pop("target")

        unit = IndicatorUnit(d.pop("unit"))




        veto = d.pop("veto")

        behind_plan = cls(
            actual=actual,
            book_id=book_id,
            book_indicator_id=book_indicator_id,
            case_ids=case_ids,
            direction=direction,
            indicator_code=indicator_code,
            name_en=name_en,
            name_zh=name_zh,
            org_id=org_id,
            org_name=org_name,
            target=target,
            unit=unit,
            veto=veto,
        )


        behind_plan.additional_properties = d
        return behind_plan

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
