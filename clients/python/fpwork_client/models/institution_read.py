from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.institution_category import InstitutionCategory
from ..models.institution_kind import InstitutionKind
from typing import cast
import datetime






T = TypeVar("T", bound="InstitutionRead")



@_attrs_define
class InstitutionRead:
    """ 
        Attributes:
            category (InstitutionCategory):
            document_number (None | str):
            effective_from (datetime.date):
            file_id (int | None):
            file_name (None | str):
            id (int):
            issued_by (str):
            kind (InstitutionKind):
            note (str):
            org_id (int):
            org_name (str):
            repeal_reason (None | str):
            repealed_on (datetime.date | None):
            title (str):
            version (int):
     """

    category: InstitutionCategory
    document_number: None | str
    effective_from: datetime.date
    file_id: int | None
    file_name: None | str
    id: int
    issued_by: str
    kind: InstitutionKind
    note: str
    org_id: int
    org_name: str
    repeal_reason: None | str
    repealed_on: datetime.date | None
    title: str
    version: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        category = self.category.value

        document_number: None | str
        document_number = self.document_number

        effective_from = self.effective_from.isoformat()

        file_id: int | None
        file_id = self.file_id

        file_name: None | str
        file_name = self.file_name

        id = self.id

        issued_by = self.issued_by

        kind = self.kind.value

        note = self.note

        org_id = self.org_id

        org_name = self.org_name

        repeal_reason: None | str
        repeal_reason = self.repeal_reason

        repealed_on: None | str
        if isinstance(self.repealed_on, datetime.date):
            repealed_on = self.repealed_on.isoformat()
        else:
            repealed_on = self.repealed_on

        title = self.title

        version = self.version


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "category": category,
            "document_number": document_number,
            "effective_from": effective_from,
            "file_id": file_id,
            "file_name": file_name,
            "id": id,
            "issued_by": issued_by,
            "kind": kind,
            "note": note,
            "org_id": org_id,
            "org_name": org_name,
            "repeal_reason": repeal_reason,
            "repealed_on": repealed_on,
            "title": title,
            "version": version,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        category = InstitutionCategory(d.pop("category"))




        def _parse_document_number(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        document_number = _parse_document_number(d.pop("document_number"))


        effective_from = datetime.date.fromisoformat(d.pop("effective_from"))




        def _parse_file_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        file_id = _parse_file_id(d.pop("file_id"))


        def _parse_file_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        file_name = _parse_file_name(d.pop("file_name"))


        id = d.pop("id")

        issued_by = d.pop("issued_by")

        kind = InstitutionKind(d.pop("kind"))




        note = d.pop("note")

        org_id = d.pop("org_id")

        org_name = d.pop("org_name")

        def _parse_repeal_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        repeal_reason = _parse_repeal_reason(d.pop("repeal_reason"))


        def _parse_repealed_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                repealed_on_type_0 = datetime.date.fromisoformat(data)



                return repealed_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        repealed_on = _parse_repealed_on(d.pop("repealed_on"))


        title = d.pop("title")

        version = d.pop("version")

        institution_read = cls(
            category=category,
            document_number=document_number,
            effective_from=effective_from,
            file_id=file_id,
            file_name=file_name,
            id=id,
            issued_by=issued_by,
            kind=kind,
            note=note,
            org_id=org_id,
            org_name=org_name,
            repeal_reason=repeal_reason,
            repealed_on=repealed_on,
            title=title,
            version=version,
        )


        institution_read.additional_properties = d
        return institution_read

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
