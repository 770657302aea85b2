from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.marital_status import MaritalStatus
from ..models.resident_status import ResidentStatus
from ..models.sex import Sex
from typing import cast
import datetime






T = TypeVar("T", bound="ResidentRead")



@_attrs_define
class ResidentRead:
    """ Read from the row's masked columns; the service swaps in plaintext only on an audited reveal.

        Attributes:
            birth_date (datetime.date):
            community_id (int):
            created_at (datetime.datetime):
            employer_unit_id (int | None):
            household_division_code (str):
            id (int):
            id_number (str): Masked (110105********002X) unless revealed
            marital_status (MaritalStatus):
            name (str):
            phone (None | str): Masked (138****5678) unless revealed
            sex (Sex):
            status (ResidentStatus):
            status_date (datetime.date | None):
            updated_at (datetime.datetime):
            version (int):
     """

    birth_date: datetime.date
    community_id: int
    created_at: datetime.datetime
    employer_unit_id: int | None
    household_division_code: str
    id: int
    id_number: str
    marital_status: MaritalStatus
    name: str
    phone: None | str
    sex: Sex
    status: ResidentStatus
    status_date: datetime.date | None
    updated_at: datetime.datetime
    version: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        birth_date = self.birth_date.isoformat()

        community_id = self.community_id

        created_at = self.created_at.isoformat()

        employer_unit_id: int | None
        employer_unit_id = self.employer_unit_id

        household_division_code = self.household_division_code

        id = self.id

        id_number = self.id_number

        marital_status = self.marital_status.value

        name = self.name

        phone: None | str
        phone = self.phone

        sex = self.sex.value

        status = self.status.value

        status_date: None | str
        if isinstance(self.status_date, datetime.date):
            status_date = self.status_date.isoformat()
        else:
            status_date = self.status_date

        updated_at = self.updated_at.isoformat()

        version = self.version


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "birth_date": birth_date,
            "community_id": community_id,
            "created_at": created_at,
            "employer_unit_id": employer_unit_id,
            "household_division_code": household_division_code,
            "id": id,
            "id_number": id_number,
            "marital_status": marital_status,
            "name": name,
            "phone": phone,
            "sex": sex,
            "status": status,
            "status_date": status_date,
            "updated_at": updated_at,
            "version": version,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        birth_date = datetime.date.fromisoformat(d.pop("birth_date"))




        community_id = d.pop("community_id")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))




        def _parse_employer_unit_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        employer_unit_id = _parse_employer_unit_id(d.pop("employer_unit_id"))


        household_division_code = d.pop("household_division_code")

        id = d.pop("id")

        id_number = d.pop("id_number")

        marital_status = MaritalStatus(d.pop("marital_status"))




        name = d.pop("name")

        def _parse_phone(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        phone = _parse_phone(d.pop("phone"))


        sex = Sex(d.pop("sex"))




        status = ResidentStatus(d.pop("status"))




        def _parse_status_date(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_date_type_0 = datetime.date.fromisoformat(data)



                return status_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        status_date = _parse_status_date(d.pop("status_date"))


        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))




        version = d.pop("version")

        resident_read = cls(
            birth_date=birth_date,
            community_id=community_id,
            created_at=created_at,
            employer_unit_id=employer_unit_id,
            household_division_code=household_division_code,
            id=id,
            id_number=id_number,
            marital_status=marital_status,
            name=name,
            phone=phone,
            sex=sex,
            status=status,
            status_date=status_date,
            updated_at=updated_at,
            version=version,
        )


        resident_read.additional_properties = d
        return resident_read

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
