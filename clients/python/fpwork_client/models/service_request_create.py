from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.provided_material import ProvidedMaterial





T = TypeVar("T", bound="ServiceRequestCreate")



@_attrs_define
class ServiceRequestCreate:
    """ 
        Attributes:
            service_type (str):
            child_id (int | None | Unset): The family's child it is for; default: the next child
            family_id (int | None | Unset):
            materials (list[ProvidedMaterial] | Unset):
            note (None | str | Unset):
            resident_id (int | None | Unset):
     """

    service_type: str
    child_id: int | None | Unset = UNSET
    family_id: int | None | Unset = UNSET
    materials: list[ProvidedMaterial] | Unset = UNSET
    note: None | str | Unset = UNSET
    resident_id: int | None | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        from ..models.provided_material import ProvidedMaterial # noqa: PLC0415
        service_type = self.service_type

        child_id: int | None | Unset
        if isinstance(self.child_id, Unset):
            child_id = UNSET
        else:
            child_id = self.child_id

        family_id: int | None | Unset
        if isinstance(self.family_id, Unset):
            family_id = UNSET
        else:
            family_id = self.family_id

        materials: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.materials, Unset):
            materials = []
            for materials_item_data in self.materials:
                materials_item = materials_item_data.to_dict()
                materials.append(materials_item)



        note: None | str | Unset
        if isinstance(self.note, Unset):
            note = UNSET
        else:
            note = self.note

        resident_id: int | None | Unset
        if isinstance(self.resident_id, Unset):
            resident_id = UNSET
        else:
            resident_id = self.resident_id


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "service_type": service_type,
        })
        if child_id is not UNSET:
            field_dict["child_id"] = child_id
        if family_id is not UNSET:
            field_dict["family_id"] = family_id
        if materials is not UNSET:
            field_dict["materials"] = materials
        if note is not UNSET:
            field_dict["note"] = note
        if resident_id is not UNSET:
            field_dict["resident_id"] = resident_id

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.provided_material import ProvidedMaterial # noqa: PLC0415
        d = dict(src_dict)
        service_type = d.pop("service_type")

        def _parse_child_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        child_id = _parse_child_id(d.pop("child_id", UNSET))


        def _parse_family_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        family_id = _parse_family_id(d.pop("family_id", UNSET))


        _materials = d.pop("materials", UNSET)
        materials: list[ProvidedMaterial] | Unset = UNSET
        if _materials is not UNSET:
            materials = []
            for materials_item_data in _materials:
                materials_item = ProvidedMaterial.from_dict(materials_item_data)



                materials.append(materials_item)


        def _parse_note(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        note = _parse_note(d.pop("note", UNSET))


        def _parse_resident_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        resident_id = _parse_resident_id(d.pop("resident_id", UNSET))


        service_request_create = cls(
            service_type=service_type,
            child_id=child_id,
            family_id=family_id,
            materials=materials,
            note=note,
            resident_id=resident_id,
        )

        return service_request_create

