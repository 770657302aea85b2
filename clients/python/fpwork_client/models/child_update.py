from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.child_status import ChildStatus
from ..types import UNSET, Unset
from typing import cast
import datetime






T = TypeVar("T", bound="ChildUpdate")



@_attrs_define
class ChildUpdate:
    """ 
        Attributes:
            deceased_on (datetime.date | None | Unset): `null` clears it.
            disability_grade (int | None | Unset): `null` clears it.
            name (str | Unset):
            status (ChildStatus | Unset):
     """

    deceased_on: datetime.date | None | Unset = UNSET
    disability_grade: int | None | Unset = UNSET
    name: str | Unset = UNSET
    status: ChildStatus | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
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

        name = self.name

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value



        field_dict: dict[str, Any] = {}

        field_dict.update({
        })
        if deceased_on is not UNSET:
            field_dict["deceased_on"] = deceased_on
        if disability_grade is not UNSET:
            field_dict["disability_grade"] = disability_grade
        if name is not UNSET:
            field_dict["name"] = name
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
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


        name = d.pop("name", UNSET)

        _status = d.pop("status", UNSET)
        status: ChildStatus | Unset
        if isinstance(_status,  Unset):
            status = UNSET
        else:
            status = ChildStatus(_status)




        child_update = cls(
            deceased_on=deceased_on,
            disability_grade=disability_grade,
            name=name,
            status=status,
        )

        return child_update

