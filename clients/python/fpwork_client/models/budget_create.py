from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast
import datetime






T = TypeVar("T", bound="BudgetCreate")



@_attrs_define
class BudgetCreate:
    """ 
        Attributes:
            approved_on (datetime.date):
            org_id (int): The street whose budget it is
            title (str):
            year (int):
            document_number (None | str | Unset):
     """

    approved_on: datetime.date
    org_id: int
    title: str
    year: int
    document_number: None | str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        approved_on = self.approved_on.isoformat()

        org_id = self.org_id

        title = self.title

        year = self.year

        document_number: None | str | Unset
        if isinstance(self.document_number, Unset):
            document_number = UNSET
        else:
            document_number = self.document_number


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "approved_on": approved_on,
            "org_id": org_id,
            "title": title,
            "year": year,
        })
        if document_number is not UNSET:
            field_dict["document_number"] = document_number

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        approved_on = datetime.date.fromisoformat(d.pop("approved_on"))




        org_id = d.pop("org_id")

        title = d.pop("title")

        year = d.pop("year")

        def _parse_document_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        document_number = _parse_document_number(d.pop("document_number", UNSET))


        budget_create = cls(
            approved_on=approved_on,
            org_id=org_id,
            title=title,
            year=year,
            document_number=document_number,
        )

        return budget_create

