from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.marital_status import MaritalStatus
from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="ResidentUpdate")



@_attrs_define
class ResidentUpdate:
    """ 
        Attributes:
            employer_unit_id (int | None | Unset): `null` clears it.
            household_division_code (str | Unset):
            marital_status (MaritalStatus | Unset):
            name (str | Unset):
            phone (None | str | Unset): `null` clears it.
     """

    employer_unit_id: int | None | Unset = UNSET
    household_division_code: str | Unset = UNSET
    marital_status: MaritalStatus | Unset = UNSET
    name: str | Unset = UNSET
    phone: None | str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        employer_unit_id: int | None | Unset
        if isinstance(self.employer_unit_id, Unset):
            employer_unit_id = UNSET
        else:
            employer_unit_id = self.employer_unit_id

        household_division_code = self.household_division_code

        marital_status: str | Unset = UNSET
        if not isinstance(self.marital_status, Unset):
            marital_status = self.marital_status.value


        name = self.name

        phone: None | str | Unset
        if isinstance(self.phone, Unset):
            phone = UNSET
        else:
            phone = self.phone


        field_dict: dict[str, Any] = {}

        field_dict.update({
        })
        if employer_unit_id is not UNSET:
            field_dict["employer_unit_id"] = employer_unit_id
        if household_division_code is not UNSET:
            field_dict["household_division_code"] = household_division_code
        if marital_status is not UNSET:
            field_dict["marital_status"] = marital_status
        if name is not UNSET:
            field_dict["name"] = name
        if phone is not UNSET:
            field_dict["phone"] = phone

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_employer_unit_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        employer_unit_id = _parse_employer_unit_id(d.pop("employer_unit_id", UNSET))


        household_division_code = d.pop("household_division_code", UNSET)

        _marital_status = d.pop("marital_status", UNSET)
        marital_status: MaritalStatus | Unset
        if isinstance(_marital_status,  Unset):
            marital_status = UNSET
        else:
            marital_status = MaritalStatus(_marital_status)




        name = d.pop("name", UNSET)

        def _parse_phone(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        phone = _parse_phone(d.pop("phone", UNSET))


        resident_update = cls(
            employer_unit_id=employer_unit_id,
            household_division_code=household_division_code,
            marital_status=marital_status,
            name=name,
            phone=phone,
        )

        return resident_update

