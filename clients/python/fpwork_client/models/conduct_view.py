from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.conduct_figure import ConductFigure





T = TypeVar("T", bound="ConductView")



@_attrs_define
class ConductView:
    """ An org's work-style measures from the first of the year to ``on``, as indicators compute them.

        Attributes:
            figures (list[ConductFigure]):
            on (datetime.date):
            org_id (int):
            org_name (str):
            start (datetime.date):
     """

    figures: list[ConductFigure]
    on: datetime.date
    org_id: int
    org_name: str
    start: datetime.date
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.conduct_figure import ConductFigure # noqa: PLC0415
        figures = []
        for figures_item_data in self.figures:
            figures_item = figures_item_data.to_dict()
            figures.append(figures_item)



        on = self.on.isoformat()

        org_id = self.org_id

        org_name = self.org_name

        start = self.start.isoformat()


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "figures": figures,
            "on": on,
            "org_id": org_id,
            "org_name": org_name,
            "start": start,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.conduct_figure import ConductFigure # noqa: PLC0415
        d = dict(src_dict)
        figures = []
        _figures = d.pop("figures")
        for figures_item_data in (_figures):
            figures_item = ConductFigure.from_dict(figures_item_data)



            figures.append(figures_item)


        on = datetime.date.fromisoformat(d.pop("on"))




        org_id = d.pop("org_id")

        org_name = d.pop("org_name")

        start = datetime.date.fromisoformat(d.pop("start"))




        conduct_view = cls(
            figures=figures,
            on=on,
            org_id=org_id,
            org_name=org_name,
            start=start,
        )


        conduct_view.additional_properties = d
        return conduct_view

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
