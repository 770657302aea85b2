from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.pregnancy_outcome import PregnancyOutcome
from ..models.sex import Sex
from ..types import UNSET, Unset
from typing import cast
import datetime






T = TypeVar("T", bound="BirthCreate")



@_attrs_define
class BirthCreate:
    """ The outcome of a live birth: the child joins the family record and the birth registration starts.

        Attributes:
            born_on (datetime.date):
            child_name (str):
            child_sex (Sex):
            outcome (PregnancyOutcome | Unset):
     """

    born_on: datetime.date
    child_name: str
    child_sex: Sex
    outcome: PregnancyOutcome | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        born_on = self.born_on.isoformat()

        child_name = self.child_name

        child_sex = self.child_sex.value

        outcome: str | Unset = UNSET
        if not isinstance(self.outcome, Unset):
            outcome = self.outcome.value



        field_dict: dict[str, Any] = {}

        field_dict.update({
            "born_on": born_on,
            "child_name": child_name,
            "child_sex": child_sex,
        })
        if outcome is not UNSET:
            field_dict["outcome"] = outcome

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        born_on = datetime.date.fromisoformat(d.pop("born_on"))




        child_name = d.pop("child_name")

        child_sex = Sex(d.pop("child_sex"))




        _outcome = d.pop("outcome", UNSET)
        outcome: PregnancyOutcome | Unset
        if isinstance(_outcome,  Unset):
            outcome = UNSET
        else:
            outcome = PregnancyOutcome(_outcome)




        birth_create = cls(
            born_on=born_on,
            child_name=child_name,
            child_sex=child_sex,
            outcome=outcome,
        )

        return birth_create

