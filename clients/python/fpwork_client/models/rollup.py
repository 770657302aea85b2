from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.report_period_kind import ReportPeriodKind
from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.rollup_item import RollupItem
  from ..models.rollup_street import RollupStreet





T = TypeVar("T", bound="Rollup")



@_attrs_define
class Rollup:
    """ 
        Attributes:
            accepted_streets (list[RollupStreet]):
            due_on (datetime.date):
            form_code (str):
            form_id (int):
            form_name_zh (str):
            items (list[RollupItem]):
            not_accepted_org_ids (list[int]): Streets of the area with no accepted report
            period_end (datetime.date):
            period_kind (ReportPeriodKind):
            period_start (datetime.date):
     """

    accepted_streets: list[RollupStreet]
    due_on: datetime.date
    form_code: str
    form_id: int
    form_name_zh: str
    items: list[RollupItem]
    not_accepted_org_ids: list[int]
    period_end: datetime.date
    period_kind: ReportPeriodKind
    period_start: datetime.date
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.rollup_item import RollupItem # noqa: PLC0415
        from ..models.rollup_street import RollupStreet # noqa: PLC0415
        accepted_streets = []
        for accepted_streets_item_data in self.accepted_streets:
            accepted_streets_item = accepted_streets_item_data.to_dict()
            accepted_streets.append(accepted_streets_item)



        due_on = self.due_on.isoformat()

        form_code = self.form_code

        form_id = self.form_id

        form_name_zh = self.form_name_zh

        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)



        not_accepted_org_ids = self.not_accepted_org_ids



        period_end = self.period_end.isoformat()

        period_kind = self.period_kind.value

        period_start = self.period_start.isoformat()


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "accepted_streets": accepted_streets,
            "due_on": due_on,
            "form_code": form_code,
            "form_id": form_id,
            "form_name_zh": form_name_zh,
            "items": items,
            "not_accepted_org_ids": not_accepted_org_ids,
            "period_end": period_end,
            "period_kind": period_kind,
            "period_start": period_start,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.rollup_item import RollupItem # noqa: PLC0415
        from ..models.rollup_street import RollupStreet # noqa: PLC0415
        d = dict(src_dict)
        accepted_streets = []
        _accepted_streets = d.pop("accepted_streets")
        for accepted_streets_item_data in (_accepted_streets):
            accepted_streets_item = RollupStreet.from_dict(accepted_streets_item_data)



            accepted_streets.append(accepted_streets_item)


        due_on = datetime.date.fromisoformat(d.pop("due_on"))




        form_code = d.pop("form_code")

        form_id = d.pop("form_id")

        form_name_zh = d.pop("form_name_zh")

        items = []
        _items = d.pop("items")
        for items_item_data in (_items):
            items_item = RollupItem.from_dict(items_item_data)



            items.append(items_item)


        not_accepted_org_ids = cast(list[int], d.pop("not_accepted_org_ids"))


        period_end = datetime.date.fromisoformat(d.pop("period_end"))




        period_kind = ReportPeriodKind(d.pop("period_kind"))




        period_start = datetime.date.fromisoformat(d.pop("period_start"))




        rollup = cls(
            accepted_streets=accepted_streets,
            due_on=due_on,
            form_code=form_code,
            form_id=form_id,
            form_name_zh=form_name_zh,
            items=items,
            not_accepted_org_ids=not_accepted_org_ids,
            period_end=period_end,
            period_kind=period_kind,
            period_start=period_start,
        )


        rollup.additional_properties = d
        return rollup

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
