from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.child_book_progress import ChildBookProgress





T = TypeVar("T", bound="BookRollup")



@_attrs_define
class BookRollup:
    """ The books the bound org signed beneath it for the same year, rolled up.

        Attributes:
            average_total (float | None): Mean total over the signed and evaluated books
            books (int):
            children (list[ChildBookProgress]):
            evaluated (int):
            failed (int):
            passed (int):
            signed (int): Books signed or evaluated (not drafts)
            vetoed (int):
     """

    average_total: float | None
    books: int
    children: list[ChildBookProgress]
    evaluated: int
    failed: int
    passed: int
    signed: int
    vetoed: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.child_book_progress import ChildBookProgress # noqa: PLC0415
        average_total: float | None
        average_total = self.average_total

        books = self.books

        children = []
        for children_item_data in self.children:
            children_item = children_item_data.to_dict()
            children.append(children_item)



        evaluated = self.evaluated

        failed = self.failed

        passed = self.passed

        signed = self.signed

        vetoed = self.vetoed


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "average_total": average_total,
            "books": books,
            "children": children,
            "evaluated": evaluated,
            "failed": failed,
            "passed": passed,
            "signed": signed,
            "vetoed": vetoed,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.child_book_progress import ChildBookProgress # noqa: PLC0415
        d = dict(src_dict)
        def _parse_average_total(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        average_total = _parse_average_total(d.pop("average_total"))


        books = d.pop("books")

        children = []
        _children = d.pop("children")
        for children_item_data in (_children):
            children_item = ChildBookProgress.from_dict(children_item_data)



            children.append(children_item)


        evaluated = d.pop("evaluated")

        failed = d.pop("failed")

        passed = d.pop("passed")

        signed = d.pop("signed")

        vetoed = d.pop("vetoed")

        book_rollup = cls(
            average_total=average_total,
            books=books,
            children=children,
            evaluated=evaluated,
            failed=failed,
            passed=passed,
            signed=signed,
            vetoed=vetoed,
        )


        book_rollup.additional_properties = d
        return book_rollup

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
