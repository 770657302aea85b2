"""Migrants: arrival, the 婚育证明, the residence permit, departure; services delivered."""

from __future__ import annotations

from datetime import date, datetime

from pydantic import Field

from app.models.migrants.migrant import CertificateStatus, MigrantStatus, PermitStatus
from app.models.migrants.service import PublicServiceKind, ServiceSource
from app.schemas.common import DbId, IsoDate, ORMModel, StorableBody
from app.schemas.core.resident import DIVISION_CODE_PATTERN


class MigrantCreate(StorableBody):
    """Register the arrival of a resident whose household registration lies outside the district."""

    resident_id: DbId
    arrival_date: IsoDate
    address: str = Field(min_length=1, max_length=200, examples=["幸福路12号3-2"])
    employer_name: str | None = Field(default=None, max_length=200)
    household_division_code: str | None = Field(
        default=None,
        pattern=DIVISION_CODE_PATTERN,
        description="户籍地; defaults to the resident's household registration place",
    )


class CertificateSubmit(StorableBody):
    number: str = Field(min_length=1, max_length=64)
    issuer: str = Field(min_length=1, max_length=200, description="Issuing place (户籍地 office)")
    issued_on: IsoDate = Field(description="Not in the future (422 otherwise)")


class PermitStep(StorableBody):
    on: IsoDate = Field(
        description="The day the application, issue or endorsement happened; not in the future "
        "(422 otherwise)"
    )
    expires_on: IsoDate | None = Field(
        default=None, description="For issue: the permit's expiry, required and after `on` (422 otherwise)"
    )


class Departure(StorableBody):
    departed_on: IsoDate = Field(description="Between the arrival and today (422 otherwise)")
    destination: str = Field(min_length=1, max_length=200)


class MigrantRead(ORMModel):
    id: int
    resident_id: int
    household_division_code: str
    household_province: str
    arrival_date: date
    community_id: int
    employer_unit_id: int | None
    address: str
    employer_name: str | None
    certificate_status: CertificateStatus
    certificate_due_on: date
    certificate_overdue: bool
    certificate_number: str | None
    certificate_issuer: str | None
    certificate_issued_on: date | None
    certificate_reminded_on: date | None
    permit_status: PermitStatus
    permit_applied_on: date | None
    permit_issued_on: date | None
    permit_endorsed_on: date | None
    permit_expires_on: date | None
    status: MigrantStatus
    departed_on: date | None
    destination: str | None
    version: int
    created_at: datetime
    updated_at: datetime


class ServiceCreate(StorableBody):
    kind: PublicServiceKind
    delivered_on: IsoDate
    note: str | None = Field(default=None, max_length=500)


class ServiceRead(ORMModel):
    id: int
    migrant_id: int
    kind: PublicServiceKind
    delivered_on: date
    note: str | None
    source: ServiceSource
    recorded_by: int | None
    created_at: datetime


class MigrantCoverageRow(ORMModel):
    org_id: int
    org_name: str
    eligible: int = Field(description="Migrants present six months or more")
    served: dict[str, int]
    rates: dict[str, float | None]


class CoverageReport(ORMModel):
    as_of: date
    group_by: str
    rows: list[MigrantCoverageRow]
