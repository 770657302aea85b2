from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.receipt_source import ReceiptSource
from ..models.stock_movement_create_kind import StockMovementCreateKind
from ..types import UNSET, Unset
from typing import cast
import datetime






T = TypeVar("T", bound="StockMovementCreate")



@_attrs_define
class StockMovementCreate:
    """ One stock operation; a transfer writes two ledger lines (out of one point, into another).

        Attributes:
            batch_no (str):
            kind (StockMovementCreateKind):
            point_id (int):
            product_id (int):
            quantity (int): Positive; an adjustment may be negative (a count found short) but not zero
            document_no (None | str | Unset): The allocation's document number (文号)
            expires_on (datetime.date | None | Unset): Required for a receipt (有效期至)
            reason (None | str | Unset): Required for an adjustment and for a receipt of returned stock
            source (None | ReceiptSource | Unset): Required for a receipt: district_allocation (with document_no) or
                returned (with a reason); stock from another point comes by a transfer
            to_point_id (int | None | Unset): Required for a transfer
     """

    batch_no: str
    kind: StockMovementCreateKind
    point_id: int
    product_id: int
    quantity: int
    document_no: None | str | Unset = UNSET
    expires_on: datetime.date | None | Unset = UNSET
    reason: None | str | Unset = UNSET
    source: None | ReceiptSource | Unset = UNSET
    to_point_id: int | None | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        batch_no = self.batch_no

        kind = self.kind.value

        point_id = self.point_id

        product_id = self.product_id

        quantity = self.quantity

        document_no: None | str | Unset
        if isinstance(self.document_no, Unset):
            document_no = UNSET
        else:
            document_no = self.document_no

        expires_on: None | str | Unset
        if isinstance(self.expires_on, Unset):
            expires_on = UNSET
        elif isinstance(self.expires_on, datetime.date):
            expires_on = self.expires_on.isoformat()
        else:
            expires_on = self.expires_on

        reason: None | str | Unset
        if isinstance(self.reason, Unset):
            reason = UNSET
        else:
            reason = self.reason

        source: None | str | Unset
        if isinstance(self.source, Unset):
            source = UNSET
        elif isinstance(self.source, ReceiptSource):
            source = self.source.value
        else:
            source = self.source

        to_point_id: int | None | Unset
        if isinstance(self.to_point_id, Unset):
            to_point_id = UNSET
        else:
            to_point_id = self.to_point_id


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "batch_no": batch_no,
            "kind": kind,
            "point_id": point_id,
            "product_id": product_id,
            "quantity": quantity,
        })
        if document_no is not UNSET:
            field_dict["document_no"] = document_no
        if expires_on is not UNSET:
            field_dict["expires_on"] = expires_on
        if reason is not UNSET:
            field_dict["reason"] = reason
        if source is not UNSET:
            field_dict["source"] = source
        if to_point_id is not UNSET:
            field_dict["to_point_id"] = to_point_id

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        batch_no = d.pop("batch_no")

        kind = StockMovementCreateKind(d.pop("kind"))




        point_id = d.pop("point_id")

        product_id = d.pop("product_id")

        quantity = d.pop("quantity")

        def _parse_document_no(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        document_no = _parse_document_no(d.pop("document_no", UNSET))


        def _parse_expires_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                expires_on_type_0 = datetime.date.fromisoformat(data)



                return expires_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        expires_on = _parse_expires_on(d.pop("expires_on", UNSET))


        def _parse_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reason = _parse_reason(d.pop("reason", UNSET))


        def _parse_source(data: object) -> None | ReceiptSource | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                source_type_0 = ReceiptSource(data)



                return source_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ReceiptSource | Unset, data)

        source = _parse_source(d.pop("source", UNSET))


        def _parse_to_point_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        to_point_id = _parse_to_point_id(d.pop("to_point_id", UNSET))


        stock_movement_create = cls(
            batch_no=batch_no,
            kind=kind,
            point_id=point_id,
            product_id=product_id,
            quantity=quantity,
            document_no=document_no,
            expires_on=expires_on,
            reason=reason,
            source=source,
            to_point_id=to_point_id,
        )

        return stock_movement_create

