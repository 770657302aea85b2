"""Facilities in place (设施到位): facilities, their inspections and content refreshes."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from pydantic import AnyHttpUrl, ConfigDict, Field, model_validator

from app.models.grassroots.facility import REFRESHED_KINDS, FacilityCondition, FacilityKind
from app.schemas.common import DbId, IsoDate, ORMModel, StorableBody


def _kind_rules() -> dict[str, Any]:
    """The rules of _kind_fields, as JSON Schema says them: a distribution point names its point, a
    board or wall its refresh schedule, and no other kind either."""

    def one_of(field: str, kinds: list[str]) -> dict[str, Any]:
        return {
            "if": {"properties": {"kind": {"enum": kinds}}, "required": ["kind"]},
            "then": {"required": [field], "properties": {field: {"type": "integer"}}},
            "else": {"properties": {field: {"type": "null"}}},
        }

    return {
        "allOf": [
            one_of("distribution_point_id", [FacilityKind.distribution_point.value]),
            one_of("refresh_every_days", [kind.value for kind in REFRESHED_KINDS]),
        ]
    }


class FacilityCreate(StorableBody):
    model_config = ConfigDict(json_schema_extra=_kind_rules())

    org_id: DbId = Field(description="The community, unit or street the facility belongs to")
    kind: FacilityKind
    name: str = Field(min_length=1, max_length=200, examples=["民生路社区计生服务室"])
    location: str = Field(min_length=1, max_length=200, examples=["民生路社区居委会二楼"])
    opened_on: IsoDate = Field(description="In service since; not after today")
    distribution_point_id: DbId | None = Field(
        default=None,
        description="Required for kind distribution_point (and only then): the point of "
        "/distribution-points it is, of the same org",
    )
    refresh_every_days: int | None = Field(
        default=None,
        ge=1,
        le=3650,
        description="The content refresh schedule: required for publicity_board and cultural_wall, "
        "and only for them",
    )
    condition: FacilityCondition = Field(
        default=FacilityCondition.good, description="Until the first inspection says otherwise"
    )

    @model_validator(mode="after")
    def _check(self) -> FacilityCreate:
        if (self.kind is FacilityKind.distribution_point) != (self.distribution_point_id is not None):
            raise ValueError("distribution_point_id is required for kind distribution_point, and only for it")
        if (self.kind in REFRESHED_KINDS) != (self.refresh_every_days is not None):
            raise ValueError(
                "refresh_every_days is required for publicity boards and cultural walls, and only for them"
            )
        return self


class FacilityRead(ORMModel):
    id: int
    org_id: int
    org_name: str
    kind: FacilityKind
    name: str
    location: str
    distribution_point_id: int | None
    opened_on: date
    condition: FacilityCondition
    last_inspected_on: date | None
    refresh_every_days: int | None
    last_refreshed_on: date | None
    refresh_due_on: date | None = Field(description="The next content refresh is due on (boards and walls)")
    version: int
    created_at: datetime


class InspectionCreate(StorableBody):
    inspected_on: IsoDate = Field(description="Not after today nor before the facility opened")
    inspector: str = Field(min_length=1, max_length=100, examples=["张桂兰"])
    condition: FacilityCondition = Field(description="The condition found")
    findings: str | None = Field(default=None, max_length=2000)
    photo_links: list[AnyHttpUrl] = Field(default_factory=list, max_length=30)


class InspectionRead(ORMModel):
    id: int
    facility_id: int
    inspected_on: date
    inspector: str
    condition: FacilityCondition
    findings: str | None
    photo_links: list[str]
    created_at: datetime


class RefreshCreate(StorableBody):
    refreshed_on: IsoDate = Field(description="Not after today nor before the facility opened")
    theme: str = Field(min_length=1, max_length=200, examples=["新时代婚育新风"])
    photo_links: list[AnyHttpUrl] = Field(default_factory=list, max_length=30)


class RefreshRead(ORMModel):
    id: int
    facility_id: int
    refreshed_on: date
    theme: str
    photo_links: list[str]
    created_at: datetime
