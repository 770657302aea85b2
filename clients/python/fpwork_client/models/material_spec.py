from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.material_alternative import MaterialAlternative





T = TypeVar("T", bound="MaterialSpec")



@_attrs_define
class MaterialSpec:
    """ 
        Attributes:
            code (str):
            name (str):
            alternatives (list[MaterialAlternative] | Unset):
            commitment_allowed (bool | Unset): A signed commitment (告知承诺) may stand in Default: False.
            mandatory (bool | Unset):  Default: True.
            name_en (None | str | Unset):
     """

    code: str
    name: str
    alternatives: list[MaterialAlternative] | Unset = UNSET
    commitment_allowed: bool | Unset = False
    mandatory: bool | Unset = True
    name_en: None | str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        from ..models.material_alternative import MaterialAlternative # noqa: PLC0415
        code = self.code

        name = self.name

        alternatives: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.alternatives, Unset):
            alternatives = []
            for alternatives_item_data in self.alternatives:
                alternatives_item = alternatives_item_data.to_dict()
                alternatives.append(alternatives_item)



        commitment_allowed = self.commitment_allowed

        mandatory = self.mandatory

        name_en: None | str | Unset
        if isinstance(self.name_en, Unset):
            name_en = UNSET
        else:
            name_en = self.name_en


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "code": code,
            "name": name,
        })
        if alternatives is not UNSET:
            field_dict["alternatives"] = alternatives
        if commitment_allowed is not UNSET:
            field_dict["commitment_allowed"] = commitment_allowed
        if mandatory is not UNSET:
            field_dict["mandatory"] = mandatory
        if name_en is not UNSET:
            field_dict["name_en"] = name_en

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.material_alternative import MaterialAlternative # noqa: PLC0415
        d = dict(src_dict)
        code = d.pop("code")

        name = d.pop("name")

        _alternatives = d.pop("alternatives", UNSET)
        alternatives: list[MaterialAlternative] | Unset = UNSET
        if _alternatives is not UNSET:
            alternatives = []
            for alternatives_item_data in _alternatives:
                alternatives_item = MaterialAlternative.from_dict(alternatives_item_data)



                alternatives.append(alternatives_item)


        commitment_allowed = d.pop("commitment_allowed", UNSET)

        mandatory = d.pop("mandatory", UNSET)

        def _parse_name_en(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name_en = _parse_name_en(d.pop("name_en", UNSET))


        material_spec = cls(
            code=code,
            name=name,
            alternatives=alternatives,
            commitment_allowed=commitment_allowed,
            mandatory=mandatory,
            name_en=name_en,
        )

        return material_spec

