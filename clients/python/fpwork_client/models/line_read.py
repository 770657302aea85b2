from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.line_kind import LineKind
from ..models.line_status import LineStatus
from ..models.reason_code import ReasonCode
from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.line_read_reason_params_type_0 import LineReadReasonParamsType0





T = TypeVar("T", bound="LineRead")



@_attrs_define
class LineRead:
    """ 
        Attributes:
            amount_fen (int):
            batch_id (int):
            beneficiary_id (int):
            community_id (int):
            enrolment_id (int):
            id (int):
            period (str): The period paid for (an earlier one for back pay or a returned line)
            program_id (int):
            reason (None | str): Why a line was dropped (in the caller's language when the system wrote it), or the bank's
                reason for returning it (as the bank gave it)
            status (LineStatus): A line is in a batch (included), paid by the bank, returned by the bank, or dropped at a
                re-check.
            kind (LineKind | Unset): A regular line pays a period's standard; a difference line (补发差额) pays what a standard
                entered later with an earlier effective month adds to a period already paid.
            reason_code (None | ReasonCode | Unset): Its code when the system wrote it (system_reason)
            reason_params (LineReadReasonParamsType0 | None | Unset): The parameters of reason_code
            standard_id (int | None | Unset): The standard whose amount the line pays
     """

    amount_fen: int
    batch_id: int
    beneficiary_id: int
    community_id: int
    enrolment_id: int
    id: int
    period: str
    program_id: int
    reason: None | str
    status: LineStatus
    kind: LineKind | Unset = UNSET
    reason_code: None | ReasonCode | Unset = UNSET
    reason_params: LineReadReasonParamsType0 | None | Unset = UNSET
    standard_id: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.line_read_reason_params_type_0 import LineReadReasonParamsType0 # noqa: PLC0415
        amount_fen = self.amount_fen

        batch_id = self.batch_id

        beneficiary_id = self.beneficiary_id

        community_id = self.community_id

        enrolment_id = self.enrolment_id

        id = self.id

        period = self.period

        program_id = self.program_id

        reason: None | str
        reason = self.reason

        status = self.status.value

        kind: str | Unset = UNSET
        if not isinstance(self.kind, Unset):
            kind = self.kind.value


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
        elif isinstance(self.reason_params, LineReadReasonParamsType0):
            reason_params = self.reason_params.to_dict()
        else:
            reason_params = self.reason_params

        standard_id: int | None | Unset
        if isinstance(self.standard_id, Unset):
            standard_id = UNSET
        else:
            standard_id = self.standard_id


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "amount_fen": amount_fen,
            "batch_id": batch_id,
            "beneficiary_id": beneficiary_id,
            "community_id": community_id,
            "enrolment_id": enrolment_id,
            "id": id,
            "period": period,
            "program_id": program_id,
            "reason": reason,
            "status": status,
        })
        if kind is not UNSET:
            field_dict["kind"] = kind
        if reason_code is not UNSET:
            field_dict["reason_code"] = reason_code
        if reason_params is not UNSET:
            field_dict["reason_params"] = reason_params
        if standard_id is not UNSET:
            field_dict["standard_id"] = standard_id

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.line_read_reason_params_type_0 import LineReadReasonParamsType0 # noqa: PLC0415
        d = dict(src_dict)
        amount_fen = d.pop("amount_fen")

        batch_id = d.pop("batch_id")

        beneficiary_id = d.pop("beneficiary_id")

        community_id = d.pop("community_id")

        enrolment_id = d.pop("enrolment_id")

        id = d.pop("id")

        period = d.pop("period")

        program_id = d.pop("program_id")

        def _parse_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        reason = _parse_reason(d.pop("reason"))


        status = LineStatus(d.pop("status"))




        _kind = d.pop("kind", UNSET)
        kind: LineKind | Unset
        if isinstance(_kind,  Unset):
            kind = UNSET
        else:
            kind = LineKind(_kind)




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


        def _parse_reason_params(data: object) -> LineReadReasonParamsType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                reason_params_type_0 = LineReadReasonParamsType0.from_dict(data)



                return reason_params_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LineReadReasonParamsType0 | None | Unset, data)

        reason_params = _parse_reason_params(d.pop("reason_params", UNSET))


        def _parse_standard_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        standard_id = _parse_standard_id(d.pop("standard_id", UNSET))


        line_read = cls(
            amount_fen=amount_fen,
            batch_id=batch_id,
            beneficiary_id=beneficiary_id,
            community_id=community_id,
            enrolment_id=enrolment_id,
            id=id,
            period=period,
            program_id=program_id,
            reason=reason,
            status=status,
            kind=kind,
            reason_code=reason_code,
            reason_params=reason_params,
            standard_id=standard_id,
        )


        line_read.additional_properties = d
        return line_read

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
