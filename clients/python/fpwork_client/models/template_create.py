from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.message_purpose import MessagePurpose
from ..types import UNSET, Unset
from typing import cast
import datetime






T = TypeVar("T", bound="TemplateCreate")



@_attrs_define
class TemplateCreate:
    """ 
        Attributes:
            body (str): The text, naming its variables as ${name}: only those its purpose gives (application_outcome: name,
                program, outcome, note; request_outcome: name, service, tracking_code, outcome; request_returned: name, service,
                tracking_code, materials, place; reverification_due: name, program, deadline; screening_appointment: name, when,
                place; follow_up_due: name, deadline; complaint_reply: tracking_code, reply)
            effective_from (datetime.date):
            purpose (MessagePurpose):
            source (str): The decision that set the wording
            aliyun_template_code (None | str | Unset):
            tencent_template_id (None | str | Unset):
     """

    body: str
    effective_from: datetime.date
    purpose: MessagePurpose
    source: str
    aliyun_template_code: None | str | Unset = UNSET
    tencent_template_id: None | str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        body = self.body

        effective_from = self.effective_from.isoformat()

        purpose = self.purpose.value

        source = self.source

        aliyun_template_code: None | str | Unset
        if isinstance(self.aliyun_template_code, Unset):
            aliyun_template_code = UNSET
        else:
            aliyun_template_code = self.aliyun_template_code

        tencent_template_id: None | str | Unset
        if isinstance(self.tencent_template_id, Unset):
            tencent_template_id = UNSET
        else:
            tencent_template_id = self.tencent_template_id


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "body": body,
            "effective_from": effective_from,
            "purpose": purpose,
            "source": source,
        })
        if aliyun_template_code is not UNSET:
            field_dict["aliyun_template_code"] = aliyun_template_code
        if tencent_template_id is not UNSET:
            field_dict["tencent_template_id"] = tencent_template_id

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        body = d.pop("body")

        effective_from = datetime.date.fromisoformat(d.pop("effective_from"))




        purpose = MessagePurpose(d.pop("purpose"))




        source = d.pop("source")

        def _parse_aliyun_template_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        aliyun_template_code = _parse_aliyun_template_code(d.pop("aliyun_template_code", UNSET))


        def _parse_tencent_template_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        tencent_template_id = _parse_tencent_template_id(d.pop("tencent_template_id", UNSET))


        template_create = cls(
            body=body,
            effective_from=effective_from,
            purpose=purpose,
            source=source,
            aliyun_template_code=aliyun_template_code,
            tencent_template_id=tencent_template_id,
        )

        return template_create

