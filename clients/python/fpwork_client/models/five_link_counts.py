from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset







T = TypeVar("T", bound="FiveLinkCounts")



@_attrs_define
class FiveLinkCounts:
    """ One community's five links in the period; each count is also a figure (``quality.*``).

        Attributes:
            contact_visits (int): 感情联络: visits and calls in the period (quality.contact_visits)
            joint_activities (int): 活动联办: activities held with a partner (quality.joint_activities)
            joint_activity_participants (int): Their participants (quality.joint_activity_participants)
            network_members (int): 网络联盟: service points in the network at the period end (quality.network_members)
            org_id (int):
            org_name (str):
            paired_members (int): Residents and families in those pairings (quality.paired_members)
            pairings (int): 对象联姻: pairings in force during the period (quality.partner_pairings)
            referrals (int): 工作联动: referrals made in the period (quality.referrals_made)
            referrals_completed (int): Completed in the period (quality.referrals_completed)
     """

    contact_visits: int
    joint_activities: int
    joint_activity_participants: int
    network_members: int
    org_id: int
    org_name: str
    paired_members: int
    pairings: int
    referrals: int
    referrals_completed: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        contact_visits = self.contact_visits

        joint_activities = self.joint_activities

        joint_activity_participants = self.joint_activity_participants

        network_members = self.network_members

        org_id = self.org_id

        org_name = self.org_name

        paired_members = self.paired_members

        pairings = self.pairings

        referrals = self.referrals

        referrals_completed = self.referrals_completed


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "contact_visits": contact_visits,
            "joint_activities": joint_activities,
            "joint_activity_participants": joint_activity_participants,
            "network_members": network_members,
            "org_id": org_id,
            "org_name": org_name,
            "paired_members": paired_members,
            "pairings": pairings,
            "referrals": referrals,
            "referrals_completed": referrals_completed,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        contact_visits = d.pop("contact_visits")

        joint_activities = d.pop("joint_activities")

        joint_activity_participants = d.pop("joint_activity_participants")

        network_members = d.pop("network_members")

        org_id = d.pop("org_id")

        org_name = d.pop("org_name")

        paired_members = d.pop("paired_members")

        pairings = d.pop("pairings")

        referrals = d.pop("referrals")

        referrals_completed = d.pop("referrals_completed")

        five_link_counts = cls(
            contact_visits=contact_visits,
            joint_activities=joint_activities,
            joint_activity_participants=joint_activity_participants,
            network_members=network_members,
            org_id=org_id,
            org_name=org_name,
            paired_members=paired_members,
            pairings=pairings,
            referrals=referrals,
            referrals_completed=referrals_completed,
        )


        five_link_counts.additional_properties = d
        return five_link_counts

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
