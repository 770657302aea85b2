from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="ServiceRequestReturn")



@_attrs_define
class ServiceRequestReturn:
    """ 
        Attributes:
            comment (None | str | Unset):
            missing_materials (list[str] | Unset): Items the reviewer adds to those the system finds missing (e.g. an
                illegible copy)
     """

    comment: None | str | Unset = UNSET
    missing_materials: list[str] | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        comment: None | str | Unset
        if isinstance(self.comment, Unset):
            comment = UNSET
        else:
            comment = self.comment

        missing_materials: list[str] | Unset = UNSET
        if not isinstance(self.missing_materials, Unset):
            missing_materials = self.missing_materials




        field_dict: dict[str, Any] = {}

        field_dict.update({
        })
        if comment is not UNSET:
            field_dict["comment"] = comment
        if missing_materials is not UNSET:
            field_dict["missing_materials"] = missing_materials

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_comment(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        comment = _parse_comment(d.pop("comment", UNSET))


        missing_materials = cast(list[str], d.pop("missing_materials", UNSET))


        service_request_return = cls(
            comment=comment,
            missing_materials=missing_materials,
        )

        return service_request_return

