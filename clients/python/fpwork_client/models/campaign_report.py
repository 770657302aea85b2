from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.key_day import KeyDay
from typing import cast

if TYPE_CHECKING:
  from ..models.campaign_org_line import CampaignOrgLine
  from ..models.campaign_totals import CampaignTotals
  from ..models.knowledge_change import KnowledgeChange
  from ..models.reach_line import ReachLine





T = TypeVar("T", bound="CampaignReport")



@_attrs_define
class CampaignReport:
    """ 
        Attributes:
            campaign_id (int):
            key_day (KeyDay):
            knowledge (KnowledgeChange):
            not_reported (list[CampaignOrgLine]): Communities and units with nothing reported
            orgs (list[CampaignOrgLine]):
            people_reached (int): People reached through every channel
            reach (list[ReachLine]): People reached by channel (实效性), in the caller's area
            theme (str):
            totals (CampaignTotals):
     """

    campaign_id: int
    key_day: KeyDay
    knowledge: KnowledgeChange
    not_reported: list[CampaignOrgLine]
    orgs: list[CampaignOrgLine]
    people_reached: int
    reach: list[ReachLine]
    theme: str
    totals: CampaignTotals
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.campaign_org_line import CampaignOrgLine # noqa: PLC0415
        from ..models.campaign_totals import CampaignTotals # noqa: PLC0415
        from ..models.knowledge_change import KnowledgeChange # noqa: PLC0415
        from ..models.reach_line import ReachLine # noqa: PLC0415
        campaign_id = self.campaign_id

        key_day = self.key_day.value

        knowledge = self.knowledge.to_dict()

        not_reported = []
        for not_reported_item_data in self.not_reported:
            not_reported_item = not_reported_item_data.to_dict()
            not_reported.append(not_reported_item)



        orgs = []
        for orgs_item_data in self.orgs:
            orgs_item = orgs_item_data.to_dict()
            orgs.append(orgs_item)



        people_reached = self.people_reached

        reach = []
        for reach_item_data in self.reach:
            reach_item = reach_item_data.to_dict()
            reach.append(reach_item)



        theme = self.theme

        totals = self.totals.to_dict()


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "campaign_id": campaign_id,
            "key_day": key_day,
            "knowledge": knowledge,
            "not_reported": not_reported,
            "orgs": orgs,
            "people_reached": people_reached,
            "reach": reach,
            "theme": theme,
            "totals": totals,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.campaign_org_line import CampaignOrgLine # noqa: PLC0415
        from ..models.campaign_totals import CampaignTotals # noqa: PLC0415
        from ..models.knowledge_change import KnowledgeChange # noqa: PLC0415
        from ..models.reach_line import ReachLine # noqa: PLC0415
        d = dict(src_dict)
        campaign_id = d.pop("campaign_id")

        key_day = KeyDay(d.pop("key_day"))




        knowledge = KnowledgeChange.from_dict(d.pop("knowledge"))




        not_reported = []
        _not_reported = d.pop("not_reported")
        for not_reported_item_data in (_not_reported):
            not_reported_item = CampaignOrgLine.from_dict(not_reported_item_data)



            not_reported.append(not_reported_item)


        orgs = []
        _orgs = d.pop("orgs")
        for orgs_item_data in (_orgs):
            orgs_item = CampaignOrgLine.from_dict(orgs_item_data)



            orgs.append(orgs_item)


        people_reached = d.pop("people_reached")

        reach = []
        _reach = d.pop("reach")
        for reach_item_data in (_reach):
            reach_item = ReachLine.from_dict(reach_item_data)



            reach.append(reach_item)


        theme = d.pop("theme")

        totals = CampaignTotals.from_dict(d.pop("totals"))




        campaign_report = cls(
            campaign_id=campaign_id,
            key_day=key_day,
            knowledge=knowledge,
            not_reported=not_reported,
            orgs=orgs,
            people_reached=people_reached,
            reach=reach,
            theme=theme,
            totals=totals,
        )


        campaign_report.additional_properties = d
        return campaign_report

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
