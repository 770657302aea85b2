from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.objection_status import ObjectionStatus
from typing import cast
import datetime






T = TypeVar("T", bound="ObjectionFiled")



@_attrs_define
class ObjectionFiled:
    """ 
        Attributes:
            created_at (datetime.datetime):
            entry_id (int):
            id (int):
            notice_id (int):
            status (ObjectionStatus):
            tracking_code (str): Keep it: GET /public/objections/{tracking_code} shows the outcome
     """

    created_at: datetime.datetime
    entry_id: int
    id: int
    notice_id: int
    status: ObjectionStatus
    tracking_code: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at.isoformat()

        entry_id = self.entry_id

        id = self.id

        notice_id = self.notice_id

        status = self.status.value

        tracking_code = self.tracking_code


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "created_at": created_at,
            "entry_id": entry_id,
            "id": id,
            "notice_id": notice_id,
            "status": status,
            "tracking_code": tracking_code,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))




        entry_id = d.pop("entry_id")

        id = d.pop("id")

        notice_id = d.pop("notice_id")

        status = ObjectionStatus(d.pop("status"))




        tracking_code = d.pop("tracking_code")

        objection_filed = cls(
            created_at=created_at,
            entry_id=entry_id,
            id=id,
            notice_id=notice_id,
            status=status,
            tracking_code=tracking_code,
        )


        objection_filed.additional_properties = d
        return objection_filed

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
