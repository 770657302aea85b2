from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.provided_material import ProvidedMaterial





T = TypeVar("T", bound="ServiceRequestResubmit")



@_attrs_define
class ServiceRequestResubmit:
    """ 
        Attributes:
            materials (list[ProvidedMaterial]): What the applicant brings now (补正); added to what was provided before,
                replacing items of the same code
     """

    materials: list[ProvidedMaterial]





    def to_dict(self) -> dict[str, Any]:
        from ..models.provided_material import ProvidedMaterial # noqa: PLC0415
        materials = []
        for materials_item_data in self.materials:
            materials_item = materials_item_data.to_dict()
            materials.append(materials_item)




        field_dict: dict[str, Any] = {}

        field_dict.update({
            "materials": materials,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.provided_material import ProvidedMaterial # noqa: PLC0415
        d = dict(src_dict)
        materials = []
        _materials = d.pop("materials")
        for materials_item_data in (_materials):
            materials_item = ProvidedMaterial.from_dict(materials_item_data)



            materials.append(materials_item)


        service_request_resubmit = cls(
            materials=materials,
        )

        return service_request_resubmit

