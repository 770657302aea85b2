from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.survey_stage import SurveyStage
from typing import cast
import datetime






T = TypeVar("T", bound="SurveyRead")



@_attrs_define
class SurveyRead:
    """ 
        Attributes:
            activity_id (int | None):
            campaign_id (int):
            conducted_on (datetime.date):
            correct_answers (int):
            correct_rate (float): correct_answers / (questions × respondents), in percent
            created_at (datetime.datetime):
            id (int):
            notes (None | str):
            org_id (int):
            org_name (str):
            questions (int):
            respondents (int):
            stage (SurveyStage):
     """

    activity_id: int | None
    campaign_id: int
    conducted_on: datetime.date
    correct_answers: int
    correct_rate: float
    created_at: datetime.datetime
    id: int
    notes: None | str
    org_id: int
    org_name: str
    questions: int
    respondents: int
    stage: SurveyStage
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        activity_id: int | None
        activity_id = self.activity_id

        campaign_id = self.campaign_id

        conducted_on = self.conducted_on.isoformat()

        correct_answers = self.correct_answers

        correct_rate = self.correct_rate

        created_at = self.created_at.isoformat()

        id = self.id

        notes: None | str
        notes = self.notes

        org_id = self.org_id

        org_name = self.org_name

        questions = self.questions

        respondents = self.respondents

        stage = self.stage.value


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "activity_id": activity_id,
            "campaign_id": campaign_id,
            "conducted_on": conducted_on,
            "correct_answers": correct_answers,
            "correct_rate": correct_rate,
            "created_at": created_at,
            "id": id,
            "notes": notes,
            "org_id": org_id,
            "org_name": org_name,
            "questions": questions,
            "respondents": respondents,
            "stage": stage,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_activity_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        activity_id = _parse_activity_id(d.pop("activity_id"))


        campaign_id = d.pop("campaign_id")

        conducted_on = datetime.date.fromisoformat(d.pop("conducted_on"))




        correct_answers = d.pop("correct_answers")

        correct_rate = d.pop("correct_rate")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))




        id = d.pop("id")

        def _parse_notes(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        notes = _parse_notes(d.pop("notes"))


        org_id = d.pop("org_id")

        org_name = d.pop("org_name")

        questions = d.pop("questions")

        respondents = d.pop("respondents")

        stage = SurveyStage(d.pop("stage"))




        survey_read = cls(
            activity_id=activity_id,
            campaign_id=campaign_id,
            conducted_on=conducted_on,
            correct_answers=correct_answers,
            correct_rate=correct_rate,
            created_at=created_at,
            id=id,
            notes=notes,
            org_id=org_id,
            org_name=org_name,
            questions=questions,
            respondents=respondents,
            stage=stage,
        )


        survey_read.additional_properties = d
        return survey_read

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
