from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.child_read import ChildRead





T = TypeVar("T", bound="FamilyRead")



@_attrs_define
class FamilyRead:
    """ 
        Attributes:
            birth_registration_no (None | str):
            children (list[ChildRead]):
            community_id (int):
            created_at (datetime.datetime):
            honour_certificate_issued_on (datetime.date | None):
            honour_certificate_no (None | str):
            honour_certificate_void_on (datetime.date | None): Set when a second child was born or adopted: the certificate
                is no longer valid
            husband_id (int | None):
            id (int):
            marriage_date (datetime.date | None):
            updated_at (datetime.datetime):
            version (int):
            wife_id (int | None):
     """

    birth_registration_no: None | str
    children: list[ChildRead]
    community_id: int
    created_at: datetime.datetime
    honour_certificate_issued_on: datetime.date | None
    honour_certificate_no: None | str
    honour_certificate_void_on: datetime.date | None
    husband_id: int | None
    id: int
    marriage_date: datetime.date | None
    updated_at: datetime.datetime
    version: int
    wife_id: int | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.child_read import ChildRead # noqa: PLC0415
        birth_registration_no: None | str
        birth_registration_no = self.birth_registration_no

        children = []
        for children_item_data in self.children:
            children_item = children_item_data.to_dict()
            children.append(children_item)



        community_id = self.community_id

        created_at = self.created_at.isoformat()

        honour_certificate_issued_on: None | str
        if isinstance(self.honour_certificate_issued_on, datetime.date):
            honour_certificate_issued_on = self.honour_certificate_issued_on.isoformat()
        else:
            honour_certificate_issued_on = self.honour_certificate_issued_on

        honour_certificate_no: None | str
        honour_certificate_no = self.honour_certificate_no

        honour_certificate_void_on: None | str
        if isinstance(self.honour_certificate_void_on, datetime.date):
            honour_certificate_void_on = self.honour_certificate_void_on.isoformat()
        else:
            honour_certificate_void_on = self.honour_certificate_void_on

        husband_id: int | None
        husband_id = self.husband_id

        id = self.id

        marriage_date: None | str
        if isinstance(self.marriage_date, datetime.date):
            marriage_date = self.marriage_date.isoformat()
        else:
            marriage_date = self.marriage_date

        updated_at = self.updated_at.isoformat()

        version = self.version

        wife_id: int | None
        wife_id = self.wife_id


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "birth_registration_no": birth_registration_no,
            "children": children,
            "community_id": community_id,
            "created_at": created_at,
            "honour_certificate_issued_on": honour_certificate_issued_on,
            "honour_certificate_no": honour_certificate_no,
            "honour_certificate_void_on": honour_certificate_void_on,
            "husband_id": husband_id,
            "id": id,
            "marriage_date": marriage_date,
            "updated_at": updated_at,
            "version": version,
            "wife_id": wife_id,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.child_read import ChildRead # noqa: PLC0415
        d = dict(src_dict)
        def _parse_birth_registration_no(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        birth_registration_no = _parse_birth_registration_no(d.pop("birth_registration_no"))


        children = []
        _children = d.pop("children")
        for children_item_data in (_children):
            children_item = ChildRead.from_dict(children_item_data)



            children.append(children_item)


        community_id = d.pop("community_id")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))




        def _parse_honour_certificate_issued_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                honour_certificate_issued_on_type_0 = datetime.date.fromisoformat(data)



                return honour_certificate_issued_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        honour_certificate_issued_on = _parse_honour_certificate_issued_on(d.pop("honour_certificate_issued_on"))


        def _parse_honour_certificate_no(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        honour_certificate_no = _parse_honour_certificate_no(d.pop("honour_certificate_no"))


        def _parse_honour_certificate_void_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                honour_certificate_void_on_type_0 = datetime.date.fromisoformat(data)



                return honour_certificate_void_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        honour_certificate_void_on = _parse_honour_certificate_void_on(d.pop("honour_certificate_void_on"))


        def _parse_husband_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        husband_id = _parse_husband_id(d.pop("husband_id"))


        id = d.pop("id")

        def _parse_marriage_date(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                marriage_date_type_0 = datetime.date.fromisoformat(data)



                return marriage_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        marriage_date = _parse_marriage_date(d.pop("marriage_date"))


        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))




        version = d.pop("version")

        def _parse_wife_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        wife_id = _parse_wife_id(d.pop("wife_id"))


        family_read = cls(
            birth_registration_no=birth_registration_no,
            children=children,
            community_id=community_id,
            created_at=created_at,
            honour_certificate_issued_on=honour_certificate_issued_on,
            honour_certificate_no=honour_certificate_no,
            honour_certificate_void_on=honour_certificate_void_on,
            husband_id=husband_id,
            id=id,
            marriage_date=marriage_date,
            updated_at=updated_at,
            version=version,
            wife_id=wife_id,
        )


        family_read.additional_properties = d
        return family_read

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
