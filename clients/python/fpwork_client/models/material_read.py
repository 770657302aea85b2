from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.material_alternative import MaterialAlternative





T = TypeVar("T", bound="MaterialRead")



@_attrs_define
class MaterialRead:
    """ 
        Attributes:
            alternatives (list[MaterialAlternative]):
            code (str):
            commitment_allowed (bool):
            mandatory (bool):
            name (str):
            name_en (None | str):
     """

    alternatives: list[MaterialAlternative]
    code: str
    commitment_allowed: bool
    mandatory: bool
    name: str
    name_en: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.material_alternative import MaterialAlternative # noqa: PLC0415
        alternatives = []
        for alternatives_item_data in self.alternatives:
            alternatives_item = alternatives_item_data.to_dict()
            alternatives.append(alternatives_item)



        code = self.code

        commitment_allowed = self.commitment_allowed

        mandatory = self.mandatory

        name = self.name

        name_en: None | str
        name_en = self.name_en


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "alternatives": alternatives,
            "code": code,
            "commitment_allowed": commitment_allowed,
            "mandatory": mandatory,
            "name": name,
            "name_en": name_en,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.material_alternative import MaterialAlternative # noqa: PLC0415
        d = dict(src_dict)
        alternatives = []
        _alternatives = d.pop("alternatives")
        for alternatives_item_data in (_alternatives):
            alternatives_item = MaterialAlternative.from_dict(alternatives_item_data)



            alternatives.append(alternatives_item)


        code = d.pop("code")

        commitment_allowed = d.pop("commitment_allowed")

        mandatory = d.pop("mandatory")

        name = d.pop("name")

        def _parse_name_en(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        name_en = _parse_name_en(d.pop("name_en"))


        material_read = cls(
            alternatives=alternatives,
            code=code,
            commitment_allowed=commitment_allowed,
            mandatory=mandatory,
            name=name,
            name_en=name_en,
        )


        material_read.additional_properties = d
        return material_read

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
