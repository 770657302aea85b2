from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.child_create import ChildCreate





T = TypeVar("T", bound="FamilyCreate")



@_attrs_define
class FamilyCreate:
    """ 
        Attributes:
            community_id (int):
            children (list[ChildCreate] | Unset):
            honour_certificate_issued_on (datetime.date | None | Unset):
            honour_certificate_no (None | str | Unset):
            husband_id (int | None | Unset):
            marriage_date (datetime.date | None | Unset):
            wife_id (int | None | Unset): Not the husband's id
     """

    community_id: int
    children: list[ChildCreate] | Unset = UNSET
    honour_certificate_issued_on: datetime.date | None | Unset = UNSET
    honour_certificate_no: None | str | Unset = UNSET
    husband_id: int | None | Unset = UNSET
    marriage_date: datetime.date | None | Unset = UNSET
    wife_id: int | None | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        from ..models.child_create import ChildCreate # noqa: PLC0415
        community_id = self.community_id

        children: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.children, Unset):
            children = []
            for children_item_data in self.children:
                children_item = children_item_data.to_dict()
                children.append(children_item)



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
            "community_id": community_id,
        })
        if children is not UNSET:
            field_dict["children"] = children
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
        from ..models.child_create import ChildCreate # noqa: PLC0415
        d = dict(src_dict)
        community_id = d.pop("community_id")

        _children = d.pop("children", UNSET)
        children: list[ChildCreate] | Unset = UNSET
        if _children is not UNSET:
            children = []
            for children_item_data in _children:
                children_item = ChildCreate.from_dict(children_item_data)



                children.append(children_item)


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


        family_create = cls(
            community_id=community_id,
            children=children,
            honour_certificate_issued_on=honour_certificate_issued_on,
            honour_certificate_no=honour_certificate_no,
            husband_id=husband_id,
            marriage_date=marriage_date,
            wife_id=wife_id,
        )

        return family_create

