from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast






T = TypeVar("T", bound="KnowledgeStage")



@_attrs_define
class KnowledgeStage:
    """ 
        Attributes:
            correct_rate (float | None): In percent; null without a survey
            respondents (int):
            surveys (int):
     """

    correct_rate: float | None
    respondents: int
    surveys: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        correct_rate: float | None
        correct_rate = self.correct_rate

        respondents = self.respondents

        surveys = self.surveys


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "correct_rate": correct_rate,
            "respondents": respondents,
            "surveys": surveys,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_correct_rate(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        correct_rate = _parse_correct_rate(d.pop("correct_rate"))


        respondents = d.pop("respondents")

        surveys = d.pop("surveys")

        knowledge_stage = cls(
            correct_rate=correct_rate,
            respondents=respondents,
            surveys=surveys,
        )


        knowledge_stage.additional_properties = d
        return knowledge_stage

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
