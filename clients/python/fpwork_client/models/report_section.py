from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.figure_value import FigureValue





T = TypeVar("T", bound="ReportSection")



@_attrs_define
class ReportSection:
    """ 
        Attributes:
            code (str):
            figures (list[FigureValue]):
            title_zh (str):
     """

    code: str
    figures: list[FigureValue]
    title_zh: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.figure_value import FigureValue # noqa: PLC0415
        code = self.code

        figures = []
        for figures_item_data in self.figures:
            figures_item = figures_item_data.to_dict()
            figures.append(figures_item)



        title_zh = self.title_zh


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "code": code,
            "figures": figures,
            "title_zh": title_zh,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.figure_value import FigureValue # noqa: PLC0415
        d = dict(src_dict)
        code = d.pop("code")

        figures = []
        _figures = d.pop("figures")
        for figures_item_data in (_figures):
            figures_item = FigureValue.from_dict(figures_item_data)



            figures.append(figures_item)


        title_zh = d.pop("title_zh")

        report_section = cls(
            code=code,
            figures=figures,
            title_zh=title_zh,
        )


        report_section.additional_properties = d
        return report_section

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
