from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.policy_category import PolicyCategory
from ..types import UNSET, Unset
from typing import cast
import datetime






T = TypeVar("T", bound="PolicyCreate")



@_attrs_define
class PolicyCreate:
    """ 
        Attributes:
            body (str): Markdown
            category (PolicyCategory):
            effective_on (datetime.date):
            issuing_authority (str):
            title (str):
            document_no (None | str | Unset):
            expires_on (datetime.date | None | Unset): Not before `effective_on` (422 otherwise)
     """

    body: str
    category: PolicyCategory
    effective_on: datetime.date
    issuing_authority: str
    title: str
    document_no: None | str | Unset = UNSET
    expires_on: datetime.date | None | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        body = self.body

        category = self.category.value

        effective_on = self.effective_on.isoformat()

        issuing_authority = self.issuing_authority

        title = self.title

        document_no: None | str | Unset
        if isinstance(self.document_no, Unset):
            document_no = UNSET
        else:
            document_no = self.document_no

        expires_on: None | str | Unset
        if isinstance(self.expires_on, Unset):
            expires_on = UNSET
        elif isinstance(self.expires_on, datetime.date):
            expires_on = self.expires_on.isoformat()
        else:
            expires_on = self.expires_on


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "body": body,
            "category": category,
            "effective_on": effective_on,
            "issuing_authority": issuing_authority,
            "title": title,
        })
        if document_no is not UNSET:
            field_dict["document_no"] = document_no
        if expires_on is not UNSET:
            field_dict["expires_on"] = expires_on

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        body = d.pop("body")

        category = PolicyCategory(d.pop("category"))




        effective_on = datetime.date.fromisoformat(d.pop("effective_on"))




        issuing_authority = d.pop("issuing_authority")

        title = d.pop("title")

        def _parse_document_no(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        document_no = _parse_document_no(d.pop("document_no", UNSET))


        def _parse_expires_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                expires_on_type_0 = datetime.date.fromisoformat(data)



                return expires_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        expires_on = _parse_expires_on(d.pop("expires_on", UNSET))


        policy_create = cls(
            body=body,
            category=category,
            effective_on=effective_on,
            issuing_authority=issuing_authority,
            title=title,
            document_no=document_no,
            expires_on=expires_on,
        )

        return policy_create

