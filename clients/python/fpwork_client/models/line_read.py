from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.line_status import LineStatus
from typing import cast






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
            reason (None | str): Why a line was dropped, or the bank's reason for returning it
            status (LineStatus): A line is in a batch (included), paid by the bank, returned by the bank, or dropped at a
                re-check.
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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
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

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
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
