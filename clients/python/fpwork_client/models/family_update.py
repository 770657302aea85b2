from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast
import datetime






T = TypeVar("T", bound="FamilyUpdate")



@_attrs_define
class FamilyUpdate:
    """ After the change the family keeps at least one parent, and `honour_certificate_no` and
    `honour_certificate_issued_on` are both set or both empty.

        Attributes:
            honour_certificate_issued_on (datetime.date | None | Unset): `null` clears it.
            honour_certificate_no (None | str | Unset): `null` clears it.
            husband_id (int | None | Unset): `null` clears it.
            marriage_date (datetime.date | None | Unset): `null` clears it.
            wife_id (int | None | Unset): `null` clears it.
     """

    honour_certificate_issued_on: datetime.date | None | Unset = UNSET
    honour_certificate_no: None | str | Unset = UNSET
    husband_id: int | None | Unset = UNSET
    marriage_date: datetime.date | None | Unset = UNSET
    wife_id: int | None | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        honour_certificate_issued_on: None | str | Unset
        if isinstance(self.honour_certificate_issued_on, Unset):
            honour_certificate_issued_on = UNSET
        elif isinstance(self.honour_certificate_issued_on, datetime.date):
            honour_certificate_issued_on = self.honour_certificate_issued_on.isoformat()
        else:
            honour_certificate_issued_on = self.honour_certificate_issued_on

        honour_certificate_no: None | str | Unset
        if isinstance(self.honour_certificate_no, Unset):
            honour_certificate_no = UNSET
        else:
            honour_certificate_no = self.honour_certificate_no

        husband_id: int | None | Unset
        if isinstance(self.husband_id, Unset):
            husband_id = UNSET
        else:
            husband_id = self.husband_id

        marriage_date: None | str | Unset
        if isinstance(self.marriage_date, Unset):
            marriage_date = UNSET
        elif isinstance(self.marriage_date, datetime.date):
            marriage_date = self.marriage_date.isoformat()
        else:
            marriage_date = self.marriage_date

        wife_id: int | None | Unset
        if isinstance(self.wife_id, Unset):
            wife_id = UNSET
        else:
            wife_id = self.wife_id


        field_dict: dict[str, Any] = {}

        field_dict.update({
        })
        if honour_certificate_issued_on is not UNSET:
            field_dict["honour_certificate_issued_on"] = honour_certificate_issued_on
        if honour_certificate_no is not UNSET:
            field_dict["honour_certificate_no"] = honour_certificate_no
        if husband_id is not UNSET:
            field_dict["husband_id"] = husband_id
        if marriage_date is not UNSET:
            field_dict["marriage_date"] = marriage_date
        if wife_id is not UNSET:
            field_dict["wife_id"] = wife_id

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_honour_certificate_issued_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                honour_certificate_issued_on_type_0 = datetime.date.fromisoformat(data)



                return honour_certificate_issued_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        honour_certificate_issued_on = _parse_honour_certificate_issued_on(d.pop("honour_certificate_issued_on", UNSET))


        def _parse_honour_certificate_no(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        honour_certificate_no = _parse_honour_certificate_no(d.pop("honour_certificate_no", UNSET))


        def _parse_husband_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        husband_id = _parse_husband_id(d.pop("husband_id", UNSET))


        def _parse_marriage_date(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                marriage_date_type_0 = datetime.date.fromisoformat(data)



                return marriage_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        marriage_date = _parse_marriage_date(d.pop("marriage_date", UNSET))


        def _parse_wife_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        wife_id = _parse_wife_id(d.pop("wife_id", UNSET))


        family_update = cls(
            honour_certificate_issued_on=honour_certificate_issued_on,
            honour_certificate_no=honour_certificate_no,
            husband_id=husband_id,
            marriage_date=marriage_date,
            wife_id=wife_id,
        )

        return family_update

