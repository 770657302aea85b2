from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.child_status import ChildStatus
from ..models.sex import Sex
from ..types import UNSET, Unset
from typing import cast
import datetime






T = TypeVar("T", bound="ChildCreate")



@_attrs_define
class ChildCreate:
    """ 
        Attributes:
            birth_date (datetime.date): Not in the future (422 otherwise)
            name (str):
            sex (Sex):
            adopted (bool | Unset):  Default: False.
            birth_order (int | None | Unset): Next free order if omitted
            deceased_on (datetime.date | None | Unset): With status 'deceased' only; not before birth_date (422 otherwise)
            disability_grade (int | None | Unset): With status 'disabled' only
            resident_id (int | None | Unset):
            status (ChildStatus | Unset):
     """

    birth_date: datetime.date
    name: str
    sex: Sex
    adopted: bool | Unset = False
    birth_order: int | None | Unset = UNSET
    deceased_on: datetime.date | None | Unset = UNSET
    disability_grade: int | None | Unset = UNSET
    resident_id: int | None | Unset = UNSET
    status: ChildStatus | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        birth_date = self.birth_date.isoformat()

        name = self.name

        sex = self.sex.value

        adopted = self.adopted

        birth_order: int | None | Unset
        if isinstance(self.birth_order, Unset):
            birth_order = UNSET
        else:
            birth_order = self.birth_order

        deceased_on: None | str | Unset
        if isinstance(self.deceased_on, Unset):
            deceased_on = UNSET
        elif isinstance(self.deceased_on, datetime.date):
            deceased_on = self.deceased_on.isoformat()
        else:
            deceased_on = self.deceased_on

        disability_grade: int | None | Unset
        if isinstance(self.disability_grade, Unset):
            disability_grade = UNSET
        else:
            disability_grade = self.disability_grade

        resident_id: int | None | Unset
        if isinstance(self.resident_id, Unset):
            resident_id = UNSET
        else:
            resident_id = self.resident_id

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value



        field_dict: dict[str, Any] = {}

        field_dict.update({
            "birth_date": birth_date,
            "name": name,
            "sex": sex,
        })
        if adopted is not UNSET:
            field_dict["adopted"] = adopted
        if birth_order is not UNSET:
            field_dict["birth_order"] = birth_order
        if deceased_on is not UNSET:
            field_dict["deceased_on"] = deceased_on
        if disability_grade is not UNSET:
            field_dict["disability_grade"] = disability_grade
        if resident_id is not UNSET:
            field_dict["resident_id"] = resident_id
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        birth_date = datetime.date.fromisoformat(d.pop("birth_date"))




        name = d.pop("name")

        sex = Sex(d.pop("sex"))




        adopted = d.pop("adopted", UNSET)

        def _parse_birth_order(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        birth_order = _parse_birth_order(d.pop("birth_order", UNSET))


        def _parse_deceased_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                deceased_on_type_0 = datetime.date.fromisoformat(data)



                return deceased_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        deceased_on = _parse_deceased_on(d.pop("deceased_on", UNSET))


        def _parse_disability_grade(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        disability_grade = _parse_disability_grade(d.pop("disability_grade", UNSET))


        def _parse_resident_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        resident_id = _parse_resident_id(d.pop("resident_id", UNSET))


        _status = d.pop("status", UNSET)
        status: ChildStatus | Unset
        if isinstance(_status,  Unset):
            status = UNSET
        else:
            status = ChildStatus(_status)




        child_create = cls(
            birth_date=birth_date,
            name=name,
            sex=sex,
            adopted=adopted,
            birth_order=birth_order,
            deceased_on=deceased_on,
            disability_grade=disability_grade,
            resident_id=resident_id,
            status=status,
        )

        return child_create

