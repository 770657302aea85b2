from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.dashboard_alert_code import DashboardAlertCode
from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="DashboardAlert")



@_attrs_define
class DashboardAlert:
    """ Something the office must act on, with what to do, in zh-CN and en.

        Attributes:
            code (DashboardAlertCode): What the dashboard asks the office to act on.
            message_en (str):
            message_zh (str):
            year (int | None | Unset):
     """

    code: DashboardAlertCode
    message_en: str
    message_zh: str
    year: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        code = self.code.value

        message_en = self.message_en

        message_zh = self.message_zh

        year: int | None | Unset
        if isinstance(self.year, Unset):
            year = UNSET
        else:
            year = self.year


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "code": code,
            "message_en": message_en,
            "message_zh": message_zh,
        })
        if year is not UNSET:
            field_dict["year"] = year

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = DashboardAlertCode(d.pop("code"))




        message_en = d.pop("message_en")

        message_zh = d.pop("message_zh")

        def _parse_year(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        year = _parse_year(d.pop("year", UNSET))


        dashboard_alert = cls(
            code=code,
            message_en=message_en,
            message_zh=message_zh,
            year=year,
        )


        dashboard_alert.additional_properties = d
        return dashboard_alert

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
