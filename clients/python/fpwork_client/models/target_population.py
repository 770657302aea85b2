from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.marital_status import MaritalStatus
from ..models.sex import Sex
from ..models.target_population_registration_type_0 import TargetPopulationRegistrationType0
from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="TargetPopulation")



@_attrs_define
class TargetPopulation:
    """ Who a program is for; a screening of anyone else is refused and does not count.

        Attributes:
            marital_status (list[MaritalStatus] | None | Unset):
            max_age (int | None | Unset):
            min_age (int | None | Unset): Age reached in the program's year
            registration (None | TargetPopulationRegistrationType0 | Unset): local: registered in the program org's
                district; migrant: elsewhere
            sex (None | Sex | Unset):
     """

    marital_status: list[MaritalStatus] | None | Unset = UNSET
    max_age: int | None | Unset = UNSET
    min_age: int | None | Unset = UNSET
    registration: None | TargetPopulationRegistrationType0 | Unset = UNSET
    sex: None | Sex | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        marital_status: list[str] | None | Unset
        if isinstance(self.marital_status, Unset):
            marital_status = UNSET
        elif isinstance(self.marital_status, list):
            marital_status = []
            for marital_status_type_0_item_data in self.marital_status:
                marital_status_type_0_item = marital_status_type_0_item_data.value
                marital_status.append(marital_status_type_0_item)


        else:
            marital_status = self.marital_status

        max_age: int | None | Unset
        if isinstance(self.max_age, Unset):
            max_age = UNSET
        else:
            max_age = self.max_age

        min_age: int | None | Unset
        if isinstance(self.min_age, Unset):
            min_age = UNSET
        else:
            min_age = self.min_age

        registration: None | str | Unset
        if isinstance(self.registration, Unset):
            registration = UNSET
        elif isinstance(self.registration, TargetPopulationRegistrationType0):
            registration = self.registration.value
        else:
            registration = self.registration

        sex: None | str | Unset
        if isinstance(self.sex, Unset):
            sex = UNSET
        elif isinstance(self.sex, Sex):
            sex = self.sex.value
        else:
            sex = self.sex


        field_dict: dict[str, Any] = {}

        field_dict.update({
        })
        if marital_status is not UNSET:
            field_dict["marital_status"] = marital_status
        if max_age is not UNSET:
            field_dict["max_age"] = max_age
        if min_age is not UNSET:
            field_dict["min_age"] = min_age
        if registration is not UNSET:
            field_dict["registration"] = registration
        if sex is not UNSET:
            field_dict["sex"] = sex

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_marital_status(data: object) -> list[MaritalStatus] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                marital_status_type_0 = []
                _marital_status_type_0 = data
                for marital_status_type_0_item_data in (_marital_status_type_0):
                    marital_status_type_0_item = MaritalStatus(marital_status_type_0_item_data)



                    marital_status_type_0.append(marital_status_type_0_item)

                return marital_status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[MaritalStatus] | None | Unset, data)

        marital_status = _parse_marital_status(d.pop("marital_status", UNSET))


        def _parse_max_age(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        max_age = _parse_max_age(d.pop("max_age", UNSET))


        def _parse_min_age(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        min_age = _parse_min_age(d.pop("min_age", UNSET))


        def _parse_registration(data: object) -> None | TargetPopulationRegistrationType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                registration_type_0 = TargetPopulationRegistrationType0(data)



                return registration_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TargetPopulationRegistrationType0 | Unset, data)

        registration = _parse_registration(d.pop("registration", UNSET))


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


        target_population = cls(
            marital_status=marital_status,
            max_age=max_age,
            min_age=min_age,
            registration=registration,
            sex=sex,
        )

        return target_population

