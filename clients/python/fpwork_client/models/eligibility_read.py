from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.criterion_read import CriterionRead





T = TypeVar("T", bound="EligibilityRead")



@_attrs_define
class EligibilityRead:
    """ 
        Attributes:
            beneficiary_ids (list[int]):
            criteria (list[CriterionRead]):
            eligible (bool):
            family_id (int):
            program_id (int):
            reference_date (datetime.date):
     """

    beneficiary_ids: list[int]
    criteria: list[CriterionRead]
    eligible: bool
    family_id: int
    program_id: int
    reference_date: datetime.date
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.criterion_read import CriterionRead # noqa: PLC0415
        beneficiary_ids = self.beneficiary_ids



        criteria = []
        for criteria_item_data in self.criteria:
            criteria_item = criteria_item_data.to_dict()
            criteria.append(criteria_item)



        eligible = self.eligible

        family_id = self.family_id

        program_id = self.program_id

        reference_date = self.reference_date.isoformat()


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "beneficiary_ids": beneficiary_ids,
            "criteria": criteria,
            "eligible": eligible,
            "family_id": family_id,
            "program_id": program_id,
            "reference_date": reference_date,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.criterion_read import CriterionRead # noqa: PLC0415
        d = dict(src_dict)
        beneficiary_ids = cast(list[int], d.pop("beneficiary_ids"))


        criteria = []
        _criteria = d.pop("criteria")
        for criteria_item_data in (_criteria):
            criteria_item = CriterionRead.from_dict(criteria_item_data)



            criteria.append(criteria_item)


        eligible = d.pop("eligible")

        family_id = d.pop("family_id")

        program_id = d.pop("program_id")

        reference_date = datetime.date.fromisoformat(d.pop("reference_date"))




        eligibility_read = cls(
            beneficiary_ids=beneficiary_ids,
            criteria=criteria,
            eligible=eligible,
            family_id=family_id,
            program_id=program_id,
            reference_date=reference_date,
        )


        eligibility_read.additional_properties = d
        return eligibility_read

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
