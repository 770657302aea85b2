from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.book_read import BookRead





T = TypeVar("T", bound="BookCopyResult")



@_attrs_define
class BookCopyResult:
    """ 
        Attributes:
            created (list[BookRead]):
            skipped_org_ids (list[int]):
     """

    created: list[BookRead]
    skipped_org_ids: list[int]





    def to_dict(self) -> dict[str, Any]:
        from ..models.book_read import BookRead # noqa: PLC0415
        created = []
        for created_item_data in self.created:
            created_item = created_item_data.to_dict()
            created.append(created_item)



        skipped_org_ids = self.skipped_org_ids




        field_dict: dict[str, Any] = {}

        field_dict.update({
            "created": created,
            "skipped_org_ids": skipped_org_ids,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.book_read import BookRead # noqa: PLC0415
        d = dict(src_dict)
        created = []
        _created = d.pop("created")
        for created_item_data in (_created):
            created_item = BookRead.from_dict(created_item_data)



            created.append(created_item)


        skipped_org_ids = cast(list[int], d.pop("skipped_org_ids"))


        book_copy_result = cls(
            created=created,
            skipped_org_ids=skipped_org_ids,
        )

        return book_copy_result

