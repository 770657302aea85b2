from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.import_row_body import ImportRowBody





T = TypeVar("T", bound="EnrolmentImport")



@_attrs_define
class EnrolmentImport:
    """ 
        Attributes:
            program_id (int):
            rows (list[ImportRowBody]):
     """

    program_id: int
    rows: list[ImportRowBody]





    def to_dict(self) -> dict[str, Any]:
        from ..models.import_row_body import ImportRowBody # noqa: PLC0415
        program_id = self.program_id

        rows = []
        for rows_item_data in self.rows:
            rows_item = rows_item_data.to_dict()
            rows.append(rows_item)




        field_dict: dict[str, Any] = {}

        field_dict.update({
            "program_id": program_id,
            "rows": rows,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.import_row_body import ImportRowBody # noqa: PLC0415
        d = dict(src_dict)
        program_id = d.pop("program_id")

        rows = []
        _rows = d.pop("rows")
        for rows_item_data in (_rows):
            rows_item = ImportRowBody.from_dict(rows_item_data)



            rows.append(rows_item)


        enrolment_import = cls(
            program_id=program_id,
            rows=rows,
        )

        return enrolment_import

