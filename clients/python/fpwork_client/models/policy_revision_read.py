from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.policy_category import PolicyCategory
from typing import cast
import datetime






T = TypeVar("T", bound="PolicyRevisionRead")



@_attrs_define
class PolicyRevisionRead:
    """ 
        Attributes:
            body (str):
            category (PolicyCategory):
            document_no (None | str):
            effective_on (datetime.date):
            expires_on (datetime.date | None):
            issuing_authority (str):
            policy_id (int):
            published_at (datetime.datetime):
            revision (int):
            title (str):
     """

    body: str
    category: PolicyCategory
    document_no: None | str
    effective_on: datetime.date
    expires_on: datetime.date | None
    issuing_authority: str
    policy_id: int
    published_at: datetime.datetime
    revision: int
    title: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        body = self.body

        category = self.category.value

        document_no: None | str
        document_no = self.document_no

        effective_on = self.effective_on.isoformat()

        expires_on: None | str
        if isinstance(self.expires_on, datetime.date):
            expires_on = self.expires_on.isoformat()
        else:
            expires_on = self.expires_on

        issuing_authority = self.issuing_authority

        policy_id = self.policy_id

        published_at = self.published_at.isoformat()

        revision = self.revision

        title = self.title


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "body": body,
            "category": category,
            "document_no": document_no,
            "effective_on": effective_on,
            "expires_on": expires_on,
            "issuing_authority": issuing_authority,
            "policy_id": policy_id,
            "published_at": published_at,
            "revision": revision,
            "title": title,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        body = d.pop("body")

        category = PolicyCategory(d.pop("category"))




        def _parse_document_no(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        document_no = _parse_document_no(d.pop("document_no"))


        effective_on = datetime.date.fromisoformat(d.pop("effective_on"))




        def _parse_expires_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                expires_on_type_0 = datetime.date.fromisoformat(data)



                return expires_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        expires_on = _parse_expires_on(d.pop("expires_on"))


        issuing_authority = d.pop("issuing_authority")

        policy_id = d.pop("policy_id")

        published_at = datetime.datetime.fromisoformat(d.pop("published_at"))




        revision = d.pop("revision")

        title = d.pop("title")

        policy_revision_read = cls(
            body=body,
            category=category,
            document_no=document_no,
            effective_on=effective_on,
            expires_on=expires_on,
            issuing_authority=issuing_authority,
            policy_id=policy_id,
            published_at=published_at,
            revision=revision,
            title=title,
        )


        policy_revision_read.additional_properties = d
        return policy_revision_read

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
