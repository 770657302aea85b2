from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.dispense_channel import DispenseChannel
from ..types import UNSET, Unset
from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.dispensed_batch import DispensedBatch





T = TypeVar("T", bound="DispensationRead")



@_attrs_define
class DispensationRead:
    """ 
        Attributes:
            anonymous (bool):
            channel (DispenseChannel):
            dispensed_at (datetime.datetime):
            dispensed_by (int | None):
            dispensed_on (datetime.date):
            id (int):
            point_id (int):
            product_id (int):
            quantity (int):
            resident_id (int | None):
            batches (list[DispensedBatch] | None | Unset): On creation: batches taken
     """

    anonymous: bool
    channel: DispenseChannel
    dispensed_at: datetime.datetime
    dispensed_by: int | None
    dispensed_on: datetime.date
    id: int
    point_id: int
    product_id: int
    quantity: int
    resident_id: int | None
    batches: list[DispensedBatch] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.dispensed_batch import DispensedBatch # noqa: PLC0415
        anonymous = self.anonymous

        channel = self.channel.value

        dispensed_at = self.dispensed_at.isoformat()

        dispensed_by: int | None
        dispensed_by = self.dispensed_by

        dispensed_on = self.dispensed_on.isoformat()

        id = self.id

        point_id = self.point_id

        product_id = self.product_id

        quantity = self.quantity

        resident_id: int | None
        resident_id = self.resident_id

        batches: list[dict[str, Any]] | None | Unset
        if isinstance(self.batches, Unset):
            batches = UNSET
        elif isinstance(self.batches, list):
            batches = []
            for batches_type_0_item_data in self.batches:
                batches_type_0_item = batches_type_0_item_data.to_dict()
                batches.append(batches_type_0_item)


        else:
            batches = self.batches


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "anonymous": anonymous,
            "channel": channel,
            "dispensed_at": dispensed_at,
            "dispensed_by": dispensed_by,
            "dispensed_on": dispensed_on,
            "id": id,
            "point_id": point_id,
            "product_id": product_id,
            "quantity": quantity,
            "resident_id": resident_id,
        })
        if batches is not UNSET:
            field_dict["batches"] = batches

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.dispensed_batch import DispensedBatch # noqa: PLC0415
        d = dict(src_dict)
        anonymous = d.pop("anonymous")

        channel = DispenseChannel(d.pop("channel"))




        dispensed_at = datetime.datetime.fromisoformat(d.pop("dispensed_at"))




        def _parse_dispensed_by(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        dispensed_by = _parse_dispensed_by(d.pop("dispensed_by"))


        dispensed_on = datetime.date.fromisoformat(d.pop("dispensed_on"))




        id = d.pop("id")

        point_id = d.pop("point_id")

        product_id = d.pop("product_id")

        quantity = d.pop("quantity")

        def _parse_resident_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        resident_id = _parse_resident_id(d.pop("resident_id"))


        def _parse_batches(data: object) -> list[DispensedBatch] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                batches_type_0 = []
                _batches_type_0 = data
                for batches_type_0_item_data in (_batches_type_0):
                    batches_type_0_item = DispensedBatch.from_dict(batches_type_0_item_data)



                    batches_type_0.append(batches_type_0_item)

                return batches_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[DispensedBatch] | None | Unset, data)

        batches = _parse_batches(d.pop("batches", UNSET))


        dispensation_read = cls(
            anonymous=anonymous,
            channel=channel,
            dispensed_at=dispensed_at,
            dispensed_by=dispensed_by,
            dispensed_on=dispensed_on,
            id=id,
            point_id=point_id,
            product_id=product_id,
            quantity=quantity,
            resident_id=resident_id,
            batches=batches,
        )


        dispensation_read.additional_properties = d
        return dispensation_read

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
