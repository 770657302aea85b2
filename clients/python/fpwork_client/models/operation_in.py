from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.operation_in_kind import OperationInKind
from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.operation_in_data import OperationInData





T = TypeVar("T", bound="OperationIn")



@_attrs_define
class OperationIn:
    """ 
        Attributes:
            data (OperationInData): The operation's fields (docs/mobile-sync.md)
            kind (OperationInKind):
            op_id (str): Made by the device
            recorded_at (datetime.datetime): When the device recorded it (with its UTC offset)
     """

    data: OperationInData
    kind: OperationInKind
    op_id: str
    recorded_at: datetime.datetime





    def to_dict(self) -> dict[str, Any]:
        from ..models.operation_in_data import OperationInData # noqa: PLC0415
        data = self.data.to_dict()

        kind = self.kind.value

        op_id = self.op_id

        recorded_at = self.recorded_at.isoformat()


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "data": data,
            "kind": kind,
            "op_id": op_id,
            "recorded_at": recorded_at,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.operation_in_data import OperationInData # noqa: PLC0415
        d = dict(src_dict)
        data = OperationInData.from_dict(d.pop("data"))




        kind = OperationInKind(d.pop("kind"))




        op_id = d.pop("op_id")

        recorded_at = datetime.datetime.fromisoformat(d.pop("recorded_at"))




        operation_in = cls(
            data=data,
            kind=kind,
            op_id=op_id,
            recorded_at=recorded_at,
        )

        return operation_in

