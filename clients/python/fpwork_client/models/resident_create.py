from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.marital_status import MaritalStatus
from ..models.sex import Sex
from ..types import UNSET, Unset
from typing import cast
import datetime






T = TypeVar("T", bound="ResidentCreate")



@_attrs_define
class ResidentCreate:
    """ 
        Attributes:
            community_id (int):
            household_division_code (str): 户籍地: 6, 9 or 12-digit division code
            id_number (str): GB 11643 citizen ID number
            name (str):
            birth_date (datetime.date | None | Unset): Derived from the ID number; if sent it must agree
            employer_unit_id (int | None | Unset):
            marital_status (MaritalStatus | Unset):
            phone (None | str | Unset):
            sex (None | Sex | Unset): Derived from the ID number; if sent it must agree
     """

    community_id: int
    household_division_code: str
    id_number: str
    name: str
    birth_date: datetime.date | None | Unset = UNSET
    employer_unit_id: int | None | Unset = UNSET
    marital_status: MaritalStatus | Unset = UNSET
    phone: None | str | Unset = UNSET
    sex: None | Sex | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        community_id = self.community_id

        household_division_code = self.household_division_code

        id_number = self.id_number

        name = self.name

        birth_date: None | str | Unset
        if isinstance(self.birth_date, Unset):
            birth_date = UNSET
        elif isinstance(self.birth_date, datetime.date):
            birth_date = self.birth_date.isoformat()
        else:
            birth_date = self.birth_date

        employer_unit_id: int | None | Unset
        if isinstance(self.employer_unit_id, Unset):
            employer_unit_id = UNSET
        else:
            employer_unit_id = self.employer_unit_id

        marital_status: str | Unset = UNSET
        if not isinstance(self.marital_status, Unset):
            marital_status = self.marital_status.value


        phone: None | str | Unset
        if isinstance(self.phone, Unset):
            phone = UNSET
        else:
            phone = self.phone

        sex: None | str | Unset
        if isinstance(self.sex, Unset):
            sex = UNSET
        elif isinstance(self.sex, Sex):
            sex = self.sex.value
        else:
            sex = self.sex


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "community_id": community_id,
            "household_division_code": household_division_code,
            "id_number": id_number,
            "name": name,
        })
        if birth_date is not UNSET:
            field_dict["birth_date"] = birth_date
        if employer_unit_id is not UNSET:
            field_dict["employer_unit_id"] = employer_unit_id
        if marital_status is not UNSET:
            field_dict["marital_status"] = marital_status
        if phone is not UNSET:
            field_dict["phone"] = phone
        if sex is not UNSET:
            field_dict["sex"] = sex

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        community_id = d.pop("community_id")

        household_division_code = d.pop("household_division_code")

        id_number = d.pop("id_number")

        name = d.pop("name")

        def _parse_birth_date(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                birth_date_type_0 = datetime.date.fromisoformat(data)



                return birth_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        birth_date = _parse_birth_date(d.pop("birth_date", UNSET))


        def _parse_employer_unit_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        employer_unit_id = _parse_employer_unit_id(d.pop("employer_unit_id", UNSET))


        _marital_status = d.pop("marital_status", UNSET)
        marital_status: MaritalStatus | Unset
        if isinstance(_marital_status,  Unset):
            marital_status = UNSET
        else:
            marital_status = MaritalStatus(_marital_status)




        def _parse_phone(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        phone = _parse_phone(d.pop("phone", UNSET))


        def _parse_sex(data: object) -> None | Sex | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                sex_type_0 = Sex(data)



                return sex_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Sex | Unset, data)

        sex = _parse_sex(d.pop("sex", UNSET))


        resident_create = cls(
            community_id=community_id,
            household_division_code=household_division_code,
            id_number=id_number,
            name=name,
            birth_date=birth_date,
            employer_unit_id=employer_unit_id,
            marital_status=marital_status,
            phone=phone,
            sex=sex,
        )

        return resident_create

