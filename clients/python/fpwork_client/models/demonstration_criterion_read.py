from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast






T = TypeVar("T", bound="DemonstrationCriterionRead")



@_attrs_define
class DemonstrationCriterionRead:
    """ 
        Attributes:
            evidence_links (list[str]):
            id (int):
            position (int):
            self_score (int | None):
            street_score (int | None):
            title (str):
            weight (int):
     """

    evidence_links: list[str]
    id: int
    position: int
    self_score: int | None
    street_score: int | None
    title: str
    weight: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        evidence_links = self.evidence_links



        id = self.id

        position = self.position

        self_score: int | None
        self_score = self.self_score

        street_score: int | None
        street_score = self.street_score

        title = self.title

        weight = self.weight


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "evidence_links": evidence_links,
            "id": id,
            "position": position,
            "self_score": self_score,
            "street_score": street_score,
            "title": title,
            "weight": weight,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        evidence_links = cast(list[str], d.pop("evidence_links"))


        id = d.pop("id")

        position = d.pop("position")

        def _parse_self_score(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        self_score = _parse_self_score(d.pop("self_score"))


        def _parse_street_score(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        street_score = _parse_street_score(d.pop("street_score"))


        title = d.pop("title")

        weight = d.pop("weight")

        demonstration_criterion_read = cls(
            evidence_links=evidence_links,
            id=id,
            position=position,
            self_score=self_score,
            street_score=street_score,
            title=title,
            weight=weight,
        )


        demonstration_criterion_read.additional_properties = d
        return demonstration_criterion_read

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
