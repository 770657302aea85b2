from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.demonstration_status import DemonstrationStatus
from ..models.demonstration_theme import DemonstrationTheme
from typing import cast

if TYPE_CHECKING:
  from ..models.demonstration_criterion_read import DemonstrationCriterionRead





T = TypeVar("T", bound="DemonstrationRead")



@_attrs_define
class DemonstrationRead:
    """ 
        Attributes:
            criteria (list[DemonstrationCriterionRead]):
            id (int):
            org_id (int):
            pass_score (int):
            self_total (int | None):
            status (DemonstrationStatus):
            status_reason (None | str):
            street_total (int | None):
            theme (DemonstrationTheme):
            version (int):
            year (int):
     """

    criteria: list[DemonstrationCriterionRead]
    id: int
    org_id: int
    pass_score: int
    self_total: int | None
    status: DemonstrationStatus
    status_reason: None | str
    street_total: int | None
    theme: DemonstrationTheme
    version: int
    year: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.demonstration_criterion_read import DemonstrationCriterionRead # noqa: PLC0415
        criteria = []
        for criteria_item_data in self.criteria:
            criteria_item = criteria_item_data.to_dict()
            criteria.append(criteria_item)



        id = self.id

        org_id = self.org_id

        pass_score = self.pass_score

        self_total: int | None
        self_total = self.self_total

        status = self.status.value

        status_reason: None | str
        status_reason = self.status_reason

        street_total: int | None
        street_total = self.street_total

        theme = self.theme.value

        version = self.version

        year = self.year


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "criteria": criteria,
            "id": id,
            "org_id": org_id,
            "pass_score": pass_score,
            "self_total": self_total,
            "status": status,
            "status_reason": status_reason,
            "street_total": street_total,
            "theme": theme,
            "version": version,
            "year": year,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.demonstration_criterion_read import DemonstrationCriterionRead # noqa: PLC0415
        d = dict(src_dict)
        criteria = []
        _criteria = d.pop("criteria")
        for criteria_item_data in (_criteria):
            criteria_item = DemonstrationCriterionRead.from_dict(criteria_item_data)



            criteria.append(criteria_item)


        id = d.pop("id")

        org_id = d.pop("org_id")

        pass_score = d.pop("pass_score")

        def _parse_self_total(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        self_total = _parse_self_total(d.pop("self_total"))


        status = DemonstrationStatus(d.pop("status"))




        def _parse_status_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        status_reason = _parse_status_reason(d.pop("status_reason"))


        def _parse_street_total(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        street_total = _parse_street_total(d.pop("street_total"))


        theme = DemonstrationTheme(d.pop("theme"))




        version = d.pop("version")

        year = d.pop("year")

        demonstration_read = cls(
            criteria=criteria,
            id=id,
            org_id=org_id,
            pass_score=pass_score,
            self_total=self_total,
            status=status,
            status_reason=status_reason,
            street_total=street_total,
            theme=theme,
            version=version,
            year=year,
        )


        demonstration_read.additional_properties = d
        return demonstration_read

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
