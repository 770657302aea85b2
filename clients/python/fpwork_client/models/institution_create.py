from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.institution_kind import InstitutionKind
from ..types import UNSET, Unset
from typing import cast
import datetime






T = TypeVar("T", bound="InstitutionCreate")



@_attrs_define
class InstitutionCreate:
    """ 
        Attributes:
            effective_from (datetime.date):
            issued_by (str):
            kind (InstitutionKind):
            org_id (int): Whose body or rules these are: the street, a community or a unit
            title (str):
            document_number (None | str | Unset):
            file_id (int | None | Unset): The signed document (POST /evidence-files)
            note (str | Unset):  Default: ''.
     """

    effective_from: datetime.date
    issued_by: str
    kind: InstitutionKind
    org_id: int
    title: str
    document_number: None | str | Unset = UNSET
    file_id: int | None | Unset = UNSET
    note: str | Unset = ''





    def to_dict(self) -> dict[str, Any]:
        effective_from = self.effective_from.isoformat()

        issued_by = self.issued_by

        kind = self.kind.value

        org_id = self.org_id

        title = self.title

        document_number: None | str | Unset
        if isinstance(self.document_number, Unset):
            document_number = UNSET
        else:
            document_number = self.document_number

        file_id: int | None | Unset
        if isinstance(self.file_id, Unset):
            file_id = UNSET
        else:
            file_id = self.file_id

        note = self.note


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "effective_from": effective_from,
            "issued_by": issued_by,
            "kind": kind,
            "org_id": org_id,
            "title": title,
        })
        if document_number is not UNSET:
            field_dict["document_number"] = document_number
        if file_id is not UNSET:
            field_dict["file_id"] = file_id
        if note is not UNSET:
            field_dict["note"] = note

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        effective_from = datetime.date.fromisoformat(d.pop("effective_from"))




        issued_by = d.pop("issued_by")

        kind = InstitutionKind(d.pop("kind"))




        org_id = d.pop("org_id")

        title = d.pop("title")

        def _parse_document_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        document_number = _parse_document_number(d.pop("document_number", UNSET))


        def _parse_file_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        file_id = _parse_file_id(d.pop("file_id", UNSET))


        note = d.pop("note", UNSET)

        institution_create = cls(
            effective_from=effective_from,
            issued_by=issued_by,
            kind=kind,
            org_id=org_id,
            title=title,
            document_number=document_number,
            file_id=file_id,
            note=note,
        )

        return institution_create

