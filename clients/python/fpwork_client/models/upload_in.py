from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.operation_in import OperationIn





T = TypeVar("T", bound="UploadIn")



@_attrs_define
class UploadIn:
    """ 
        Attributes:
            operations (list[OperationIn]):
     """

    operations: list[OperationIn]





    def to_dict(self) -> dict[str, Any]:
        from ..models.operation_in import OperationIn # noqa: PLC0415
        operations = []
        for operations_item_data in self.operations:
            operations_item = operations_item_data.to_dict()
            operations.append(operations_item)




        field_dict: dict[str, Any] = {}

        field_dict.update({
            "operations": operations,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.operation_in import OperationIn # noqa: PLC0415
        d = dict(src_dict)
        operations = []
        _operations = d.pop("operations")
        for operations_item_data in (_operations):
            operations_item = OperationIn.from_dict(operations_item_data)



            operations.append(operations_item)


        upload_in = cls(
            operations=operations,
        )

        return upload_in

