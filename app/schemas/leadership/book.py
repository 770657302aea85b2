"""Indicator catalogue, responsibility books and their amendments."""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any

from pydantic import ConfigDict, Field, model_validator

from app.models.leadership.book import BookStatus, SignatoryRole
from app.models.leadership.indicator import IndicatorDirection, IndicatorSource, IndicatorUnit
from app.reasons import ReasonCode
from app.schemas.common import MAX_ID, IsoDate, ORMModel, StorableBody
from app.schemas.patch_body import PatchBody

Id = Annotated[int, Field(ge=1, le=MAX_ID)]
Text = Annotated[str, Field(min_length=1, max_length=2000)]


class IndicatorCreate(StorableBody):
    # the rule of _figure_for_computed, as JSON Schema says it
    model_config = ConfigDict(
        json_schema_extra={
            "if": {"properties": {"source": {"const": "computed"}}, "required": ["source"]},
            "then": {"required": ["figure_code"], "properties": {"figure_code": {"type": "string"}}},
            "else": {"properties": {"figure_code": {"type": "null"}}},
        }
    )

    code: str = Field(pattern=r"^[a-z][a-z0-9_]{2,63}$")
    name_zh: str = Field(min_length=1, max_length=100)
    name_en: str = Field(min_length=1, max_length=150)
    unit: IndicatorUnit
    direction: IndicatorDirection
    source: IndicatorSource
    figure_code: str | None = Field(
        default=None,
        pattern=r"^[a-z_]+\.[a-z0-9_]+(\.[a-z0-9_]+)?$",
        max_length=100,
        description="`<area>.<figure>` or `<area>.<family>.<argument>` (a figure per screening kind): given "
        "for a computed indicator, null for a reported one. It may name a figure an area does not export "
        "yet: the indicator then reads `computable: false`",
    )
    deduction_per_unit: float | None = Field(default=None, gt=0, le=100)
    description: str = Field(default="", max_length=2000)

    @model_validator(mode="after")
    def _figure_for_computed(self) -> IndicatorCreate:
        if (self.source is IndicatorSource.computed) != (self.figure_code is not None):
            raise ValueError("a computed indicator names its figure_code; a reported one has none")
        return self


class IndicatorRead(ORMModel):
    id: int
    code: str
    name_zh: str
    name_en: str
    unit: IndicatorUnit
    direction: IndicatorDirection
    source: IndicatorSource
    figure_code: str | None
    deduction_per_unit: float | None
    description: str
    computable: bool = True
    not_computable_reason: str | None = Field(
        default=None, description="Why there is no value, in the caller's language (Accept-Language)"
    )
    not_computable_reason_code: ReasonCode | None = Field(
        default=None, description="Its code (labels: GET /meta/enums, system_reason)"
    )
    not_computable_reason_params: dict[str, Any] | None = Field(
        default=None, description="The parameters of not_computable_reason_code"
    )


class BookIndicatorIn(StorableBody):
    indicator_id: Id
    weight: float = Field(ge=0, le=100)
    target: float = Field(ge=0, le=1_000_000)
    veto: bool = False


class Signatory(StorableBody):
    role: SignatoryRole
    name: str = Field(min_length=1, max_length=50)
    title: str = Field(default="", max_length=100)


WEIGHTS_RULE = "Each indicator once, their weights summing to 100 (within 0.000001); 422 otherwise."


def _check_indicators(items: list[BookIndicatorIn]) -> None:
    if len({i.indicator_id for i in items}) != len(items):
        raise ValueError("an indicator appears twice")
    if abs(sum(i.weight for i in items) - 100) > 1e-6:
        raise ValueError("the indicators' weights must sum to 100")


class BookCreate(StorableBody):
    org_id: Id
    year: int = Field(ge=2000, le=2100)
    title: str = Field(min_length=1, max_length=200)
    pass_mark: float = Field(default=60, ge=0, le=100)
    indicators: list[BookIndicatorIn] = Field(min_length=1, max_length=50, description=WEIGHTS_RULE)

    @model_validator(mode="after")
    def _weights(self) -> BookCreate:
        _check_indicators(self.indicators)
        return self


class BookUpdate(StorableBody, PatchBody):
    """Changes to a draft: any field given replaces the current one."""

    title: str | None = Field(default=None, min_length=1, max_length=200)
    pass_mark: float | None = Field(default=None, ge=0, le=100)
    indicators: list[BookIndicatorIn] | None = Field(
        default=None, min_length=1, max_length=50, description=WEIGHTS_RULE
    )

    @model_validator(mode="after")
    def _weights(self) -> BookUpdate:
        if self.indicators is not None:
            _check_indicators(self.indicators)
        return self


# Roles a book's signatories include: one of each group.
SIGNING_ROLES = (
    (SignatoryRole.party_leader, SignatoryRole.government_leader),
    (SignatoryRole.leader_in_charge,),
)


def _role_in(*roles: SignatoryRole) -> dict[str, Any]:
    return {"required": ["role"], "properties": {"role": {"enum": [role.value for role in roles]}}}


class BookSign(StorableBody):
    signed_on: IsoDate
    signatories: list[Signatory] = Field(
        min_length=2,
        max_length=10,
        description="A Party or a government leader (overall responsibility) and the leader in charge "
        "among them",
        # the rule of _roles, as JSON Schema says it
        json_schema_extra={"allOf": [{"contains": _role_in(*roles)} for roles in SIGNING_ROLES]},
    )

    @model_validator(mode="after")
    def _roles(self) -> BookSign:
        roles = {s.role for s in self.signatories}
        overall, in_charge = SIGNING_ROLES
        if not roles & set(overall):
            raise ValueError("a Party or government leader signs for overall responsibility")
        if not roles & set(in_charge):
            raise ValueError("the leader in charge signs too")
        return self


class BookAmend(StorableBody):
    reason: Text
    indicators: list[BookIndicatorIn] = Field(min_length=1, max_length=50, description=WEIGHTS_RULE)

    @model_validator(mode="after")
    def _weights(self) -> BookAmend:
        _check_indicators(self.indicators)
        return self


class BookCopy(StorableBody):
    """Copy a book (usually last year's) to every community and unit of its street for ``year``."""

    source_book_id: Id
    year: int = Field(ge=2000, le=2100)


class ReportedValue(StorableBody):
    value: float = Field(ge=0, le=1_000_000)
    evidence: Text


class BookIndicatorRead(ORMModel):
    id: int
    indicator_id: int
    indicator_code: str
    name_zh: str
    position: int
    weight: float
    target: float
    veto: bool
    reported_value: float | None
    evidence: str | None


class BookRead(ORMModel):
    id: int
    year: int
    org_id: int
    street_id: int
    title: str
    status: BookStatus
    pass_mark: float
    signatories: list[Signatory]
    signed_on: date | None
    copied_from_id: int | None
    version: int
    indicators: list[BookIndicatorRead]
    next_steps: list[str]


class BookAmendmentRead(ORMModel):
    id: int
    book_id: int
    reason: str
    before: list[dict[str, object]]
    after: list[dict[str, object]]
    amended_by: int | None


class BookCopyResult(StorableBody):
    created: list[BookRead]
    skipped_org_ids: list[int]
