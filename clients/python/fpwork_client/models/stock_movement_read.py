from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.movement_kind import MovementKind
from ..models.receipt_source import ReceiptSource
from typing import cast
import datetime






T = TypeVar("T", bound="StockMovementRead")



@_attrs_define
class StockMovementRead:
    """ 
        Attributes:
            batch_id (int):
            batch_no (str):
            counterpart_point_id (int | None):
            created_by (int | None):
            dispensation_id (int | None):
            document_no (None | str):
            expires_on (datetime.date):
            id (int):
            kind (MovementKind):
            occurred_at (datetime.datetime):
            occurred_on (datetime.date):
            point_id (int):
            product_id (int):
            quantity (int): Signed: positive adds to the point's stock, negative takes
            reason (None | str):
            source (None | ReceiptSource):
     """

    batch_id: int
    batch_no: str
    counterpart_point_id: int | None
    created_by: int | None
    dispensation_id: int | None
    document_no: None | str
    expires_on: datetime.date
    id: int
    kind: MovementKind
    occurred_at: datetime.datetime
    occurred_on: datetime.date
    point_id: int
    product_id: int
    quantity: int
    reason: None | str
    source: None | ReceiptSource
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        batch_id = self.batch_id

        batch_no = self.batch_no

        counterpart_point_id: int | None
        counterpart_point_id = self.counterpart_point_id

        created_by: int | None
        created_by = self.created_by

        dispensation_id: int | None
        dispensation_id = self.dispensation_id

        document_no: None | str
        document_no = self.document_no

        expires_on = self.expires_on.isoformat()

        id = self.id

        kind = self.kind.value

        occurred_at = self.occurred_at.isoformat()

        occurred_on = self.occurred_on.isoformat()

        point_id = self.point_id

        product_id = self.product_id

        quantity = self.quantity

        reason: None | str
        reason = self.reason

        source: None | str
        if isinstance(self.source, ReceiptSource):
            source = self.source.value
        else:
            source = self.source


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "batch_id": batch_id,
            "batch_no": batch_no,
            "counterpart_point_id": counterpart_point_id,
            "created_by": created_by,
            "dispensation_id": dispensation_id,
            "document_no": document_no,
            "expires_on": expires_on,
            "id": id,
            "kind": kind,
            "occurred_at": occurred_at,
            "occurred_on": occurred_on,
            "point_id": point_id,
            "product_id": product_id,
            "quantity": quantity,
            "reason": reason,
            "source": source,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        batch_id = d.pop("batch_id")

        batch_no = d.pop("batch_no")

        def _parse_counterpart_point_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        counterpart_point_id = _parse_counterpart_point_id(d.pop("counterpart_point_id"))


        def _parse_created_by(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        created_by = _parse_created_by(d.pop("created_by"))


        def _parse_dispensation_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        dispensation_id = _parse_dispensation_id(d.pop("dispensation_id"))


        def _parse_document_no(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        document_no = _parse_document_no(d.pop("document_no"))


        expires_on = datetime.date.fromisoformat(d.pop("expires_on"))




        id = d.pop("id")

        kind = MovementKind(d.pop("kind"))




        occurred_at = datetime.datetime.fromisoformat(d.pop("occurred_at"))




        occurred_on = datetime.date.fromisoformat(d.pop("occurred_on"))




        point_id = d.pop("point_id")

        product_id = d.pop("product_id")

        quantity = d.pop("quantity")

        def _parse_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        reason = _parse_reason(d.pop("reason"))


        def _parse_source(data: object) -> None | ReceiptSource:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                source_type_0 = ReceiptSource(data)



                return source_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ReceiptSource, data)

        source = _parse_source(d.pop("source"))


        stock_movement_read = cls(
            batch_id=batch_id,
            batch_no=batch_no,
            counterpart_point_id=counterpart_point_id,
            created_by=created_by,
            dispensation_id=dispensation_id,
            document_no=document_no,
            expires_on=expires_on,
            id=id,
            kind=kind,
            occurred_at=occurred_at,
            occurred_on=occurred_on,
            point_id=point_id,
            product_id=product_id,
            quantity=quantity,
            reason=reason,
            source=source,
        )


        stock_movement_read.additional_properties = d
        return stock_movement_read

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
