from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.message_purpose import MessagePurpose
from typing import cast
import datetime






T = TypeVar("T", bound="TemplateRead")



@_attrs_define
class TemplateRead:
    """ 
        Attributes:
            aliyun_template_code (None | str):
            body (str):
            created_at (datetime.datetime):
            effective_from (datetime.date):
            id (int):
            purpose (MessagePurpose):
            source (str):
            tencent_template_id (None | str):
            variables (list[str]):
            version (int):
     """

    aliyun_template_code: None | str
    body: str
    created_at: datetime.datetime
    effective_from: datetime.date
    id: int
    purpose: MessagePurpose
    source: str
    tencent_template_id: None | str
    variables: list[str]
    version: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        aliyun_template_code: None | str
        aliyun_template_code = self.aliyun_template_code

        body = self.body

        created_at = self.created_at.isoformat()

        effective_from = self.effective_from.isoformat()

        id = self.id

        purpose = self.purpose.value

        source = self.source

        tencent_template_id: None | str
        tencent_template_id = self.tencent_template_id

        variables = self.variables



        version = self.version


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "aliyun_template_code": aliyun_template_code,
            "body": body,
            "created_at": created_at,
            "effective_from": effective_from,
            "id": id,
            "purpose": purpose,
            "source": source,
            "tencent_template_id": tencent_template_id,
            "variables": variables,
            "version": version,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_aliyun_template_code(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        aliyun_template_code = _parse_aliyun_template_code(d.pop("aliyun_template_code"))


        body = d.pop("body")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))




        effective_from = datetime.date.fromisoformat(d.pop("effective_from"))




        id = d.pop("id")

        purpose = MessagePurpose(d.pop("purpose"))




        source = d.pop("source")

        def _parse_tencent_template_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        tencent_template_id = _parse_tencent_template_id(d.pop("tencent_template_id"))


        variables = cast(list[str], d.pop("variables"))


        version = d.pop("version")

        template_read = cls(
            aliyun_template_code=aliyun_template_code,
            body=body,
            created_at=created_at,
            effective_from=effective_from,
            id=id,
            purpose=purpose,
            source=source,
            tencent_template_id=tencent_template_id,
            variables=variables,
            version=version,
        )


        template_read.additional_properties = d
        return template_read

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
