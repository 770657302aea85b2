from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast
import datetime






T = TypeVar("T", bound="MigrantCreate")



@_attrs_define
class MigrantCreate:
    """ Register the arrival of a resident whose household registration lies outside the district.

        Attributes:
            address (str):
            arrival_date (datetime.date):
            resident_id (int):
            employer_name (None | str | Unset):
            household_division_code (None | str | Unset): 户籍地; defaults to the resident's household registration place
     """

    address: str
    arrival_date: datetime.date
    resident_id: int
    employer_name: None | str | Unset = UNSET
    household_division_code: None | str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        address = self.address

        arrival_date = self.arrival_date.isoformat()

        resident_id = self.resident_id

        employer_name: None | str | Unset
        if isinstance(self.employer_name, Unset):
            employer_name = UNSET
        else:
            employer_name = self.employer_name

        household_division_code: None | str | Unset
        if isinstance(self.household_division_code, Unset):
            household_division_code = UNSET
        else:
            household_division_code = self.household_division_code


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "address": address,
            "arrival_date": arrival_date,
            "resident_id": resident_id,
        })
        if employer_name is not UNSET:
            field_dict["employer_name"] = employer_name
        if household_division_code is not UNSET:
            field_dict["household_division_code"] = household_division_code

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        address = d.pop("address")

        arrival_date = datetime.date.fromisoformat(d.pop("arrival_date"))




        resident_id = d.pop("resident_id")

        def _parse_employer_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        employer_name = _parse_employer_name(d.pop("employer_name", UNSET))


        def _parse_household_division_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        household_division_code = _parse_household_division_code(d.pop("household_division_code", UNSET))


        migrant_create = cls(
            address=address,
            arrival_date=arrival_date,
            resident_id=resident_id,
            employer_name=employer_name,
            household_division_code=household_division_code,
        )

        return migrant_create

