from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.contact_kind import ContactKind
from ..types import UNSET, Unset
from typing import cast
import datetime






T = TypeVar("T", bound="ContactVisitCreate")



@_attrs_define
class ContactVisitCreate:
    """ 感情联络: a visit or a call to a partner or to a resident of the community (one of the two).

        Attributes:
            contact_by (str): Who went or called
            contacted_on (datetime.date):
            kind (ContactKind):
            org_id (int): The community that kept in touch
            notes (None | str | Unset):
            partner_id (int | None | Unset): The partner visited or called
            resident_id (int | None | Unset): The resident visited or called
     """

    contact_by: str
    contacted_on: datetime.date
    kind: ContactKind
    org_id: int
    notes: None | str | Unset = UNSET
    partner_id: int | None | Unset = UNSET
    resident_id: int | None | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        contact_by = self.contact_by

        contacted_on = self.contacted_on.isoformat()

        kind = self.kind.value

        org_id = self.org_id

        notes: None | str | Unset
        if isinstance(self.notes, Unset):
            notes = UNSET
        else:
            notes = self.notes

        partner_id: int | None | Unset
        if isinstance(self.partner_id, Unset):
            partner_id = UNSET
        else:
            partner_id = self.partner_id

        resident_id: int | None | Unset
        if isinstance(self.resident_id, Unset):
            resident_id = UNSET
        else:
            resident_id = self.resident_id


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "contact_by": contact_by,
            "contacted_on": contacted_on,
            "kind": kind,
            "org_id": org_id,
        })
        if notes is not UNSET:
            field_dict["notes"] = notes
        if partner_id is not UNSET:
            field_dict["partner_id"] = partner_id
        if resident_id is not UNSET:
            field_dict["resident_id"] = resident_id

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        contact_by = d.pop("contact_by")

        contacted_on = datetime.date.fromisoformat(d.pop("contacted_on"))




        kind = ContactKind(d.pop("kind"))




        org_id = d.pop("org_id")

        def _parse_notes(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        notes = _parse_notes(d.pop("notes", UNSET))


        def _parse_partner_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        partner_id = _parse_partner_id(d.pop("partner_id", UNSET))


        def _parse_resident_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        resident_id = _parse_resident_id(d.pop("resident_id", UNSET))


        contact_visit_create = cls(
            contact_by=contact_by,
            contacted_on=contacted_on,
            kind=kind,
            org_id=org_id,
            notes=notes,
            partner_id=partner_id,
            resident_id=resident_id,
        )

        return contact_visit_create

