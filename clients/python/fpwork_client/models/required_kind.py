from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.institution_kind import InstitutionKind
from typing import cast






T = TypeVar("T", bound="RequiredKind")



@_attrs_define
class RequiredKind:
    """ 
        Attributes:
            document_ids (list[int]):
            in_force (bool):
            kind (InstitutionKind):
            kind_label (str):
     """

    document_ids: list[int]
    in_force: bool
    kind: InstitutionKind
    kind_label: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        document_ids = self.document_ids



        in_force = self.in_force

        kind = self.kind.value

        kind_label = self.kind_label


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "document_ids": document_ids,
            "in_force": in_force,
            "kind": kind,
            "kind_label": kind_label,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        document_ids = cast(list[int], d.pop("document_ids"))


        in_force = d.pop("in_force")

        kind = InstitutionKind(d.pop("kind"))




        kind_label = d.pop("kind_label")

        required_kind = cls(
            document_ids=document_ids,
            in_force=in_force,
            kind=kind,
            kind_label=kind_label,
        )


        required_kind.additional_properties = d
        return required_kind

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
