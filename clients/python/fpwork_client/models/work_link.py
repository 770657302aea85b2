from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.referral_status import ReferralStatus
from typing import cast
import datetime






T = TypeVar("T", bound="WorkLink")



@_attrs_define
class WorkLink:
    """ 工作联动: a referral to a partner (recorded with ``POST /referrals``).

        Attributes:
            id (int):
            org_id (int):
            partner_id (int):
            partner_name (None | str):
            requested_on (datetime.date):
            resident_name (None | str):
            status (ReferralStatus):
     """

    id: int
    org_id: int
    partner_id: int
    partner_name: None | str
    requested_on: datetime.date
    resident_name: None | str
    status: ReferralStatus
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        id = self.id

        org_id = self.org_id

        partner_id = self.partner_id

        partner_name: None | str
        partner_name = self.partner_name

        requested_on = self.requested_on.isoformat()

        resident_name: None | str
        resident_name = self.resident_name

        status = self.status.value


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "id": id,
            "org_id": org_id,
            "partner_id": partner_id,
            "partner_name": partner_name,
            "requested_on": requested_on,
            "resident_name": resident_name,
            "status": status,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        org_id = d.pop("org_id")

        partner_id = d.pop("partner_id")

        def _parse_partner_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        partner_name = _parse_partner_name(d.pop("partner_name"))


        requested_on = datetime.date.fromisoformat(d.pop("requested_on"))




        def _parse_resident_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        resident_name = _parse_resident_name(d.pop("resident_name"))


        status = ReferralStatus(d.pop("status"))




        work_link = cls(
            id=id,
            org_id=org_id,
            partner_id=partner_id,
            partner_name=partner_name,
            requested_on=requested_on,
            resident_name=resident_name,
            status=status,
        )


        work_link.additional_properties = d
        return work_link

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
