from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.report_signatory_role import ReportSignatoryRole
from ..types import UNSET, Unset






T = TypeVar("T", bound="ReportSignatory")



@_attrs_define
class ReportSignatory:
    """ 
        Attributes:
            name (str):
            role (ReportSignatoryRole):
            title (str | Unset):  Default: ''.
     """

    name: str
    role: ReportSignatoryRole
    title: str | Unset = ''





    def to_dict(self) -> dict[str, Any]:
        name = self.name

        role = self.role.value

        title = self.title


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "name": name,
            "role": role,
        })
        if title is not UNSET:
            field_dict["title"] = title

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        role = ReportSignatoryRole(d.pop("role"))




        title = d.pop("title", UNSET)

        report_signatory = cls(
            name=name,
            role=role,
            title=title,
        )

        return report_signatory

