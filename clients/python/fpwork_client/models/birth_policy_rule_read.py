from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.beyond_registration import BeyondRegistration
from ..models.birth_policy_scope import BirthPolicyScope
from typing import cast
import datetime






T = TypeVar("T", bound="BirthPolicyRuleRead")



@_attrs_define
class BirthPolicyRuleRead:
    """ 
        Attributes:
            beyond_registration (BeyondRegistration): What a child beyond the orders a birth registration (生育登记) covers
                needs.
            children_within_policy (int): Highest birth order within policy without an approval
            code (str):
            created_at (datetime.datetime):
            effective_from (datetime.date):
            effective_to (datetime.date | None): Last day in force (inclusive); null: still in force
            id (int):
            name (str): zh-CN name
            name_en (str):
            note (str):
            registration_max_order (int): Birth registration (生育登记) covers orders up to this
            scope (BirthPolicyScope):
            source_authority (str):
            source_document_no (None | str):
            source_issued_on (datetime.date):
            source_title (str):
            version (int):
     """

    beyond_registration: BeyondRegistration
    children_within_policy: int
    code: str
    created_at: datetime.datetime
    effective_from: datetime.date
    effective_to: datetime.date | None
    id: int
    name: str
    name_en: str
    note: str
    registration_max_order: int
    scope: BirthPolicyScope
    source_authority: str
    source_document_no: None | str
    source_issued_on: datetime.date
    source_title: str
    version: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        beyond_registration = self.beyond_registration.value

        children_within_policy = self.children_within_policy

        code = self.code

        created_at = self.created_at.isoformat()

        effective_from = self.effective_from.isoformat()

        effective_to: None | str
        if isinstance(self.effective_to, datetime.date):
            effective_to = self.effective_to.isoformat()
        else:
            effective_to = self.effective_to

        id = self.id

        name = self.name

        name_en = self.name_en

        note = self.note

        registration_max_order = self.registration_max_order

        scope = self.scope.value

        source_authority = self.source_authority

        source_document_no: None | str
        source_document_no = self.source_document_no

        source_issued_on = self.source_issued_on.isoformat()

        source_title = self.source_title

        version = self.version


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "beyond_registration": beyond_registration,
            "children_within_policy": children_within_policy,
            "code": code,
            "created_at": created_at,
            "effective_from": effective_from,
            "effective_to": effective_to,
            "id": id,
            "name": name,
            "name_en": name_en,
            "note": note,
            "registration_max_order": registration_max_order,
            "scope": scope,
            "source_authority": source_authority,
            "source_document_no": source_document_no,
            "source_issued_on": source_issued_on,
            "source_title": source_title,
            "version": version,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        beyond_registration = BeyondRegistration(d.pop("beyond_registration"))




        children_within_policy = d.pop("children_within_policy")

        code = d.pop("code")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))




        effective_from = datetime.date.fromisoformat(d.pop("effective_from"))




        def _parse_effective_to(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                effective_to_type_0 = datetime.date.fromisoformat(data)



                return effective_to_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        effective_to = _parse_effective_to(d.pop("effective_to"))


        id = d.pop("id")

        name = d.pop("name")

        name_en = d.pop("name_en")

        note = d.pop("note")

        registration_max_order = d.pop("registration_max_order")

        scope = BirthPolicyScope(d.pop("scope"))




        source_authority = d.pop("source_authority")

        def _parse_source_document_no(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        source_document_no = _parse_source_document_no(d.pop("source_document_no"))


        source_issued_on = datetime.date.fromisoformat(d.pop("source_issued_on"))




        source_title = d.pop("source_title")

        version = d.pop("version")

        birth_policy_rule_read = cls(
            beyond_registration=beyond_registration,
            children_within_policy=children_within_policy,
            code=code,
            created_at=created_at,
            effective_from=effective_from,
            effective_to=effective_to,
            id=id,
            name=name,
            name_en=name_en,
            note=note,
            registration_max_order=registration_max_order,
            scope=scope,
            source_authority=source_authority,
            source_document_no=source_document_no,
            source_issued_on=source_issued_on,
            source_title=source_title,
            version=version,
        )


        birth_policy_rule_read.additional_properties = d
        return birth_policy_rule_read

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
