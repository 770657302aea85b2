from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.batch_status import BatchStatus
from typing import cast
import datetime






T = TypeVar("T", bound="BatchRead")



@_attrs_define
class BatchRead:
    """ 
        Attributes:
            created_at (datetime.datetime):
            district_approved_by (None | str):
            generated_by (str):
            id (int):
            line_count (int):
            paid_at (datetime.datetime | None):
            paid_by (None | str):
            payer_org_id (int):
            period (str):
            program_id (int):
            status (BatchStatus):
            street_approved_by (None | str):
            street_id (int):
            total_fen (int):
            version (int):
     """

    created_at: datetime.datetime
    district_approved_by: None | str
    generated_by: str
    id: int
    line_count: int
    paid_at: datetime.datetime | None
    paid_by: None | str
    payer_org_id: int
    period: str
    program_id: int
    status: BatchStatus
    street_approved_by: None | str
    street_id: int
    total_fen: int
    version: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at.isoformat()

        district_approved_by: None | str
        district_approved_by = self.district_approved_by

        generated_by = self.generated_by

        id = self.id

        line_count = self.line_count

        paid_at: None | str
        if isinstance(self.paid_at, datetime.datetime):
            paid_at = self.paid_at.isoformat()
        else:
            paid_at = self.paid_at

        paid_by: None | str
        paid_by = self.paid_by

        payer_org_id = self.payer_org_id

        period = self.period

        program_id = self.program_id

        status = self.status.value

        street_approved_by: None | str
        street_approved_by = self.street_approved_by

        street_id = self.street_id

        total_fen = self.total_fen

        version = self.version


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "created_at": created_at,
            "district_approved_by": district_approved_by,
            "generated_by": generated_by,
            "id": id,
            "line_count": line_count,
            "paid_at": paid_at,
            "paid_by": paid_by,
            "payer_org_id": payer_org_id,
            "period": period,
            "program_id": program_id,
            "status": status,
            "street_approved_by": street_approved_by,
            "street_id": street_id,
            "total_fen": total_fen,
            "version": version,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))




        def _parse_district_approved_by(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        district_approved_by = _parse_district_approved_by(d.pop("district_approved_by"))


        generated_by = d.pop("generated_by")

        id = d.pop("id")

        line_count = d.pop("line_count")

        def _parse_paid_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                paid_at_type_0 = datetime.datetime.fromisoformat(data)



                return paid_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        paid_at = _parse_paid_at(d.pop("paid_at"))


        def _parse_paid_by(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        paid_by = _parse_paid_by(d.pop("paid_by"))


        payer_org_id = d.pop("payer_org_id")

        period = d.pop("period")

        program_id = d.pop("program_id")

        status = BatchStatus(d.pop("status"))




        def _parse_street_approved_by(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        street_approved_by = _parse_street_approved_by(d.pop("street_approved_by"))


        street_id = d.pop("street_id")

        total_fen = d.pop("total_fen")

        version = d.pop("version")

        batch_read = cls(
            created_at=created_at,
            district_approved_by=district_approved_by,
            generated_by=generated_by,
            id=id,
            line_count=line_count,
            paid_at=paid_at,
            paid_by=paid_by,
            payer_org_id=payer_org_id,
            period=period,
            program_id=program_id,
            status=status,
            street_approved_by=street_approved_by,
            street_id=street_id,
            total_fen=total_fen,
            version=version,
        )


        batch_read.additional_properties = d
        return batch_read

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
