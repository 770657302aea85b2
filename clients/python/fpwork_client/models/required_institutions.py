from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.required_kind import RequiredKind





T = TypeVar("T", bound="RequiredInstitutions")



@_attrs_define
class RequiredInstitutions:
    """ 
        Attributes:
            in_force (int):
            kinds (list[RequiredKind]):
            on (datetime.date):
            org_id (int):
            required (int):
     """

    in_force: int
    kinds: list[RequiredKind]
    on: datetime.date
    org_id: int
    required: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.required_kind import RequiredKind # noqa: PLC0415
        in_force = self.in_force

        kinds = []
        for kinds_item_data in self.kinds:
            kinds_item = kinds_item_data.to_dict()
            kinds.append(kinds_item)



        on = self.on.isoformat()

        org_id = self.org_id

        required = self.required


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "in_force": in_force,
            "kinds": kinds,
            "on": on,
            "org_id": org_id,
            "required": required,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.required_kind import RequiredKind # noqa: PLC0415
        d = dict(src_dict)
        in_force = d.pop("in_force")

        kinds = []
        _kinds = d.pop("kinds")
        for kinds_item_data in (_kinds):
            kinds_item = RequiredKind.from_dict(kinds_item_data)



            kinds.append(kinds_item)


        on = datetime.date.fromisoformat(d.pop("on"))




        org_id = d.pop("org_id")

        required = d.pop("required")

        required_institutions = cls(
            in_force=in_force,
            kinds=kinds,
            on=on,
            org_id=org_id,
            required=required,
        )


        required_institutions.additional_properties = d
        return required_institutions

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
