from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.pairing_group import PairingGroup
from ..types import UNSET, Unset
from typing import cast
import datetime






T = TypeVar("T", bound="PartnerPairingCreate")



@_attrs_define
class PartnerPairingCreate:
    """ 对象联姻: a partner paired with a group of one community's residents or families.

        Attributes:
            org_id (int): The community whose residents or families are paired
            partner_id (int): The partner (a hospital, a school, an enterprise) paired with them
            started_on (datetime.date):
            target_group (PairingGroup): Whom a partner is paired with (the service objects of the action).
            title (str):
            ended_on (datetime.date | None | Unset): When the pairing ends (open if omitted)
            family_ids (list[int] | Unset): Families paired
            resident_ids (list[int] | Unset): Residents paired
            services (list[str] | Unset):
     """

    org_id: int
    partner_id: int
    started_on: datetime.date
    target_group: PairingGroup
    title: str
    ended_on: datetime.date | None | Unset = UNSET
    family_ids: list[int] | Unset = UNSET
    resident_ids: list[int] | Unset = UNSET
    services: list[str] | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        org_id = self.org_id

        partner_id = self.partner_id

        started_on = self.started_on.isoformat()

        target_group = self.target_group.value

        title = self.title

        ended_on: None | str | Unset
        if isinstance(self.ended_on, Unset):
            ended_on = UNSET
        elif isinstance(self.ended_on, datetime.date):
            ended_on = self.ended_on.isoformat()
        else:
            ended_on = self.ended_on

        family_ids: list[int] | Unset = UNSET
        if not isinstance(self.family_ids, Unset):
            family_ids = self.family_ids



        resident_ids: list[int] | Unset = UNSET
        if not isinstance(self.resident_ids, Unset):
            resident_ids = self.resident_ids



        services: list[str] | Unset = UNSET
        if not isinstance(self.services, Unset):
            services = self.services




        field_dict: dict[str, Any] = {}

        field_dict.update({
            "org_id": org_id,
            "partner_id": partner_id,
            "started_on": started_on,
            "target_group": target_group,
            "title": title,
        })
        if ended_on is not UNSET:
            field_dict["ended_on"] = ended_on
        if family_ids is not UNSET:
            field_dict["family_ids"] = family_ids
        if resident_ids is not UNSET:
            field_dict["resident_ids"] = resident_ids
        if services is not UNSET:
            field_dict["services"] = services

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        org_id = d.pop("org_id")

        partner_id = d.pop("partner_id")

        started_on = datetime.date.fromisoformat(d.pop("started_on"))




        target_group = PairingGroup(d.pop("target_group"))




        title = d.pop("title")

        def _parse_ended_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                ended_on_type_0 = datetime.date.fromisoformat(data)



                return ended_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        ended_on = _parse_ended_on(d.pop("ended_on", UNSET))


        family_ids = cast(list[int], d.pop("family_ids", UNSET))


        resident_ids = cast(list[int], d.pop("resident_ids", UNSET))


        services = cast(list[str], d.pop("services", UNSET))


        partner_pairing_create = cls(
            org_id=org_id,
            partner_id=partner_id,
            started_on=started_on,
            target_group=target_group,
            title=title,
            ended_on=ended_on,
            family_ids=family_ids,
            resident_ids=resident_ids,
            services=services,
        )

        return partner_pairing_create

