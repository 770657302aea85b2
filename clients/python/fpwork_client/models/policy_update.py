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






T = TypeVar("T", bound="PolicyUpdate")



@_attrs_define
class PolicyUpdate:
    """ 
        Attributes:
            body (None | str | Unset):
            category (None | PolicyCategory | Unset):
            document_no (None | str | Unset):
            effective_on (datetime.date | None | Unset):
            expires_on (datetime.date | None | Unset):
            issuing_authority (None | str | Unset):
            title (None | str | Unset):
     """

    body: None | str | Unset = UNSET
    category: None | PolicyCategory | Unset = UNSET
    document_no: None | str | Unset = UNSET
    effective_on: datetime.date | None | Unset = UNSET
    expires_on: datetime.date | None | Unset = UNSET
    issuing_authority: None | str | Unset = UNSET
    title: None | str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        body: None | str | Unset
        if isinstance(self.body, Unset):
            body = UNSET
        else:
            body = self.body

        category: None | str | Unset
        if isinstance(self.category, Unset):
            category = UNSET
        elif isinstance(self.category, PolicyCategory):
            category = self.category.value
        else:
            category = self.category

        document_no: None | str | Unset
        if isinstance(self.document_no, Unset):
            document_no = UNSET
        else:
            document_no = self.document_no

        effective_on: None | str | Unset
        if isinstance(self.effective_on, Unset):
            effective_on = UNSET
        elif isinstance(self.effective_on, datetime.date):
            effective_on = self.effective_on.isoformat()
        else:
            effective_on = self.effective_on

        expires_on: None | str | Unset
        if isinstance(self.expires_on, Unset):
            expires_on = UNSET
        elif isinstance(self.expires_on, datetime.date):
            expires_on = self.expires_on.isoformat()
        else:
            expires_on = self.expires_on

        issuing_authority: None | str | Unset
        if isinstance(self.issuing_authority, Unset):
            issuing_authority = UNSET
        else:
            issuing_authority = self.issuing_authority

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title


        field_dict: dict[str, Any] = {}

        field_dict.update({
        })
        if body is not UNSET:
            field_dict["body"] = body
        if category is not UNSET:
            field_dict["category"] = category
        if document_no is not UNSET:
            field_dict["document_no"] = document_no
        if effective_on is not UNSET:
            field_dict["effective_on"] = effective_on
        if expires_on is not UNSET:
            field_dict["expires_on"] = expires_on
        if issuing_authority is not UNSET:
            field_dict["issuing_authority"] = issuing_authority
        if title is not UNSET:
            field_dict["title"] = title

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_body(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        body = _parse_body(d.pop("body", UNSET))


        def _parse_category(data: object) -> None | PolicyCategory | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                category_type_0 = PolicyCategory(data)



                return category_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PolicyCategory | Unset, data)

        category = _parse_category(d.pop("category", UNSET))


        def _parse_document_no(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        document_no = _parse_document_no(d.pop("document_no", UNSET))


        def _parse_effective_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                effective_on_type_0 = datetime.date.fromisoformat(data)



                return effective_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        effective_on = _parse_effective_on(d.pop("effective_on", UNSET))


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


        def _parse_issuing_authority(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        issuing_authority = _parse_issuing_authority(d.pop("issuing_authority", UNSET))


        def _parse_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        title = _parse_title(d.pop("title", UNSET))


        policy_update = cls(
            body=body,
            category=category,
            document_no=document_no,
            effective_on=effective_on,
            expires_on=expires_on,
            issuing_authority=issuing_authority,
            title=title,
        )

        return policy_update

