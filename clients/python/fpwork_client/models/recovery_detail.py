from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.reason_code import ReasonCode
from ..models.recovery_status import RecoveryStatus
from ..types import UNSET, Unset
from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.recovery_detail_reason_params_type_0 import RecoveryDetailReasonParamsType0
  from ..models.recovery_line_read import RecoveryLineRead
  from ..models.settlement_read import SettlementRead





T = TypeVar("T", bound="RecoveryDetail")



@_attrs_define
class RecoveryDetail:
    """ 
        Attributes:
            beneficiary_id (int):
            closed_on (datetime.date | None):
            community_id (int):
            enrolment_id (int):
            event_date (datetime.date): The fact that ended the entitlement; its month was due
            found_on (datetime.date): The day the fact was recorded and the overpayment found
            id (int):
            outstanding_fen (int): Still to recover: total − refunded − written off
            payer_org_id (int):
            program_id (int):
            reason (str): The fact that ended the entitlement, in the caller's language
            refunded_fen (int):
            status (RecoveryStatus):
            street_id (int):
            total_fen (int): Paid for months after the event's month
            unit_id (int | None):
            version (int):
            written_off_fen (int):
            lines (list[RecoveryLineRead] | Unset):
            reason_code (None | ReasonCode | Unset): Its code when the system wrote it (system_reason)
            reason_params (None | RecoveryDetailReasonParamsType0 | Unset): The parameters of reason_code
            settlements (list[SettlementRead] | Unset):
     """

    beneficiary_id: int
    closed_on: datetime.date | None
    community_id: int
    enrolment_id: int
    event_date: datetime.date
    found_on: datetime.date
    id: int
    outstanding_fen: int
    payer_org_id: int
    program_id: int
    reason: str
    refunded_fen: int
    status: RecoveryStatus
    street_id: int
    total_fen: int
    unit_id: int | None
    version: int
    written_off_fen: int
    lines: list[RecoveryLineRead] | Unset = UNSET
    reason_code: None | ReasonCode | Unset = UNSET
    reason_params: None | RecoveryDetailReasonParamsType0 | Unset = UNSET
    settlements: list[SettlementRead] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.recovery_detail_reason_params_type_0 import RecoveryDetailReasonParamsType0 # noqa: PLC0415
        from ..models.recovery_line_read import RecoveryLineRead # noqa: PLC0415
        from ..models.settlement_read import SettlementRead # noqa: PLC0415
        beneficiary_id = self.beneficiary_id

        closed_on: None | str
        if isinstance(self.closed_on, datetime.date):
            closed_on = self.closed_on.isoformat()
        else:
            closed_on = self.closed_on

        community_id = self.community_id

        enrolment_id = self.enrolment_id

        event_date = self.event_date.isoformat()

        found_on = self.found_on.isoformat()

        id = self.id

        outstanding_fen = self.outstanding_fen

        payer_org_id = self.payer_org_id

        program_id = self.program_id

        reason = self.reason

        refunded_fen = self.refunded_fen

        status = self.status.value

        street_id = self.street_id

        total_fen = self.total_fen

        unit_id: int | None
        unit_id = self.unit_id

        version = self.version

        written_off_fen = self.written_off_fen

        lines: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.lines, Unset):
            lines = []
            for lines_item_data in self.lines:
                lines_item = lines_item_data.to_dict()
                lines.append(lines_item)



        reason_code: None | str | Unset
        if isinstance(self.reason_code, Unset):
            reason_code = UNSET
        elif isinstance(self.reason_code, ReasonCode):
            reason_code = self.reason_code.value
        else:
            reason_code = self.reason_code

        reason_params: dict[str, Any] | None | Unset
        if isinstance(self.reason_params, Unset):
            reason_params = UNSET
        elif isinstance(self.reason_params, RecoveryDetailReasonParamsType0):
            reason_params = self.reason_params.to_dict()
        else:
            reason_params = self.reason_params

        settlements: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.settlements, Unset):
            settlements = []
            for settlements_item_data in self.settlements:
                settlements_item = settlements_item_data.to_dict()
                settlements.append(settlements_item)




        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "beneficiary_id": beneficiary_id,
            "closed_on": closed_on,
            "community_id": community_id,
            "enrolment_id": enrolment_id,
            "event_date": event_date,
            "found_on": found_on,
            "id": id,
            "outstanding_fen": outstanding_fen,
            "payer_org_id": payer_org_id,
            "program_id": program_id,
            "reason": reason,
            "refunded_fen": refunded_fen,
            "status": status,
            "street_id": street_id,
            "total_fen": total_fen,
            "unit_id": unit_id,
            "version": version,
            "written_off_fen": written_off_fen,
        })
        if lines is not UNSET:
            field_dict["lines"] = lines
        if reason_code is not UNSET:
            field_dict["reason_code"] = reason_code
        if reason_params is not UNSET:
            field_dict["reason_params"] = reason_params
        if settlements is not UNSET:
            field_dict["settlements"] = settlements

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.recovery_detail_reason_params_type_0 import RecoveryDetailReasonParamsType0 # noqa: PLC0415
        from ..models.recovery_line_read import RecoveryLineRead # noqa: PLC0415
        from ..models.settlement_read import SettlementRead # noqa: PLC0415
        d = dict(src_dict)
        beneficiary_id = d.pop("beneficiary_id")

        def _parse_closed_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                closed_on_type_0 = datetime.date.fromisoformat(data)



                return closed_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        closed_on = _parse_closed_on(d.pop("closed_on"))


        community_id = d.pop("community_id")

        enrolment_id = d.pop("enrolment_id")

        event_date = datetime.date.fromisoformat(d.pop("event_date"))




        found_on = datetime.date.fromisoformat(d.pop("found_on"))




        id = d.pop("id")

        outstanding_fen = d.pop("outstanding_fen")

        payer_org_id = d.pop("payer_org_id")

        program_id = d.pop("program_id")

        reason = d.pop("reason")

        refunded_fen = d.pop("refunded_fen")

        status = RecoveryStatus(d.pop("status"))




        street_id = d.pop("street_id")

        total_fen = d.pop("total_fen")

        def _parse_unit_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        unit_id = _parse_unit_id(d.pop("unit_id"))


        version = d.pop("version")

        written_off_fen = d.pop("written_off_fen")

        _lines = d.pop("lines", UNSET)
        lines: list[RecoveryLineRead] | Unset = UNSET
        if _lines is not UNSET:
            lines = []
            for lines_item_data in _lines:
                lines_item = RecoveryLineRead.from_dict(lines_item_data)



                lines.append(lines_item)


        def _parse_reason_code(data: object) -> None | ReasonCode | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                reason_code_type_0 = ReasonCode(data)



                return reason_code_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ReasonCode | Unset, data)

        reason_code = _parse_reason_code(d.pop("reason_code", UNSET))


        def _parse_reason_params(data: object) -> None | RecoveryDetailReasonParamsType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                reason_params_type_0 = RecoveryDetailReasonParamsType0.from_dict(data)



                return reason_params_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RecoveryDetailReasonParamsType0 | Unset, data)

        reason_params = _parse_reason_params(d.pop("reason_params", UNSET))


        _settlements = d.pop("settlements", UNSET)
        settlements: list[SettlementRead] | Unset = UNSET
        if _settlements is not UNSET:
            settlements = []
            for settlements_item_data in _settlements:
                settlements_item = SettlementRead.from_dict(settlements_item_data)



                settlements.append(settlements_item)


        recovery_detail = cls(
            beneficiary_id=beneficiary_id,
            closed_on=closed_on,
            community_id=community_id,
            enrolment_id=enrolment_id,
            event_date=event_date,
            found_on=found_on,
            id=id,
            outstanding_fen=outstanding_fen,
            payer_org_id=payer_org_id,
            program_id=program_id,
            reason=reason,
            refunded_fen=refunded_fen,
            status=status,
            street_id=street_id,
            total_fen=total_fen,
            unit_id=unit_id,
            version=version,
            written_off_fen=written_off_fen,
            lines=lines,
            reason_code=reason_code,
            reason_params=reason_params,
            settlements=settlements,
        )


        recovery_detail.additional_properties = d
        return recovery_detail

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
