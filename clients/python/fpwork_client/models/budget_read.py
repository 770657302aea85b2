from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime






T = TypeVar("T", bound="BudgetRead")



@_attrs_define
class BudgetRead:
    """ 
        Attributes:
            approved_fen (int): The lines' approved amounts, summed
            approved_on (datetime.date):
            document_number (None | str):
            execution_rate (float | None): spent / approved × 100; None with nothing approved
            id (int):
            org_id (int):
            org_name (str):
            spent_fen (int): Spending net of reversals and adjustments, to date
            title (str):
            version (int):
            year (int):
     """

    approved_fen: int
    approved_on: datetime.date
    document_number: None | str
    execution_rate: float | None
    id: int
    org_id: int
    org_name: str
    spent_fen: int
    title: str
    version: int
    year: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        approved_fen = self.approved_fen

        approved_on = self.approved_on.isoformat()

        document_number: None | str
        document_number = self.document_number

        execution_rate: float | None
        execution_rate = self.execution_rate

        id = self.id

        org_id = self.org_id

        org_name = self.org_name

        spent_fen = self.spent_fen

        title = self.title

        version = self.version

        year = self.year


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "approved_fen": approved_fen,
            "approved_on": approved_on,
            "document_number": document_number,
            "execution_rate": execution_rate,
            "id": id,
            "org_id": org_id,
            "org_name": org_name,
            "spent_fen": spent_fen,
            "title": title,
            "version": version,
            "year": year,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        approved_fen = d.pop("approved_fen")

        approved_on = datetime.date.fromisoformat(d.pop("approved_on"))




        def _parse_document_number(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        document_number = _parse_document_number(d.pop("document_number"))


        def _parse_execution_rate(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        execution_rate = _parse_execution_rate(d.pop("execution_rate"))


        id = d.pop("id")

        org_id = d.pop("org_id")

        org_name = d.pop("org_name")

        spent_fen = d.pop("spent_fen")

        title = d.pop("title")

        version = d.pop("version")

        year = d.pop("year")

        budget_read = cls(
            approved_fen=approved_fen,
            approved_on=approved_on,
            document_number=document_number,
            execution_rate=execution_rate,
            id=id,
            org_id=org_id,
            org_name=org_name,
            spent_fen=spent_fen,
            title=title,
            version=version,
            year=year,
        )


        budget_read.additional_properties = d
        return budget_read

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
