from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.message_purpose import MessagePurpose
from ..models.sms_status import SmsStatus
from typing import cast
import datetime






T = TypeVar("T", bound="SmsMessageRead")



@_attrs_define
class SmsMessageRead:
    """ A message as staff see it: the phone masked; the text as the resident received it.

        Attributes:
            attempts (int):
            body (str):
            created_at (datetime.datetime):
            id (int):
            next_attempt_at (datetime.datetime):
            phone_masked (None | str):
            provider (None | str):
            purpose (MessagePurpose):
            receipt_at (datetime.datetime | None):
            receipt_code (None | str):
            reference (str):
            resident_id (int):
            sent_at (datetime.datetime | None):
            status (SmsStatus):
            status_reason (None | str): Why it waits or was not sent (quiet_hours, limit_reached, no_consent, no_phone), or
                the provider's refusal
     """

    attempts: int
    body: str
    created_at: datetime.datetime
    id: int
    next_attempt_at: datetime.datetime
    phone_masked: None | str
    provider: None | str
    purpose: MessagePurpose
    receipt_at: datetime.datetime | None
    receipt_code: None | str
    reference: str
    resident_id: int
    sent_at: datetime.datetime | None
    status: SmsStatus
    status_reason: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        attempts = self.attempts

        body = self.body

        created_at = self.created_at.isoformat()

        id = self.id

        next_attempt_at = self.next_attempt_at.isoformat()

        phone_masked: None | str
        phone_masked = self.phone_masked

        provider: None | str
        provider = self.provider

        purpose = self.purpose.value

        receipt_at: None | str
        if isinstance(self.receipt_at, datetime.datetime):
            receipt_at = self.receipt_at.isoformat()
        else:
            receipt_at = self.receipt_at

        receipt_code: None | str
        receipt_code = self.receipt_code

        reference = self.reference

        resident_id = self.resident_id

        sent_at: None | str
        if isinstance(self.sent_at, datetime.datetime):
            sent_at = self.sent_at.isoformat()
        else:
            sent_at = self.sent_at

        status = self.status.value

        status_reason: None | str
        status_reason = self.status_reason


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "attempts": attempts,
            "body": body,
            "created_at": created_at,
            "id": id,
            "next_attempt_at": next_attempt_at,
            "phone_masked": phone_masked,
            "provider": provider,
            "purpose": purpose,
            "receipt_at": receipt_at,
            "receipt_code": receipt_code,
            "reference": reference,
            "resident_id": resident_id,
            "sent_at": sent_at,
            "status": status,
            "status_reason": status_reason,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        attempts = d.pop("attempts")

        body = d.pop("body")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))




        id = d.pop("id")

        next_attempt_at = datetime.datetime.fromisoformat(d.pop("next_attempt_at"))




        def _parse_phone_masked(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        phone_masked = _parse_phone_masked(d.pop("phone_masked"))


        def _parse_provider(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        provider = _parse_provider(d.pop("provider"))


        purpose = MessagePurpose(d.pop("purpose"))




        def _parse_receipt_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                receipt_at_type_0 = datetime.datetime.fromisoformat(data)



                return receipt_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        receipt_at = _parse_receipt_at(d.pop("receipt_at"))


        def _parse_receipt_code(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        receipt_code = _parse_receipt_code(d.pop("receipt_code"))


        reference = d.pop("reference")

        resident_id = d.pop("resident_id")

        def _parse_sent_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                sent_at_type_0 = datetime.datetime.fromisoformat(data)



                return sent_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        sent_at = _parse_sent_at(d.pop("sent_at"))


        status = SmsStatus(d.pop("status"))




        def _parse_status_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        status_reason = _parse_status_reason(d.pop("status_reason"))


        sms_message_read = cls(
            attempts=attempts,
            body=body,
            created_at=created_at,
            id=id,
            next_attempt_at=next_attempt_at,
            phone_masked=phone_masked,
            provider=provider,
            purpose=purpose,
            receipt_at=receipt_at,
            receipt_code=receipt_code,
            reference=reference,
            resident_id=resident_id,
            sent_at=sent_at,
            status=status,
            status_reason=status_reason,
        )


        sms_message_read.additional_properties = d
        return sms_message_read

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
