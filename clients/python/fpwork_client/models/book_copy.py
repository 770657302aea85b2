from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset







T = TypeVar("T", bound="BookCopy")



@_attrs_define
class BookCopy:
    """ Copy a book (usually last year's) to every community and unit of its street for ``year``.

        Attributes:
            source_book_id (int):
            year (int):
     """

    source_book_id: int
    year: int





    def to_dict(self) -> dict[str, Any]:
        source_book_id = self.source_book_id

        year = self.year


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "source_book_id": source_book_id,
            "year": year,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        source_book_id = d.pop("source_book_id")

        year = d.pop("year")

        book_copy = cls(
            source_book_id=source_book_id,
            year=year,
        )

        return book_copy

