from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.objection_status import ObjectionStatus
from ..types import UNSET, Unset
from typing import cast
import datetime






T = TypeVar("T", bound="ObjectionRead")



@_attrs_define
class ObjectionRead:
    """ 
        Attributes:
            application_id (int):
            created_at (datetime.datetime):
            entry_id (int):
            id (int):
            notice_id (int):
            reason (str):
            resolution_comment (None | str):
            resolved_at (datetime.datetime | None):
            status (ObjectionStatus):
            contact (None | str | Unset): How to reach the objector; only for those who resolve objections (audited)
     """

    application_id: int
    created_at: datetime.datetime
    entry_id: int
    id: int
    notice_id: int
    reason: str
    resolution_comment: None | str
    resolved_at: datetime.datetime | None
    status: ObjectionStatus
    contact: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        application_id = self.application_id

        created_at = self.created_at.isoformat()

        entry_id = self.entry_id

        id = self.id

        notice_id = self.notice_id

        reason = self.reason

        resolution_comment: None | str
        resolution_comment = self.resolution_comment

        resolved_at: None | str
        if isinstance(self.resolved_at, datetime.datetime):
            resolved_at = self.resolved_at.isoformat()
        else:
            resolved_at = self.resolved_at

        status = self.status.value

        contact: None | str | Unset
        if isinstance(self.contact, Unset):
            contact = UNSET
        else:
            contact = self.contact


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "application_id": application_id,
            "created_at": created_at,
            "entry_id": entry_id,
            "id": id,
            "notice_id": notice_id,
            "reason": reason,
            "resolution_comment": resolution_comment,
            "resolved_at": resolved_at,
            "status": status,
        })
        if contact is not UNSET:
            field_dict["contact"] = contact

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        application_id = d.pop("application_id")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))




        entry_id = d.pop("entry_id")

        id = d.pop("id")

        notice_id = d.pop("notice_id")

        reason = d.pop("reason")

        def _parse_resolution_comment(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        resolution_comment = _parse_resolution_comment(d.pop("resolution_comment"))


        def _parse_resolved_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                resolved_at_type_0 = datetime.datetime.fromisoformat(data)



                return resolved_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        resolved_at = _parse_resolved_at(d.pop("resolved_at"))


        status = ObjectionStatus(d.pop("status"))




        def _parse_contact(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        contact = _parse_contact(d.pop("contact", UNSET))


        objection_read = cls(
            application_id=application_id,
            created_at=created_at,
            entry_id=entry_id,
            id=id,
            notice_id=notice_id,
            reason=reason,
            resolution_comment=resolution_comment,
            resolved_at=resolved_at,
            status=status,
            contact=contact,
        )


        objection_read.additional_properties = d
        return objection_read

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
