from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.family_document_kind import FamilyDocumentKind
from ..models.family_document_status import FamilyDocumentStatus
from typing import cast
import datetime






T = TypeVar("T", bound="FamilyDocumentRead")



@_attrs_define
class FamilyDocumentRead:
    """ A registration or certificate issued to a family, for one child.

        Attributes:
            child_id (int | None):
            child_order (int):
            family_id (int):
            id (int):
            issued_on (datetime.date):
            issuing_org_id (int | None):
            kind (FamilyDocumentKind):
            number (str):
            revoke_reason (None | str):
            revoked_on (datetime.date | None):
            service_request_id (int | None):
            status (FamilyDocumentStatus):
     """

    child_id: int | None
    child_order: int
    family_id: int
    id: int
    issued_on: datetime.date
    issuing_org_id: int | None
    kind: FamilyDocumentKind
    number: str
    revoke_reason: None | str
    revoked_on: datetime.date | None
    service_request_id: int | None
    status: FamilyDocumentStatus
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        child_id: int | None
        child_id = self.child_id

        child_order = self.child_order

        family_id = self.family_id

        id = self.id

        issued_on = self.issued_on.isoformat()

        issuing_org_id: int | None
        issuing_org_id = self.issuing_org_id

        kind = self.kind.value

        number = self.number

        revoke_reason: None | str
        revoke_reason = self.revoke_reason

        revoked_on: None | str
        if isinstance(self.revoked_on, datetime.date):
            revoked_on = self.revoked_on.isoformat()
        else:
            revoked_on = self.revoked_on

        service_request_id: int | None
        service_request_id = self.service_request_id

        status = self.status.value


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "child_id": child_id,
            "child_order": child_order,
            "family_id": family_id,
            "id": id,
            "issued_on": issued_on,
            "issuing_org_id": issuing_org_id,
            "kind": kind,
            "number": number,
            "revoke_reason": revoke_reason,
            "revoked_on": revoked_on,
            "service_request_id": service_request_id,
            "status": status,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_child_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        child_id = _parse_child_id(d.pop("child_id"))


        child_order = d.pop("child_order")

        family_id = d.pop("family_id")

        id = d.pop("id")

        issued_on = datetime.date.fromisoformat(d.pop("issued_on"))




        def _parse_issuing_org_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        issuing_org_id = _parse_issuing_org_id(d.pop("issuing_org_id"))


        kind = FamilyDocumentKind(d.pop("kind"))




        number = d.pop("number")

        def _parse_revoke_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        revoke_reason = _parse_revoke_reason(d.pop("revoke_reason"))


        def _parse_revoked_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                revoked_on_type_0 = datetime.date.fromisoformat(data)



                return revoked_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        revoked_on = _parse_revoked_on(d.pop("revoked_on"))


        def _parse_service_request_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        service_request_id = _parse_service_request_id(d.pop("service_request_id"))


        status = FamilyDocumentStatus(d.pop("status"))




        family_document_read = cls(
            child_id=child_id,
            child_order=child_order,
            family_id=family_id,
            id=id,
            issued_on=issued_on,
            issuing_org_id=issuing_org_id,
            kind=kind,
            number=number,
            revoke_reason=revoke_reason,
            revoked_on=revoked_on,
            service_request_id=service_request_id,
            status=status,
        )


        family_document_read.additional_properties = d
        return family_document_read

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
