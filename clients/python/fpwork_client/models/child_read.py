from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.child_status import ChildStatus
from ..models.sex import Sex
from typing import cast
import datetime






T = TypeVar("T", bound="ChildRead")



@_attrs_define
class ChildRead:
    """ 
        Attributes:
            adopted (bool):
            birth_date (datetime.date):
            birth_order (int):
            deceased_on (datetime.date | None):
            disability_grade (int | None):
            family_id (int):
            id (int):
            name (str):
            resident_id (int | None):
            sex (Sex):
            status (ChildStatus):
            version (int):
     """

    adopted: bool
    birth_date: datetime.date
    birth_order: int
    deceased_on: datetime.date | None
    disability_grade: int | None
    family_id: int
    id: int
    name: str
    resident_id: int | None
    sex: Sex
    status: ChildStatus
    version: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        adopted = self.adopted

        birth_date = self.birth_date.isoformat()

        birth_order = self.birth_order

        deceased_on: None | str
        if isinstance(self.deceased_on, datetime.date):
            deceased_on = self.deceased_on.isoformat()
        else:
            deceased_on = self.deceased_on

        disability_grade: int | None
        disability_grade = self.disability_grade

        family_id = self.family_id

        id = self.id

        name = self.name

        resident_id: int | None
        resident_id = self.resident_id

        sex = self.sex.value

        status = self.status.value

        version = self.version


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "adopted": adopted,
            "birth_date": birth_date,
            "birth_order": birth_order,
            "deceased_on": deceased_on,
            "disability_grade": disability_grade,
            "family_id": family_id,
            "id": id,
            "name": name,
            "resident_id": resident_id,
            "sex": sex,
            "status": status,
            "version": version,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        adopted = d.pop("adopted")

        birth_date = datetime.date.fromisoformat(d.pop("birth_date"))




        birth_order = d.pop("birth_order")

        def _parse_deceased_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                deceased_on_type_0 = datetime.date.fromisoformat(data)



                return deceased_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        deceased_on = _parse_deceased_on(d.pop("deceased_on"))


        def _parse_disability_grade(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        disability_grade = _parse_disability_grade(d.pop("disability_grade"))


        family_id = d.pop("family_id")

        id = d.pop("id")

        name = d.pop("name")

        def _parse_resident_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        resident_id = _parse_resident_id(d.pop("resident_id"))


        sex = Sex(d.pop("sex"))




        status = ChildStatus(d.pop("status"))




        version = d.pop("version")

        child_read = cls(
            adopted=adopted,
            birth_date=birth_date,
            birth_order=birth_order,
            deceased_on=deceased_on,
            disability_grade=disability_grade,
            family_id=family_id,
            id=id,
            name=name,
            resident_id=resident_id,
            sex=sex,
            status=status,
            version=version,
        )


        child_read.additional_properties = d
        return child_read

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
