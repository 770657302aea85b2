from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast
import datetime






T = TypeVar("T", bound="FamilySummary")



@_attrs_define
class FamilySummary:
    """ List rows: the family without its children (one query per page, not one per family).

        Attributes:
            community_id (int):
            honour_certificate_no (None | str):
            husband_id (int | None):
            id (int):
            marriage_date (datetime.date | None):
            version (int):
            wife_id (int | None):
            children_count (int | None | Unset):
            community_name (None | str | Unset):
            husband_name (None | str | Unset):
            wife_name (None | str | Unset):
     """

    community_id: int
    honour_certificate_no: None | str
    husband_id: int | None
    id: int
    marriage_date: datetime.date | None
    version: int
    wife_id: int | None
    children_count: int | None | Unset = UNSET
    community_name: None | str | Unset = UNSET
    husband_name: None | str | Unset = UNSET
    wife_name: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        community_id = self.community_id

        honour_certificate_no: None | str
        honour_certificate_no = self.honour_certificate_no

        husband_id: int | None
        husband_id = self.husband_id

        id = self.id

        marriage_date: None | str
        if isinstance(self.marriage_date, datetime.date):
            marriage_date = self.marriage_date.isoformat()
        else:
            marriage_date = self.marriage_date

        version = self.version

        wife_id: int | None
        wife_id = self.wife_id

        children_count: int | None | Unset
        if isinstance(self.children_count, Unset):
            children_count = UNSET
        else:
            children_count = self.children_count

        community_name: None | str | Unset
        if isinstance(self.community_name, Unset):
            community_name = UNSET
        else:
            community_name = self.community_name

        husband_name: None | str | Unset
        if isinstance(self.husband_name, Unset):
            husband_name = UNSET
        else:
            husband_name = self.husband_name

        wife_name: None | str | Unset
        if isinstance(self.wife_name, Unset):
            wife_name = UNSET
        else:
            wife_name = self.wife_name


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "community_id": community_id,
            "honour_certificate_no": honour_certificate_no,
            "husband_id": husband_id,
            "id": id,
            "marriage_date": marriage_date,
            "version": version,
            "wife_id": wife_id,
        })
        if children_count is not UNSET:
            field_dict["children_count"] = children_count
        if community_name is not UNSET:
            field_dict["community_name"] = community_name
        if husband_name is not UNSET:
            field_dict["husband_name"] = husband_name
        if wife_name is not UNSET:
            field_dict["wife_name"] = wife_name

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        community_id = d.pop("community_id")

        def _parse_honour_certificate_no(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        honour_certificate_no = _parse_honour_certificate_no(d.pop("honour_certificate_no"))


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


        version = d.pop("version")

        def _parse_wife_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        wife_id = _parse_wife_id(d.pop("wife_id"))


        def _parse_children_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        children_count = _parse_children_count(d.pop("children_count", UNSET))


        def _parse_community_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        community_name = _parse_community_name(d.pop("community_name", UNSET))


        def _parse_husband_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        husband_name = _parse_husband_name(d.pop("husband_name", UNSET))


        def _parse_wife_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        wife_name = _parse_wife_name(d.pop("wife_name", UNSET))


        family_summary = cls(
            community_id=community_id,
            honour_certificate_no=honour_certificate_no,
            husband_id=husband_id,
            id=id,
            marriage_date=marriage_date,
            version=version,
            wife_id=wife_id,
            children_count=children_count,
            community_name=community_name,
            husband_name=husband_name,
            wife_name=wife_name,
        )


        family_summary.additional_properties = d
        return family_summary

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
