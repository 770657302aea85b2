from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.contact_visit_read import ContactVisitRead
  from ..models.five_link_counts import FiveLinkCounts
  from ..models.joint_activity import JointActivity
  from ..models.network_member_read import NetworkMemberRead
  from ..models.partner_pairing_read import PartnerPairingRead
  from ..models.work_link import WorkLink





T = TypeVar("T", bound="FiveLinksView")



@_attrs_define
class FiveLinksView:
    """ One community's five links for a period: the counts and the latest records of each link.

        Attributes:
            contact_visits (list[ContactVisitRead]):
            counts (FiveLinkCounts): One community's five links in the period; each count is also a figure (``quality.*``).
            date_from (datetime.date):
            date_to (datetime.date):
            joint_activities (list[JointActivity]):
            network_members (list[NetworkMemberRead]):
            pairings (list[PartnerPairingRead]):
            referrals (list[WorkLink]):
     """

    contact_visits: list[ContactVisitRead]
    counts: FiveLinkCounts
    date_from: datetime.date
    date_to: datetime.date
    joint_activities: list[JointActivity]
    network_members: list[NetworkMemberRead]
    pairings: list[PartnerPairingRead]
    referrals: list[WorkLink]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.contact_visit_read import ContactVisitRead # noqa: PLC0415
        from ..models.five_link_counts import FiveLinkCounts # noqa: PLC0415
        from ..models.joint_activity import JointActivity # noqa: PLC0415
        from ..models.network_member_read import NetworkMemberRead # noqa: PLC0415
        from ..models.partner_pairing_read import PartnerPairingRead # noqa: PLC0415
        from ..models.work_link import WorkLink # noqa: PLC0415
        contact_visits = []
        for contact_visits_item_data in self.contact_visits:
            contact_visits_item = contact_visits_item_data.to_dict()
            contact_visits.append(contact_visits_item)



        counts = self.counts.to_dict()

        date_from = self.date_from.isoformat()

        date_to = self.date_to.isoformat()

        joint_activities = []
        for joint_activities_item_data in self.joint_activities:
            joint_activities_item = joint_activities_item_data.to_dict()
            joint_activities.append(joint_activities_item)



        network_members = []
        for network_members_item_data in self.network_members:
            network_members_item = network_members_item_data.to_dict()
            network_members.append(network_members_item)



        pairings = []
        for pairings_item_data in self.pairings:
            pairings_item = pairings_item_data.to_dict()
            pairings.append(pairings_item)



        referrals = []
        for referrals_item_data in self.referrals:
            referrals_item = referrals_item_data.to_dict()
            referrals.append(referrals_item)




        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "contact_visits": contact_visits,
            "counts": counts,
            "date_from": date_from,
            "date_to": date_to,
            "joint_activities": joint_activities,
            "network_members": network_members,
            "pairings": pairings,
            "referrals": referrals,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.contact_visit_read import ContactVisitRead # noqa: PLC0415
        from ..models.five_link_counts import FiveLinkCounts # noqa: PLC0415
        from ..models.joint_activity import JointActivity # noqa: PLC0415
        from ..models.network_member_read import NetworkMemberRead # noqa: PLC0415
        from ..models.partner_pairing_read import PartnerPairingRead # noqa: PLC0415
        from ..models.work_link import WorkLink # noqa: PLC0415
        d = dict(src_dict)
        contact_visits = []
        _contact_visits = d.pop("contact_visits")
        for contact_visits_item_data in (_contact_visits):
            contact_visits_item = ContactVisitRead.from_dict(contact_visits_item_data)



            contact_visits.append(contact_visits_item)


        counts = FiveLinkCounts.from_dict(d.pop("counts"))




        date_from = datetime.date.fromisoformat(d.pop("date_from"))




        date_to = datetime.date.fromisoformat(d.pop("date_to"))




        joint_activities = []
        _joint_activities = d.pop("joint_activities")
        for joint_activities_item_data in (_joint_activities):
            joint_activities_item = JointActivity.from_dict(joint_activities_item_data)



            joint_activities.append(joint_activities_item)


        network_members = []
        _network_members = d.pop("network_members")
        for network_members_item_data in (_network_members):
            network_members_item = NetworkMemberRead.from_dict(network_members_item_data)



            network_members.append(network_members_item)


        pairings = []
        _pairings = d.pop("pairings")
        for pairings_item_data in (_pairings):
            pairings_item = PartnerPairingRead.from_dict(pairings_item_data)



            pairings.append(pairings_item)


        referrals = []
        _referrals = d.pop("referrals")
        for referrals_item_data in (_referrals):
            referrals_item = WorkLink.from_dict(referrals_item_data)



            referrals.append(referrals_item)


        five_links_view = cls(
            contact_visits=contact_visits,
            counts=counts,
            date_from=date_from,
            date_to=date_to,
            joint_activities=joint_activities,
            network_members=network_members,
            pairings=pairings,
            referrals=referrals,
        )


        five_links_view.additional_properties = d
        return five_links_view

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
