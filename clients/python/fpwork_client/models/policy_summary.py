from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.policy_category import PolicyCategory
from ..models.policy_status import PolicyStatus
from typing import cast
import datetime






T = TypeVar("T", bound="PolicySummary")



@_attrs_define
class PolicySummary:
    """ 
        Attributes:
            category (PolicyCategory):
            document_no (None | str):
            effective_on (datetime.date):
            expires_on (datetime.date | None):
            id (int):
            issuing_authority (str):
            published_at (datetime.datetime | None):
            repealed_at (datetime.datetime | None):
            revision (int): Number of the current published revision (0: never published)
            status (PolicyStatus):
            title (str):
     """

    category: PolicyCategory
    document_no: None | str
    effective_on: datetime.date
    expires_on: datetime.date | None
    id: int
    issuing_authority: str
    published_at: datetime.datetime | None
    repealed_at: datetime.datetime | None
    revision: int
    status: PolicyStatus
    title: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        category = self.category.value

        document_no: None | str
        document_no = self.document_no

        effective_on = self.effective_on.isoformat()

        expires_on: None | str
        if isinstance(self.expires_on, datetime.date):
            expires_on = self.expires_on.isoformat()
        else:
            expires_on = self.expires_on

        id = self.id

        issuing_authority = self.issuing_authority

        published_at: None | str
        if isinstance(self.published_at, datetime.datetime):
            published_at = self.published_at.isoformat()
        else:
            published_at = self.published_at

        repealed_at: None | str
        if isinstance(self.repealed_at, datetime.datetime):
            repealed_at = self.repealed_at.isoformat()
        else:
            repealed_at = self.repealed_at

        revision = self.revision

        status = self.status.value

        title = self.title


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "category": category,
            "document_no": document_no,
            "effective_on": effective_on,
            "expires_on": expires_on,
            "id": id,
            "issuing_authority": issuing_authority,
            "published_at": published_at,
            "repealed_at": repealed_at,
            "revision": revision,
            "status": status,
            "title": title,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
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


        id = d.pop("id")

        issuing_authority = d.pop("issuing_authority")

        def _parse_published_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                published_at_type_0 = datetime.datetime.fromisoformat(data)



                return published_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        published_at = _parse_published_at(d.pop("published_at"))


        def _parse_repealed_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                repealed_at_type_0 = datetime.datetime.fromisoformat(data)



                return repealed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        repealed_at = _parse_repealed_at(d.pop("repealed_at"))


        revision = d.pop("revision")

        status = PolicyStatus(d.pop("status"))




        title = d.pop("title")

        policy_summary = cls(
            category=category,
            document_no=document_no,
            effective_on=effective_on,
            expires_on=expires_on,
            id=id,
            issuing_authority=issuing_authority,
            published_at=published_at,
            repealed_at=repealed_at,
            revision=revision,
            status=status,
            title=title,
        )


        policy_summary.additional_properties = d
        return policy_summary

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
