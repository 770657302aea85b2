from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.audit_event_read_detail import AuditEventReadDetail





T = TypeVar("T", bound="AuditEventRead")



@_attrs_define
class AuditEventRead:
    """ 
        Attributes:
            action (str):
            action_label (str): What happened, in the caller's language (Accept-Language): the action's zh-CN or English
                label (GET /meta/enums audit_action)
            actor_id (int | None):
            actor_username (None | str):
            detail (AuditEventReadDetail):
            id (int):
            object_id (None | str):
            object_type (str):
            occurred_at (datetime.datetime):
            request_id (None | str):
     """

    action: str
    action_label: str
    actor_id: int | None
    actor_username: None | str
    detail: AuditEventReadDetail
    id: int
    object_id: None | str
    object_type: str
    occurred_at: datetime.datetime
    request_id: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.audit_event_read_detail import AuditEventReadDetail # noqa: PLC0415
        action = self.action

        action_label = self.action_label

        actor_id: int | None
        actor_id = self.actor_id

        actor_username: None | str
        actor_username = self.actor_username

        detail = self.detail.to_dict()

        id = self.id

        object_id: None | str
        object_id = self.object_id

        object_type = self.object_type

        occurred_at = self.occurred_at.isoformat()

        request_id: None | str
        request_id = self.request_id


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "action": action,
            "action_label": action_label,
            "actor_id": actor_id,
            "actor_username": actor_username,
            "detail": detail,
            "id": id,
            "object_id": object_id,
            "object_type": object_type,
            "occurred_at": occurred_at,
            "request_id": request_id,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.audit_event_read_detail import AuditEventReadDetail # noqa: PLC0415
        d = dict(src_dict)
        action = d.pop("action")

        action_label = d.pop("action_label")

        def _parse_actor_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        actor_id = _parse_actor_id(d.pop("actor_id"))


        def _parse_actor_username(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        actor_username = _parse_actor_username(d.pop("actor_username"))


        detail = AuditEventReadDetail.from_dict(d.pop("detail"))




        id = d.pop("id")

        def _parse_object_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        object_id = _parse_object_id(d.pop("object_id"))


        object_type = d.pop("object_type")

        occurred_at = datetime.datetime.fromisoformat(d.pop("occurred_at"))




        def _parse_request_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        request_id = _parse_request_id(d.pop("request_id"))


        audit_event_read = cls(
            action=action,
            action_label=action_label,
            actor_id=actor_id,
            actor_username=actor_username,
            detail=detail,
            id=id,
            object_id=object_id,
            object_type=object_type,
            occurred_at=occurred_at,
            request_id=request_id,
        )


        audit_event_read.additional_properties = d
        return audit_event_read

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
