from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.survey_stage import SurveyStage
from ..types import UNSET, Unset
from typing import cast
import datetime






T = TypeVar("T", bound="SurveyCreate")



@_attrs_define
class SurveyCreate:
    """ A knowledge survey (知晓率调查) before or after a campaign, or one of its activities.

        Attributes:
            campaign_id (int):
            conducted_on (datetime.date): Not after today; a pre survey not after the campaign's day, a post survey not
                before it
            correct_answers (int): Correct answers in all: at most questions × respondents
            org_id (int): The org that surveyed: the campaign's street or an org under it
            questions (int): Questions each respondent answered
            respondents (int):
            stage (SurveyStage):
            activity_id (int | None | Unset): An activity of the campaign, if surveyed at it
            notes (None | str | Unset):
     """

    campaign_id: int
    conducted_on: datetime.date
    correct_answers: int
    org_id: int
    questions: int
    respondents: int
    stage: SurveyStage
    activity_id: int | None | Unset = UNSET
    notes: None | str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        campaign_id = self.campaign_id

        conducted_on = self.conducted_on.isoformat()

        correct_answers = self.correct_answers

        org_id = self.org_id

        questions = self.questions

        respondents = self.respondents

        stage = self.stage.value

        activity_id: int | None | Unset
        if isinstance(self.activity_id, Unset):
            activity_id = UNSET
        else:
            activity_id = self.activity_id

        notes: None | str | Unset
        if isinstance(self.notes, Unset):
            notes = UNSET
        else:
            notes = self.notes


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "campaign_id": campaign_id,
            "conducted_on": conducted_on,
            "correct_answers": correct_answers,
            "org_id": org_id,
            "questions": questions,
            "respondents": respondents,
            "stage": stage,
        })
        if activity_id is not UNSET:
            field_dict["activity_id"] = activity_id
        if notes is not UNSET:
            field_dict["notes"] = notes

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        campaign_id = d.pop("campaign_id")

        conducted_on = datetime.date.fromisoformat(d.pop("conducted_on"))




        correct_answers = d.pop("correct_answers")

        org_id = d.pop("org_id")

        questions = d.pop("questions")

        respondents = d.pop("respondents")

        stage = SurveyStage(d.pop("stage"))




        def _parse_activity_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        activity_id = _parse_activity_id(d.pop("activity_id", UNSET))


        def _parse_notes(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        notes = _parse_notes(d.pop("notes", UNSET))


        survey_create = cls(
            campaign_id=campaign_id,
            conducted_on=conducted_on,
            correct_answers=correct_answers,
            org_id=org_id,
            questions=questions,
            respondents=respondents,
            stage=stage,
            activity_id=activity_id,
            notes=notes,
        )

        return survey_create

