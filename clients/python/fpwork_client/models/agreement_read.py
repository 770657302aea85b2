from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.agreement_review_read import AgreementReviewRead





T = TypeVar("T", bound="AgreementRead")



@_attrs_define
class AgreementRead:
    """ 
        Attributes:
            commitments (list[str]):
            ends_on (datetime.date):
            family_id (int):
            id (int):
            org_id (int):
            signed_on (datetime.date):
            term_years (int):
            version (int):
            reviews (list[AgreementReviewRead] | Unset):
     """

    commitments: list[str]
    ends_on: datetime.date
    family_id: int
    id: int
    org_id: int
    signed_on: datetime.date
    term_years: int
    version: int
    reviews: list[AgreementReviewRead] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.agreement_review_read import AgreementReviewRead # noqa: PLC0415
        commitments = self.commitments



        ends_on = self.ends_on.isoformat()

        family_id = self.family_id

        id = self.id

        org_id = self.org_id

        signed_on = self.signed_on.isoformat()

        term_years = self.term_years

        version = self.version

        reviews: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.reviews, Unset):
            reviews = []
            for reviews_item_data in self.reviews:
                reviews_item = reviews_item_data.to_dict()
                reviews.append(reviews_item)




        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "commitments": commitments,
            "ends_on": ends_on,
            "family_id": family_id,
            "id": id,
            "org_id": org_id,
            "signed_on": signed_on,
            "term_years": term_years,
            "version": version,
        })
        if reviews is not UNSET:
            field_dict["reviews"] = reviews

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.agreement_review_read import AgreementReviewRead # noqa: PLC0415
        d = dict(src_dict)
        commitments = cast(list[str], d.pop("commitments"))


        ends_on = datetime.date.fromisoformat(d.pop("ends_on"))




        family_id = d.pop("family_id")

        id = d.pop("id")

        org_id = d.pop("org_id")

        signed_on = datetime.date.fromisoformat(d.pop("signed_on"))




        term_years = d.pop("term_years")

        version = d.pop("version")

        _reviews = d.pop("reviews", UNSET)
        reviews: list[AgreementReviewRead] | Unset = UNSET
        if _reviews is not UNSET:
            reviews = []
            for reviews_item_data in _reviews:
                reviews_item = AgreementReviewRead.from_dict(reviews_item_data)



                reviews.append(reviews_item)


        agreement_read = cls(
            commitments=commitments,
            ends_on=ends_on,
            family_id=family_id,
            id=id,
            org_id=org_id,
            signed_on=signed_on,
            term_years=term_years,
            version=version,
            reviews=reviews,
        )


        agreement_read.additional_properties = d
        return agreement_read

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
