from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.referral_priority import ReferralPriority
from ..models.referral_status import ReferralStatus
from typing import cast
import datetime






T = TypeVar("T", bound="ReferralRead")



@_attrs_define
class ReferralRead:
    """ 
        Attributes:
            closed_at (datetime.datetime | None):
            created_at (datetime.datetime):
            follow_up_due_on (datetime.date):
            id (int):
            org_id (int):
            outcome (None | str):
            overdue (bool):
            partner_id (int):
            priority (ReferralPriority): FHIR request priority codes.
            reason (str):
            requested_by (int | None):
            resident_id (int):
            scheduled_for (datetime.datetime | None):
            screening_id (int | None):
            status (ReferralStatus):
            status_reason (None | str):
            updated_at (datetime.datetime):
            version (int):
     """

    closed_at: datetime.datetime | None
    created_at: datetime.datetime
    follow_up_due_on: datetime.date
    id: int
    org_id: int
    outcome: None | str
    overdue: bool
    partner_id: int
    priority: ReferralPriority
    reason: str
    requested_by: int | None
    resident_id: int
    scheduled_for: datetime.datetime | None
    screening_id: int | None
    status: ReferralStatus
    status_reason: None | str
    updated_at: datetime.datetime
    version: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        closed_at: None | str
        if isinstance(self.closed_at, datetime.datetime):
            closed_at = self.closed_at.isoformat()
        else:
            closed_at = self.closed_at

        created_at = self.created_at.isoformat()

        follow_up_due_on = self.follow_up_due_on.isoformat()

        id = self.id

        org_id = self.org_id

        outcome: None | str
        outcome = self.outcome

        overdue = self.overdue

        partner_id = self.partner_id

        priority = self.priority.value

        reason = self.reason

        requested_by: int | None
        requested_by = self.requested_by

        resident_id = self.resident_id

        scheduled_for: None | str
        if isinstance(self.scheduled_for, datetime.datetime):
            scheduled_for = self.scheduled_for.isoformat()
        else:
            scheduled_for = self.scheduled_for

        screening_id: int | None
        screening_id = self.screening_id

        status = self.status.value

        status_reason: None | str
        status_reason = self.status_reason

        updated_at = self.updated_at.isoformat()

        version = self.version


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "closed_at": closed_at,
            "created_at": created_at,
            "follow_up_due_on": follow_up_due_on,
            "id": id,
            "org_id": org_id,
            "outcome": outcome,
            "overdue": overdue,
            "partner_id": partner_id,
            "priority": priority,
            "reason": reason,
            "requested_by": requested_by,
            "resident_id": resident_id,
            "scheduled_for": scheduled_for,
            "screening_id": screening_id,
            "status": status,
            "status_reason": status_reason,
            "updated_at": updated_at,
            "version": version,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_closed_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                closed_at_type_0 = datetime.datetime.fromisoformat(data)



                return closed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        closed_at = _parse_closed_at(d.pop("closed_at"))


        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))




        follow_up_due_on = datetime.date.fromisoformat(d.pop("follow_up_due_on"))




        id = d.pop("id")

        org_id = d.pop("org_id")

        def _parse_outcome(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        outcome = _parse_outcome(d.pop("outcome"))


        overdue = d.pop("overdue")

        partner_id = d.pop("partner_id")

        priority = ReferralPriority(d.pop("priority"))




        reason = d.pop("reason")

        def _parse_requested_by(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        requested_by = _parse_requested_by(d.pop("requested_by"))


        resident_id = d.pop("resident_id")

        def _parse_scheduled_for(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                scheduled_for_type_0 = datetime.datetime.fromisoformat(data)



                return scheduled_for_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        scheduled_for = _parse_scheduled_for(d.pop("scheduled_for"))


        def _parse_screening_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        screening_id = _parse_screening_id(d.pop("screening_id"))


        status = ReferralStatus(d.pop("status"))




        def _parse_status_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        status_reason = _parse_status_reason(d.pop("status_reason"))


        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))




        version = d.pop("version")

        referral_read = cls(
            closed_at=closed_at,
            created_at=created_at,
            follow_up_due_on=follow_up_due_on,
            id=id,
            org_id=org_id,
            outcome=outcome,
            overdue=overdue,
            partner_id=partner_id,
            priority=priority,
            reason=reason,
            requested_by=requested_by,
            resident_id=resident_id,
            scheduled_for=scheduled_for,
            screening_id=screening_id,
            status=status,
            status_reason=status_reason,
            updated_at=updated_at,
            version=version,
        )


        referral_read.additional_properties = d
        return referral_read

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
