from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.referral_priority import ReferralPriority
from ..types import UNSET, Unset
from typing import cast
import datetime






T = TypeVar("T", bound="ReferralCreate")



@_attrs_define
class ReferralCreate:
    """ From a screening (the resident is the screened one) or on its own (``resident_id``).

        Attributes:
            follow_up_due_on (datetime.date): When the community follows up at the latest
            partner_id (int): The provider referred to
            reason (str):
            priority (ReferralPriority | Unset): FHIR request priority codes.
            resident_id (int | None | Unset):
            screening_id (int | None | Unset):
     """

    follow_up_due_on: datetime.date
    partner_id: int
    reason: str
    priority: ReferralPriority | Unset = UNSET
    resident_id: int | None | Unset = UNSET
    screening_id: int | None | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        follow_up_due_on = self.follow_up_due_on.isoformat()

        partner_id = self.partner_id

        reason = self.reason

        priority: str | Unset = UNSET
        if not isinstance(self.priority, Unset):
            priority = self.priority.value


        resident_id: int | None | Unset
        if isinstance(self.resident_id, Unset):
            resident_id = UNSET
        else:
            resident_id = self.resident_id

        screening_id: int | None | Unset
        if isinstance(self.screening_id, Unset):
            screening_id = UNSET
        else:
            screening_id = self.screening_id


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "follow_up_due_on": follow_up_due_on,
            "partner_id": partner_id,
            "reason": reason,
        })
        if priority is not UNSET:
            field_dict["priority"] = priority
        if resident_id is not UNSET:
            field_dict["resident_id"] = resident_id
        if screening_id is not UNSET:
            field_dict["screening_id"] = screening_id

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        follow_up_due_on = datetime.date.fromisoformat(d.pop("follow_up_due_on"))




        partner_id = d.pop("partner_id")

        reason = d.pop("reason")

        _priority = d.pop("priority", UNSET)
        priority: ReferralPriority | Unset
        if isinstance(_priority,  Unset):
            priority = UNSET
        else:
            priority = ReferralPriority(_priority)




        def _parse_resident_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        resident_id = _parse_resident_id(d.pop("resident_id", UNSET))


        def _parse_screening_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        screening_id = _parse_screening_id(d.pop("screening_id", UNSET))


        referral_create = cls(
            follow_up_due_on=follow_up_due_on,
            partner_id=partner_id,
            reason=reason,
            priority=priority,
            resident_id=resident_id,
            screening_id=screening_id,
        )

        return referral_create

