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





T = TypeVar("T", bound="CampaignReport")



@_attrs_define
class CampaignReport:
    """ 
        Attributes:
            campaign_id (int):
            key_day (KeyDay):
            not_reported (list[CampaignOrgLine]): Communities and units with nothing reported
            orgs (list[CampaignOrgLine]):
            theme (str):
            totals (CampaignTotals):
     """

    campaign_id: int
    key_day: KeyDay
    not_reported: list[CampaignOrgLine]
    orgs: list[CampaignOrgLine]
    theme: str
    totals: CampaignTotals
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.campaign_org_line import CampaignOrgLine # noqa: PLC0415
        from ..models.campaign_totals import CampaignTotals # noqa: PLC0415
        campaign_id = self.campaign_id

        key_day = self.key_day.value

        not_reported = []
        for not_reported_item_data in self.not_reported:
            not_reported_item = not_reported_item_data.to_dict()
            not_reported.append(not_reported_item)



        orgs = []
        for orgs_item_data in self.orgs:
            orgs_item = orgs_item_data.to_dict()
            orgs.append(orgs_item)



        theme = self.theme

        totals = self.totals.to_dict()


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "campaign_id": campaign_id,
            "key_day": key_day,
            "not_reported": not_reported,
            "orgs": orgs,
            "theme": theme,
            "totals": totals,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.campaign_org_line import CampaignOrgLine # noqa: PLC0415
        from ..models.campaign_totals import CampaignTotals # noqa: PLC0415
        d = dict(src_dict)
        campaign_id = d.pop("campaign_id")

        key_day = KeyDay(d.pop("key_day"))




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


        theme = d.pop("theme")

        totals = CampaignTotals.from_dict(d.pop("totals"))




        campaign_report = cls(
            campaign_id=campaign_id,
            key_day=key_day,
            not_reported=not_reported,
            orgs=orgs,
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
