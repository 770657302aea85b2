from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast
import datetime






T = TypeVar("T", bound="EligibilityCheckBody")



@_attrs_define
class EligibilityCheckBody:
    """ 
        Attributes:
            family_id (int):
            reference_date (datetime.date | None | Unset): Defaults to today
     """

    family_id: int
    reference_date: datetime.date | None | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        family_id = self.family_id

        reference_date: None | str | Unset
        if isinstance(self.reference_date, Unset):
            reference_date = UNSET
        elif isinstance(self.reference_date, datetime.date):
            reference_date = self.reference_date.isoformat()
        else:
            reference_date = self.reference_date


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "family_id": family_id,
        })
        if reference_date is not UNSET:
            field_dict["reference_date"] = reference_date

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        family_id = d.pop("family_id")

        def _parse_reference_date(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                reference_date_type_0 = datetime.date.fromisoformat(data)



                return reference_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        reference_date = _parse_reference_date(d.pop("reference_date", UNSET))


        eligibility_check_body = cls(
            family_id=family_id,
            reference_date=reference_date,
        )

        return eligibility_check_body

