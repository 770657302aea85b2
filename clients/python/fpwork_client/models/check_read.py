from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.check_status import CheckStatus
from ..models.reason_code import ReasonCode
from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.check_read_reason_params_type_0 import CheckReadReasonParamsType0





T = TypeVar("T", bound="CheckRead")



@_attrs_define
class CheckRead:
    """ 
        Attributes:
            checked_at (datetime.datetime | None):
            checked_by (None | str):
            community_id (int):
            enrolment_id (int):
            id (int):
            reason (None | str): Why it failed: in the caller's language when the system wrote it
            reason_code (None | ReasonCode): Its code when the system wrote it (system_reason)
            reason_params (CheckReadReasonParamsType0 | None): The parameters of reason_code
            round_id (int):
            status (CheckStatus):
     """

    checked_at: datetime.datetime | None
    checked_by: None | str
    community_id: int
    enrolment_id: int
    id: int
    reason: None | str
    reason_code: None | ReasonCode
    reason_params: CheckReadReasonParamsType0 | None
    round_id: int
    status: CheckStatus
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.check_read_reason_params_type_0 import CheckReadReasonParamsType0 # noqa: PLC0415
        checked_at: None | str
        if isinstance(self.checked_at, datetime.datetime):
            checked_at = self.checked_at.isoformat()
        else:
            checked_at = self.checked_at

        checked_by: None | str
        checked_by = self.checked_by

        community_id = self.community_id

        enrolment_id = self.enrolment_id

        id = self.id

        reason: None | str
        reason = self.reason

        reason_code: None | str
        if isinstance(self.reason_code, ReasonCode):
            reason_code = self.reason_code.value
        else:
            reason_code = self.reason_code

        reason_params: dict[str, Any] | None
        if isinstance(self.reason_params, CheckReadReasonParamsType0):
            reason_params = self.reason_params.to_dict()
        else:
            reason_params = self.reason_params

        round_id = self.round_id

        status = self.status.value


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "checked_at": checked_at,
            "checked_by": checked_by,
            "community_id": community_id,
            "enrolment_id": enrolment_id,
            "id": id,
            "reason": reason,
            "reason_code": reason_code,
            "reason_params": reason_params,
            "round_id": round_id,
            "status": status,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.check_read_reason_params_type_0 import CheckReadReasonParamsType0 # noqa: PLC0415
        d = dict(src_dict)
        def _parse_checked_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                checked_at_type_0 = datetime.datetime.fromisoformat(data)



                return checked_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        checked_at = _parse_checked_at(d.pop("checked_at"))


        def _parse_checked_by(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        checked_by = _parse_checked_by(d.pop("checked_by"))


        community_id = d.pop("community_id")

        enrolment_id = d.pop("enrolment_id")

        id = d.pop("id")

        def _parse_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        reason = _parse_reason(d.pop("reason"))


        def _parse_reason_code(data: object) -> None | ReasonCode:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                reason_code_type_0 = ReasonCode(data)



                return reason_code_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ReasonCode, data)

        reason_code = _parse_reason_code(d.pop("reason_code"))


        def _parse_reason_params(data: object) -> CheckReadReasonParamsType0 | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                reason_params_type_0 = CheckReadReasonParamsType0.from_dict(data)



                return reason_params_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CheckReadReasonParamsType0 | None, data)

        reason_params = _parse_reason_params(d.pop("reason_params"))


        round_id = d.pop("round_id")

        status = CheckStatus(d.pop("status"))




        check_read = cls(
            checked_at=checked_at,
            checked_by=checked_by,
            community_id=community_id,
            enrolment_id=enrolment_id,
            id=id,
            reason=reason,
            reason_code=reason_code,
            reason_params=reason_params,
            round_id=round_id,
            status=status,
        )


        check_read.additional_properties = d
        return check_read

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
