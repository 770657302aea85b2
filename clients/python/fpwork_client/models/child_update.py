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
            deceased_on (datetime.date | None | Unset):
            disability_grade (int | None | Unset):
            name (None | str | Unset):
            status (ChildStatus | None | Unset):
     """

    deceased_on: datetime.date | None | Unset = UNSET
    disability_grade: int | None | Unset = UNSET
    name: None | str | Unset = UNSET
    status: ChildStatus | None | Unset = UNSET





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

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, ChildStatus):
            status = self.status.value
        else:
            status = self.status


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


        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))


        def _parse_status(data: object) -> ChildStatus | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = ChildStatus(data)



                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ChildStatus | None | Unset, data)

        status = _parse_status(d.pop("status", UNSET))


        child_update = cls(
            deceased_on=deceased_on,
            disability_grade=disability_grade,
            name=name,
            status=status,
        )

        return child_update

