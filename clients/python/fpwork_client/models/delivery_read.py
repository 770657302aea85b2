from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.delivery_status import DeliveryStatus
from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.delivery_read_payload import DeliveryReadPayload





T = TypeVar("T", bound="DeliveryRead")



@_attrs_define
class DeliveryRead:
    """ 
        Attributes:
            attempts (int):
            created_at (datetime.datetime):
            delivered_at (datetime.datetime | None):
            event_id (int):
            event_type (str):
            id (int):
            last_error (None | str):
            last_status_code (int | None):
            message_id (str):
            next_attempt_at (datetime.datetime):
            payload (DeliveryReadPayload):
            status (DeliveryStatus):
            subscription_id (int):
     """

    attempts: int
    created_at: datetime.datetime
    delivered_at: datetime.datetime | None
    event_id: int
    event_type: str
    id: int
    last_error: None | str
    last_status_code: int | None
    message_id: str
    next_attempt_at: datetime.datetime
    payload: DeliveryReadPayload
    status: DeliveryStatus
    subscription_id: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.delivery_read_payload import DeliveryReadPayload # noqa: PLC0415
        attempts = self.attempts

        created_at = self.created_at.isoformat()

        delivered_at: None | str
        if isinstance(self.delivered_at, datetime.datetime):
            delivered_at = self.delivered_at.isoformat()
        else:
            delivered_at = self.delivered_at

        event_id = self.event_id

        event_type = self.event_type

        id = self.id

        last_error: None | str
        last_error = self.last_error

        last_status_code: int | None
        last_status_code = self.last_status_code

        message_id = self.message_id

        next_attempt_at = self.next_attempt_at.isoformat()

        payload = self.payload.to_dict()

        status = self.status.value

        subscription_id = self.subscription_id


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "attempts": attempts,
            "created_at": created_at,
            "delivered_at": delivered_at,
            "event_id": event_id,
            "event_type": event_type,
            "id": id,
            "last_error": last_error,
            "last_status_code": last_status_code,
            "message_id": message_id,
            "next_attempt_at": next_attempt_at,
            "payload": payload,
            "status": status,
            "subscription_id": subscription_id,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.delivery_read_payload import DeliveryReadPayload # noqa: PLC0415
        d = dict(src_dict)
        attempts = d.pop("attempts")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))




        def _parse_delivered_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                delivered_at_type_0 = datetime.datetime.fromisoformat(data)



                return delivered_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        delivered_at = _parse_delivered_at(d.pop("delivered_at"))


        event_id = d.pop("event_id")

        event_type = d.pop("event_type")

        id = d.pop("id")

        def _parse_last_error(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        last_error = _parse_last_error(d.pop("last_error"))


        def _parse_last_status_code(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        last_status_code = _parse_last_status_code(d.pop("last_status_code"))


        message_id = d.pop("message_id")

        next_attempt_at = datetime.datetime.fromisoformat(d.pop("next_attempt_at"))




        payload = DeliveryReadPayload.from_dict(d.pop("payload"))




        status = DeliveryStatus(d.pop("status"))




        subscription_id = d.pop("subscription_id")

        delivery_read = cls(
            attempts=attempts,
            created_at=created_at,
            delivered_at=delivered_at,
            event_id=event_id,
            event_type=event_type,
            id=id,
            last_error=last_error,
            last_status_code=last_status_code,
            message_id=message_id,
            next_attempt_at=next_attempt_at,
            payload=payload,
            status=status,
            subscription_id=subscription_id,
        )


        delivery_read.additional_properties = d
        return delivery_read

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
