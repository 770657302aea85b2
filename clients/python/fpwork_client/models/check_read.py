from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.check_status import CheckStatus
from typing import cast
import datetime






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
            reason (None | str):
            round_id (int):
            status (CheckStatus):
     """

    checked_at: datetime.datetime | None
    checked_by: None | str
    community_id: int
    enrolment_id: int
    id: int
    reason: None | str
    round_id: int
    status: CheckStatus
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
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
            "round_id": round_id,
            "status": status,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
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


        round_id = d.pop("round_id")

        status = CheckStatus(d.pop("status"))




        check_read = cls(
            checked_at=checked_at,
            checked_by=checked_by,
            community_id=community_id,
            enrolment_id=enrolment_id,
            id=id,
            reason=reason,
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
