"""In-year accountability (年中问责): quarter-end flags, cases and their follow-ups."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any, Self

from pydantic import BaseModel, ConfigDict, Field, model_validator

from app.models.leadership.accountability import AccountabilityCaseStatus, AccountabilitySubject
from app.models.leadership.evaluation import AccountabilityKind
from app.models.leadership.indicator import IndicatorDirection, IndicatorUnit
from app.schemas.common import IsoDate, ORMModel, StorableBody
from app.schemas.leadership.book import Id, Text


class BehindPlan(BaseModel):
    """An indicator of a signed book that missed its target over the year to the quarter's end."""

    book_id: int
    org_id: int
    org_name: str
    book_indicator_id: int
    indicator_code: str
    name_zh: str
    name_en: str
    unit: IndicatorUnit
    direction: IndicatorDirection
    veto: bool
    target: float
    actual: float
    case_ids: list[int] = Field(description="Accountability cases already opened for it this quarter")


class AccountabilityFlags(BaseModel):
    year: int
    quarter: int
    quarter_end: date
    flags: list[BehindPlan]


# The field each subject is named by (_subject_named; JSON Schema says it too).
_SUBJECT_FIELDS = {
    AccountabilitySubject.department: "department",
    AccountabilitySubject.unit: "subject_org_id",
    AccountabilitySubject.person: "person_name",
}
_SUBJECT_TYPES = {"department": "string", "subject_org_id": "integer", "person_name": "string"}


def _subject_named_rules() -> dict[str, Any]:
    return {
        "allOf": [
            {
                "if": {"required": ["subject"], "properties": {"subject": {"const": subject.value}}},
                "then": {"required": [name], "properties": {name: {"type": _SUBJECT_TYPES[name]}}},
            }
            for subject, name in _SUBJECT_FIELDS.items()
        ]
    }


class AccountabilityCaseCreate(StorableBody):
    """Open a case for an indicator that was behind plan at a quarter's end, against a department,
    a unit (community or social unit) or a person."""

    model_config = ConfigDict(json_schema_extra=_subject_named_rules())

    book_id: Id
    book_indicator_id: Id
    quarter: int = Field(ge=1, le=4, description="The quarter at whose end the indicator was behind plan")
    subject: AccountabilitySubject
    department: str | None = Field(
        default=None, min_length=1, max_length=100, description="subject=department: its name"
    )
    subject_org_id: Id | None = Field(default=None, description="subject=unit: the community or unit")
    person_name: str | None = Field(
        default=None, min_length=1, max_length=100, description="subject=person: who (also named with unit)"
    )
    user_id: Id | None = Field(default=None, description="The person's user account, if they have one")
    measure: AccountabilityKind
    reason: Text
    opened_on: IsoDate

    @model_validator(mode="after")
    def _subject_named(self) -> Self:
        needed = _SUBJECT_FIELDS[self.subject]
        if getattr(self, needed) is None:
            raise ValueError(f"subject={self.subject.value} needs {needed}")
        return self


class FollowUpCreate(StorableBody):
    on: IsoDate
    note: Text
    close: bool = Field(default=False, description="Close the case with this note as its outcome (street)")


class FollowUpRead(ORMModel):
    id: int
    case_id: int
    on: date
    note: str
    closes: bool
    recorded_by: int | None
    recorded_at: datetime


class AccountabilityCaseRead(ORMModel):
    id: int
    book_id: int
    org_id: int
    book_indicator_id: int | None
    year: int
    quarter: int
    quarter_end: date
    indicator_code: str
    target: float
    actual: float
    veto: bool
    subject: AccountabilitySubject
    department: str | None
    subject_org_id: int | None
    person_name: str | None
    user_id: int | None
    measure: AccountabilityKind
    reason: str
    opened_on: date
    opened_by: int | None
    status: AccountabilityCaseStatus
    closed_on: date | None
    outcome: str | None
    version: int
