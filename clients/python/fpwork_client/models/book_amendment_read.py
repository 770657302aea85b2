from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.book_amendment_read_after_item import BookAmendmentReadAfterItem
  from ..models.book_amendment_read_before_item import BookAmendmentReadBeforeItem





T = TypeVar("T", bound="BookAmendmentRead")



@_attrs_define
class BookAmendmentRead:
    """ 
        Attributes:
            after (list[BookAmendmentReadAfterItem]):
            amended_by (int | None):
            before (list[BookAmendmentReadBeforeItem]):
            book_id (int):
            id (int):
            reason (str):
     """

    after: list[BookAmendmentReadAfterItem]
    amended_by: int | None
    before: list[BookAmendmentReadBeforeItem]
    book_id: int
    id: int
    reason: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.book_amendment_read_after_item import BookAmendmentReadAfterItem # noqa: PLC0415
        from ..models.book_amendment_read_before_item import BookAmendmentReadBeforeItem # noqa: PLC0415
        after = []
        for after_item_data in self.after:
            after_item = after_item_data.to_dict()
            after.append(after_item)



        amended_by: int | None
        amended_by = self.amended_by

        before = []
        for before_item_data in self.before:
            before_item = before_item_data.to_dict()
            before.append(before_item)



        book_id = self.book_id

        id = self.id

        reason = self.reason


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "after": after,
            "amended_by": amended_by,
            "before": before,
            "book_id": book_id,
            "id": id,
            "reason": reason,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.book_amendment_read_after_item import BookAmendmentReadAfterItem # noqa: PLC0415
        from ..models.book_amendment_read_before_item import BookAmendmentReadBeforeItem # noqa: PLC0415
        d = dict(src_dict)
        after = []
        _after = d.pop("after")
        for after_item_data in (_after):
            after_item = BookAmendmentReadAfterItem.from_dict(after_item_data)



            after.append(after_item)


        def _parse_amended_by(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        amended_by = _parse_amended_by(d.pop("amended_by"))


        before = []
        _before = d.pop("before")
        for before_item_data in (_before):
            before_item = BookAmendmentReadBeforeItem.from_dict(before_item_data)



            before.append(before_item)


        book_id = d.pop("book_id")

        id = d.pop("id")

        reason = d.pop("reason")

        book_amendment_read = cls(
            after=after,
            amended_by=amended_by,
            before=before,
            book_id=book_id,
            id=id,
            reason=reason,
        )


        book_amendment_read.additional_properties = d
        return book_amendment_read

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
