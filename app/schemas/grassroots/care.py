"""The Reproductive Care Action: suggestions, care cases, pairing, visits and assistance."""

from __future__ import annotations

from datetime import date
from typing import Any, Self

from pydantic import ConfigDict, Field, model_validator

from app.models.grassroots.care import AssistanceKind, CareKind, CareStatus
from app.schemas.common import DbId, IsoDate, ORMModel, StorableBody


class CareSuggestion(ORMModel):
    """A family the records say needs care and that has no open case: for the community to review."""

    family_id: int
    community_id: int
    kind: CareKind
    reason: str


SUBJECT_OF_KIND = {
    CareKind.bereaved: "family_id",
    CareKind.disabled_child: "family_id",
    CareKind.childbearing_age: "resident_id",
    CareKind.worker: "cared_worker_id",
}
SUBJECTS = ("family_id", "resident_id", "cared_worker_id")


def _given(name: str) -> dict[str, Any]:
    return {"required": [name], "properties": {name: {"type": "integer"}}}


def _care_case_rules() -> dict[str, Any]:
    """One subject given (the others left out or null), the one its kind names, and other_need's reason."""
    one = [
        {
            **_given(name),
            "properties": {n: {"type": "integer"} if n == name else {"type": "null"} for n in SUBJECTS},
        }
        for name in SUBJECTS
    ]
    kinds = [
        {"if": {"required": ["kind"], "properties": {"kind": {"const": kind.value}}}, "then": _given(name)}
        for kind, name in SUBJECT_OF_KIND.items()
    ]
    reason = {
        "if": {"required": ["kind"], "properties": {"kind": {"const": CareKind.other_need.value}}},
        "then": {"required": ["reason"], "properties": {"reason": {"type": "string", "minLength": 1}}},
    }
    return {"oneOf": one, "allOf": [*kinds, reason]}


class CareCaseCreate(StorableBody):
    """Exactly one subject: a family, a person (``resident_id``) or a worker (``cared_worker_id``).

    ``bereaved`` and ``disabled_child`` are families; ``childbearing_age`` a person aged 15 to 49;
    ``worker`` a family planning worker of the area; ``other_need`` any of them, with a reason."""

    # the rules of _one_subject (and other_need's reason), as JSON Schema says them
    model_config = ConfigDict(json_schema_extra=_care_case_rules())

    family_id: DbId | None = None
    resident_id: DbId | None = Field(default=None, description="A person cared for individually")
    cared_worker_id: DbId | None = Field(default=None, description="A family planning worker cared for")
    kind: CareKind
    reason: str | None = Field(default=None, max_length=500, description="Required for other_need")

    @model_validator(mode="after")
    def _one_subject(self) -> Self:
        given = [n for n in ("family_id", "resident_id", "cared_worker_id") if getattr(self, n) is not None]
        if len(given) != 1:
            raise ValueError("give exactly one of family_id, resident_id, cared_worker_id")
        needed = SUBJECT_OF_KIND.get(self.kind)
        if needed is not None and given[0] != needed:
            raise ValueError(f"a {self.kind.value} case is for {needed}")
        return self


class CarePair(StorableBody):
    worker_id: DbId = Field(description="The worker paired with the family (结对帮扶)")
    visit_every_days: int = Field(default=90, ge=1, le=366)


class CareClose(StorableBody):
    reason: str = Field(min_length=1, max_length=500)


class CareCaseRead(ORMModel):
    id: int
    family_id: int | None
    resident_id: int | None
    cared_worker_id: int | None
    project_id: int | None
    org_id: int
    kind: CareKind
    reason: str | None
    status: CareStatus
    opened_on: date
    worker_id: int | None
    paired_on: date | None
    visit_every_days: int
    next_visit_due_on: date | None
    closed_on: date | None
    closed_reason: str | None
    version: int


class CareVisitCreate(StorableBody):
    visited_on: IsoDate
    worker_id: DbId | None = None
    notes: str = Field(min_length=1, max_length=5000, description="Sensitive: encrypted at rest")
    screening_id: DbId | None = Field(
        default=None, description="A reproductive-health census done on the visit"
    )
    activity_id: DbId | None = Field(default=None, description="A care-action lecture the family attended")


class CareVisitRead(ORMModel):
    id: int
    case_id: int
    visited_on: date
    worker_id: int | None
    notes: str | None = Field(description="Only for those who hold care:notes; each read is audited")
    screening_id: int | None
    activity_id: int | None


class CareAssistanceCreate(StorableBody):
    given_on: IsoDate
    kind: AssistanceKind
    amount_fen: int = Field(ge=0, le=100_000_000, description="Money or the goods' value, in fen")
    description: str = Field(min_length=1, max_length=500)
    partner_id: DbId | None = None


class CareAssistanceRead(ORMModel):
    id: int
    case_id: int
    given_on: date
    kind: AssistanceKind
    amount_fen: int
    description: str
    partner_id: int | None
