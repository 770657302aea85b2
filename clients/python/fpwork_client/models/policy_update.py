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
            body (str | Unset):
            category (PolicyCategory | Unset):
            document_no (None | str | Unset): `null` clears it.
            effective_on (datetime.date | Unset):
            expires_on (datetime.date | None | Unset): Not before `effective_on`, the one given or the policy's (422
                otherwise). `null` clears it.
            issuing_authority (str | Unset):
            title (str | Unset):
     """

    body: str | Unset = UNSET
    category: PolicyCategory | Unset = UNSET
    document_no: None | str | Unset = UNSET
    effective_on: datetime.date | Unset = UNSET
    expires_on: datetime.date | None | Unset = UNSET
    issuing_authority: str | Unset = UNSET
    title: str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        body = self.body

        category: str | Unset = UNSET
        if not isinstance(self.category, Unset):
            category = self.category.value


        document_no: None | str | Unset
        if isinstance(self.document_no, Unset):
            document_no = UNSET
        else:
            document_no = self.document_no

        effective_on: str | Unset = UNSET
        if not isinstance(self.effective_on, Unset):
            effective_on = self.effective_on.isoformat()

        expires_on: None | str | Unset
        if isinstance(self.expires_on, Unset):
            expires_on = UNSET
        elif isinstance(self.expires_on, datetime.date):
            expires_on = self.expires_on.isoformat()
        else:
            expires_on = self.expires_on

        issuing_authority = self.issuing_authority

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
        body = d.pop("body", UNSET)

        _category = d.pop("category", UNSET)
        category: PolicyCategory | Unset
        if isinstance(_category,  Unset):
            category = UNSET
        else:
            category = PolicyCategory(_category)




        def _parse_document_no(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        document_no = _parse_document_no(d.pop("document_no", UNSET))


        _effective_on = d.pop("effective_on", UNSET)
        effective_on: datetime.date | Unset
        if isinstance(_effective_on,  Unset):
            effective_on = UNSET
        else:
            effective_on = datetime.date.fromisoformat(_effective_on)




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


        issuing_authority = d.pop("issuing_authority", UNSET)

        title = d.pop("title", UNSET)

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

