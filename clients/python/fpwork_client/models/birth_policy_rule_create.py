from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.beyond_registration import BeyondRegistration
from ..models.birth_policy_scope import BirthPolicyScope
from ..types import UNSET, Unset
from typing import cast
import datetime






T = TypeVar("T", bound="BirthPolicyRuleCreate")



@_attrs_define
class BirthPolicyRuleCreate:
    """ A rule the law, the province or the district sets from a day; judged on each birth's date.

        Attributes:
            beyond_registration (BeyondRegistration): What a child beyond the orders a birth registration (生育登记) covers
                needs.
            children_within_policy (int):
            code (str):
            effective_from (datetime.date):
            name (str):
            name_en (str):
            registration_max_order (int):
            scope (BirthPolicyScope):
            source_authority (str):
            source_issued_on (datetime.date):
            source_title (str):
            effective_to (datetime.date | None | Unset):
            note (str | Unset):  Default: ''.
            source_document_no (None | str | Unset):
     """

    beyond_registration: BeyondRegistration
    children_within_policy: int
    code: str
    effective_from: datetime.date
    name: str
    name_en: str
    registration_max_order: int
    scope: BirthPolicyScope
    source_authority: str
    source_issued_on: datetime.date
    source_title: str
    effective_to: datetime.date | None | Unset = UNSET
    note: str | Unset = ''
    source_document_no: None | str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        beyond_registration = self.beyond_registration.value

        children_within_policy = self.children_within_policy

        code = self.code

        effective_from = self.effective_from.isoformat()

        name = self.name

        name_en = self.name_en

        registration_max_order = self.registration_max_order

        scope = self.scope.value

        source_authority = self.source_authority

        source_issued_on = self.source_issued_on.isoformat()

        source_title = self.source_title

        effective_to: None | str | Unset
        if isinstance(self.effective_to, Unset):
            effective_to = UNSET
        elif isinstance(self.effective_to, datetime.date):
            effective_to = self.effective_to.isoformat()
        else:
            effective_to = self.effective_to

        note = self.note

        source_document_no: None | str | Unset
        if isinstance(self.source_document_no, Unset):
            source_document_no = UNSET
        else:
            source_document_no = self.source_document_no


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "beyond_registration": beyond_registration,
            "children_within_policy": children_within_policy,
            "code": code,
            "effective_from": effective_from,
            "name": name,
            "name_en": name_en,
            "registration_max_order": registration_max_order,
            "scope": scope,
            "source_authority": source_authority,
            "source_issued_on": source_issued_on,
            "source_title": source_title,
        })
        if effective_to is not UNSET:
            field_dict["effective_to"] = effective_to
        if note is not UNSET:
            field_dict["note"] = note
        if source_document_no is not UNSET:
            field_dict["source_document_no"] = source_document_no

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        beyond_registration = BeyondRegistration(d.pop("beyond_registration"))




        children_within_policy = d.pop("children_within_policy")

        code = d.pop("code")

        effective_from = datetime.date.fromisoformat(d.pop("effective_from"))




        name = d.pop("name")

        name_en = d.pop("name_en")

        registration_max_order = d.pop("registration_max_order")

        scope = BirthPolicyScope(d.pop("scope"))




        source_authority = d.pop("source_authority")

        source_issued_on = datetime.date.fromisoformat(d.pop("source_issued_on"))




        source_title = d.pop("source_title")

        def _parse_effective_to(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                effective_to_type_0 = datetime.date.fromisoformat(data)



                return effective_to_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        effective_to = _parse_effective_to(d.pop("effective_to", UNSET))


        note = d.pop("note", UNSET)

        def _parse_source_document_no(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        source_document_no = _parse_source_document_no(d.pop("source_document_no", UNSET))


        birth_policy_rule_create = cls(
            beyond_registration=beyond_registration,
            children_within_policy=children_within_policy,
            code=code,
            effective_from=effective_from,
            name=name,
            name_en=name_en,
            registration_max_order=registration_max_order,
            scope=scope,
            source_authority=source_authority,
            source_issued_on=source_issued_on,
            source_title=source_title,
            effective_to=effective_to,
            note=note,
            source_document_no=source_document_no,
        )

        return birth_policy_rule_create

