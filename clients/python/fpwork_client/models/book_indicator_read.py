from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast






T = TypeVar("T", bound="BookIndicatorRead")



@_attrs_define
class BookIndicatorRead:
    """ 
        Attributes:
            evidence (None | str):
            id (int):
            indicator_code (str):
            indicator_id (int):
            name_zh (str):
            position (int):
            reported_value (float | None):
            target (float):
            veto (bool):
            weight (float):
     """

    evidence: None | str
    id: int
    indicator_code: str
    indicator_id: int
    name_zh: str
    position: int
    reported_value: float | None
    target: float
    veto: bool
    weight: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        evidence: None | str
        evidence = self.evidence

        id = self.id

        indicator_code = self.indicator_code

        indicator_id = self.indicator_id

        name_zh = self.name_zh

        position = self.position

        reported_value: float | None
        reported_value = self.reported_value

        target = self.target

        veto = self.veto

        weight = self.weight


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "evidence": evidence,
            "id": id,
            "indicator_code": indicator_code,
            "indicator_id": indicator_id,
            "name_zh": name_zh,
            "position": position,
            "reported_value": reported_value,
            "target": target,
            "veto": veto,
            "weight": weight,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_evidence(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        evidence = _parse_evidence(d.pop("evidence"))


        id = d.pop("id")

        indicator_code = d.pop("indicator_code")

        indicator_id = d.pop("indicator_id")

        name_zh = d.pop("name_zh")

        position = d.pop("position")

        def _parse_reported_value(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        reported_value = _parse_reported_value(d.pop("reported_value"))


        target = d.pop("target")

        veto = d.pop("veto")

        weight = d.pop("weight")

        book_indicator_read = cls(
            evidence=evidence,
            id=id,
            indicator_code=indicator_code,
            indicator_id=indicator_id,
            name_zh=name_zh,
            position=position,
            reported_value=reported_value,
            target=target,
            veto=veto,
            weight=weight,
        )


        book_indicator_read.additional_properties = d
        return book_indicator_read

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
