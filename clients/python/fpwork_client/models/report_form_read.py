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
  from ..models.report_form_item import ReportFormItem





T = TypeVar("T", bound="ReportFormRead")



@_attrs_define
class ReportFormRead:
    """ 
        Attributes:
            active (bool):
            code (str):
            deadline_working_days (int):
            district_id (int):
            effective_from (datetime.date):
            id (int):
            items (list[ReportFormItem]):
            name_en (str):
            name_zh (str):
            period_kind (ReportPeriodKind):
            source (str):
            version (int):
     """

    active: bool
    code: str
    deadline_working_days: int
    district_id: int
    effective_from: datetime.date
    id: int
    items: list[ReportFormItem]
    name_en: str
    name_zh: str
    period_kind: ReportPeriodKind
    source: str
    version: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.report_form_item import ReportFormItem # noqa: PLC0415
        active = self.active

        code = self.code

        deadline_working_days = self.deadline_working_days

        district_id = self.district_id

        effective_from = self.effective_from.isoformat()

        id = self.id

        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)



        name_en = self.name_en

        name_zh = self.name_zh

        period_kind = self.period_kind.value

        source = self.source

        version = self.version


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "active": active,
            "code": code,
            "deadline_working_days": deadline_working_days,
            "district_id": district_id,
            "effective_from": effective_from,
            "id": id,
            "items": items,
            "name_en": name_en,
            "name_zh": name_zh,
            "period_kind": period_kind,
            "source": source,
            "version": version,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.report_form_item import ReportFormItem # noqa: PLC0415
        d = dict(src_dict)
        active = d.pop("active")

        code = d.pop("code")

        deadline_working_days = d.pop("deadline_working_days")

        district_id = d.pop("district_id")

        effective_from = datetime.date.fromisoformat(d.pop("effective_from"))




        id = d.pop("id")

        items = []
        _items = d.pop("items")
        for items_item_data in (_items):
            items_item = ReportFormItem.from_dict(items_item_data)



            items.append(items_item)


        name_en = d.pop("name_en")

        name_zh = d.pop("name_zh")

        period_kind = ReportPeriodKind(d.pop("period_kind"))




        source = d.pop("source")

        version = d.pop("version")

        report_form_read = cls(
            active=active,
            code=code,
            deadline_working_days=deadline_working_days,
            district_id=district_id,
            effective_from=effective_from,
            id=id,
            items=items,
            name_en=name_en,
            name_zh=name_zh,
            period_kind=period_kind,
            source=source,
            version=version,
        )


        report_form_read.additional_properties = d
        return report_form_read

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
