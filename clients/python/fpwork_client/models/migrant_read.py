from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.certificate_status import CertificateStatus
from ..models.migrant_status import MigrantStatus
from ..models.permit_status import PermitStatus
from typing import cast
import datetime






T = TypeVar("T", bound="MigrantRead")



@_attrs_define
class MigrantRead:
    """ 
        Attributes:
            address (str):
            arrival_date (datetime.date):
            certificate_due_on (datetime.date):
            certificate_issued_on (datetime.date | None):
            certificate_issuer (None | str):
            certificate_number (None | str):
            certificate_overdue (bool):
            certificate_reminded_on (datetime.date | None):
            certificate_status (CertificateStatus): 婚育证明: missing until submitted; verified once the registration place
                confirmed it.
            community_id (int):
            created_at (datetime.datetime):
            departed_on (datetime.date | None):
            destination (None | str):
            employer_name (None | str):
            employer_unit_id (int | None):
            household_division_code (str):
            household_province (str):
            id (int):
            permit_applied_on (datetime.date | None):
            permit_endorsed_on (datetime.date | None):
            permit_expires_on (datetime.date | None):
            permit_issued_on (datetime.date | None):
            permit_status (PermitStatus): 居住证: none, applied (issued within 15 days), issued (endorsed yearly).
            resident_id (int):
            status (MigrantStatus):
            updated_at (datetime.datetime):
            version (int):
     """

    address: str
    arrival_date: datetime.date
    certificate_due_on: datetime.date
    certificate_issued_on: datetime.date | None
    certificate_issuer: None | str
    certificate_number: None | str
    certificate_overdue: bool
    certificate_reminded_on: datetime.date | None
    certificate_status: CertificateStatus
    community_id: int
    created_at: datetime.datetime
    departed_on: datetime.date | None
    destination: None | str
    employer_name: None | str
    employer_unit_id: int | None
    household_division_code: str
    household_province: str
    id: int
    permit_applied_on: datetime.date | None
    permit_endorsed_on: datetime.date | None
    permit_expires_on: datetime.date | None
    permit_issued_on: datetime.date | None
    permit_status: PermitStatus
    resident_id: int
    status: MigrantStatus
    updated_at: datetime.datetime
    version: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        address = self.address

        arrival_date = self.arrival_date.isoformat()

        certificate_due_on = self.certificate_due_on.isoformat()

        certificate_issued_on: None | str
        if isinstance(self.certificate_issued_on, datetime.date):
            certificate_issued_on = self.certificate_issued_on.isoformat()
        else:
            certificate_issued_on = self.certificate_issued_on

        certificate_issuer: None | str
        certificate_issuer = self.certificate_issuer

        certificate_number: None | str
        certificate_number = self.certificate_number

        certificate_overdue = self.certificate_overdue

        certificate_reminded_on: None | str
        if isinstance(self.certificate_reminded_on, datetime.date):
            certificate_reminded_on = self.certificate_reminded_on.isoformat()
        else:
            certificate_reminded_on = self.certificate_reminded_on

        certificate_status = self.certificate_status.value

        community_id = self.community_id

        created_at = self.created_at.isoformat()

        departed_on: None | str
        if isinstance(self.departed_on, datetime.date):
            departed_on = self.departed_on.isoformat()
        else:
            departed_on = self.departed_on

        destination: None | str
        destination = self.destination

        employer_name: None | str
        employer_name = self.employer_name

        employer_unit_id: int | None
        employer_unit_id = self.employer_unit_id

        household_division_code = self.household_division_code

        household_province = self.household_province

        id = self.id

        permit_applied_on: None | str
        if isinstance(self.permit_applied_on, datetime.date):
            permit_applied_on = self.permit_applied_on.isoformat()
        else:
            permit_applied_on = self.permit_applied_on

        permit_endorsed_on: None | str
        if isinstance(self.permit_endorsed_on, datetime.date):
            permit_endorsed_on = self.permit_endorsed_on.isoformat()
        else:
            permit_endorsed_on = self.permit_endorsed_on

        permit_expires_on: None | str
        if isinstance(self.permit_expires_on, datetime.date):
            permit_expires_on = self.permit_expires_on.isoformat()
        else:
            permit_expires_on = self.permit_expires_on

        permit_issued_on: None | str
        if isinstance(self.permit_issued_on, datetime.date):
            permit_issued_on = self.permit_issued_on.isoformat()
        else:
            permit_issued_on = self.permit_issued_on

        permit_status = self.permit_status.value

        resident_id = self.resident_id

        status = self.status.value

        updated_at = self.updated_at.isoformat()

        version = self.version


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "address": address,
            "arrival_date": arrival_date,
            "certificate_due_on": certificate_due_on,
            "certificate_issued_on": certificate_issued_on,
            "certificate_issuer": certificate_issuer,
            "certificate_number": certificate_number,
            "certificate_overdue": certificate_overdue,
            "certificate_reminded_on": certificate_reminded_on,
            "certificate_status": certificate_status,
            "community_id": community_id,
            "created_at": created_at,
            "departed_on": departed_on,
            "destination": destination,
            "employer_name": employer_name,
            "employer_unit_id": employer_unit_id,
            "household_division_code": household_division_code,
            "household_province": household_province,
            "id": id,
            "permit_applied_on": permit_applied_on,
            "permit_endorsed_on": permit_endorsed_on,
            "permit_expires_on": permit_expires_on,
            "permit_issued_on": permit_issued_on,
            "permit_status": permit_status,
            "resident_id": resident_id,
            "status": status,
            "updated_at": updated_at,
            "version": version,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        address = d.pop("address")

        arrival_date = datetime.date.fromisoformat(d.pop("arrival_date"))




        certificate_due_on = datetime.date.fromisoformat(d.pop("certificate_due_on"))




        def _parse_certificate_issued_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                certificate_issued_on_type_0 = datetime.date.fromisoformat(data)



                return certificate_issued_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        certificate_issued_on = _parse_certificate_issued_on(d.pop("certificate_issued_on"))


        def _parse_certificate_issuer(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        certificate_issuer = _parse_certificate_issuer(d.pop("certificate_issuer"))


        def _parse_certificate_number(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        certificate_number = _parse_certificate_number(d.pop("certificate_number"))


        certificate_overdue = d.pop("certificate_overdue")

        def _parse_certificate_reminded_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                certificate_reminded_on_type_0 = datetime.date.fromisoformat(data)



                return certificate_reminded_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        certificate_reminded_on = _parse_certificate_reminded_on(d.pop("certificate_reminded_on"))


        certificate_status = CertificateStatus(d.pop("certificate_status"))




        community_id = d.pop("community_id")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))




        def _parse_departed_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                departed_on_type_0 = datetime.date.fromisoformat(data)



                return departed_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        departed_on = _parse_departed_on(d.pop("departed_on"))


        def _parse_destination(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        destination = _parse_destination(d.pop("destination"))


        def _parse_employer_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        employer_name = _parse_employer_name(d.pop("employer_name"))


        def _parse_employer_unit_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        employer_unit_id = _parse_employer_unit_id(d.pop("employer_unit_id"))


        household_division_code = d.pop("household_division_code")

        household_province = d.pop("household_province")

        id = d.pop("id")

        def _parse_permit_applied_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                permit_applied_on_type_0 = datetime.date.fromisoformat(data)



                return permit_applied_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        permit_applied_on = _parse_permit_applied_on(d.pop("permit_applied_on"))


        def _parse_permit_endorsed_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                permit_endorsed_on_type_0 = datetime.date.fromisoformat(data)



                return permit_endorsed_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        permit_endorsed_on = _parse_permit_endorsed_on(d.pop("permit_endorsed_on"))


        def _parse_permit_expires_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                permit_expires_on_type_0 = datetime.date.fromisoformat(data)



                return permit_expires_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        permit_expires_on = _parse_permit_expires_on(d.pop("permit_expires_on"))


        def _parse_permit_issued_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                permit_issued_on_type_0 = datetime.date.fromisoformat(data)



                return permit_issued_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        permit_issued_on = _parse_permit_issued_on(d.pop("permit_issued_on"))


        permit_status = PermitStatus(d.pop("permit_status"))




        resident_id = d.pop("resident_id")

        status = MigrantStatus(d.pop("status"))




        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))




        version = d.pop("version")

        migrant_read = cls(
            address=address,
            arrival_date=arrival_date,
            certificate_due_on=certificate_due_on,
            certificate_issued_on=certificate_issued_on,
            certificate_issuer=certificate_issuer,
            certificate_number=certificate_number,
            certificate_overdue=certificate_overdue,
            certificate_reminded_on=certificate_reminded_on,
            certificate_status=certificate_status,
            community_id=community_id,
            created_at=created_at,
            departed_on=departed_on,
            destination=destination,
            employer_name=employer_name,
            employer_unit_id=employer_unit_id,
            household_division_code=household_division_code,
            household_province=household_province,
            id=id,
            permit_applied_on=permit_applied_on,
            permit_endorsed_on=permit_endorsed_on,
            permit_expires_on=permit_expires_on,
            permit_issued_on=permit_issued_on,
            permit_status=permit_status,
            resident_id=resident_id,
            status=status,
            updated_at=updated_at,
            version=version,
        )


        migrant_read.additional_properties = d
        return migrant_read

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
