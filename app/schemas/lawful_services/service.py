from __future__ import annotations

from datetime import datetime

from pydantic import Field, model_validator

from app.models.lawful_services.service import (
    IssuedDocument,
    MaterialForm,
    ServiceRequestState,
    ServiceSubject,
)
from app.schemas.common import IsoDate, ORMModel, StrictBody

CODE_PATTERN = r"^[a-z][a-z0-9_]{0,47}$"


class MaterialAlternative(StrictBody):
    code: str = Field(pattern=CODE_PATTERN)
    name: str = Field(min_length=1, max_length=100)


class MaterialSpec(StrictBody):
    code: str = Field(pattern=CODE_PATTERN, examples=["marriage_certificate"])
    name: str = Field(min_length=1, max_length=100, examples=["结婚证"])
    mandatory: bool = True
    alternatives: list[MaterialAlternative] = Field(default_factory=list, max_length=10)
    commitment_allowed: bool = Field(default=False, description="A signed commitment (告知承诺) may stand in")


class ServiceTypeCreate(StrictBody):
    code: str = Field(pattern=CODE_PATTERN)
    name: str = Field(min_length=1, max_length=100)
    description: str = Field(default="", max_length=5000)
    subject: ServiceSubject
    time_limit_working_days: int = Field(ge=0, le=200)
    instant: bool = False
    online: bool = False
    fee_fen: int = Field(default=0, ge=0)
    where_to_apply: str = Field(min_length=1, max_length=200)
    issues: IssuedDocument = IssuedDocument.none
    number_prefix: str = Field(default="", max_length=16)
    materials: list[MaterialSpec] = Field(min_length=1, max_length=50)
    policy_ids: list[int] = Field(default_factory=list, max_length=50)

    @model_validator(mode="after")
    def _unique_material_codes(self) -> ServiceTypeCreate:
        codes = [m.code for m in self.materials]
        if len(codes) != len(set(codes)):
            raise ValueError("material codes must be unique within a service type")
        return self


class ServiceTypeUpdate(StrictBody):
    name: str | None = Field(default=None, min_length=1, max_length=100)
    description: str | None = Field(default=None, max_length=5000)
    time_limit_working_days: int | None = Field(default=None, ge=0, le=200)
    instant: bool | None = None
    online: bool | None = None
    fee_fen: int | None = Field(default=None, ge=0)
    where_to_apply: str | None = Field(default=None, min_length=1, max_length=200)
    active: bool | None = None


class MaterialRead(ORMModel):
    code: str
    name: str
    mandatory: bool
    alternatives: list[MaterialAlternative]
    commitment_allowed: bool


class PolicyRef(ORMModel):
    id: int
    title: str
    document_no: str | None


class ServiceTypeRead(ORMModel):
    """A service guide: everything a resident must bring, said once (一次性告知)."""

    id: int
    code: str
    name: str
    description: str
    subject: ServiceSubject
    time_limit_working_days: int
    instant: bool = Field(description="即办: complete requests finish at acceptance")
    online: bool
    fee_fen: int
    where_to_apply: str
    issues: IssuedDocument
    active: bool
    materials: list[MaterialRead]
    policies: list[PolicyRef] = Field(description="Published policies the service rests on")
    version: int


class ProvidedMaterial(StrictBody):
    code: str = Field(pattern=CODE_PATTERN, examples=["husband_id_card"])
    form: MaterialForm = MaterialForm.original
    alternative: str | None = Field(
        default=None, pattern=CODE_PATTERN, description="Which accepted alternative (form 'alternative')"
    )

    @model_validator(mode="after")
    def _alternative_goes_with_form(self) -> ProvidedMaterial:
        if (self.form is MaterialForm.alternative) != (self.alternative is not None):
            raise ValueError("alternative is required with form 'alternative' and only then")
        return self


class ServiceRequestCreate(StrictBody):
    service_type: str = Field(pattern=CODE_PATTERN, examples=["birth_registration"])
    resident_id: int | None = Field(default=None, ge=1)
    family_id: int | None = Field(default=None, ge=1)
    materials: list[ProvidedMaterial] = Field(default_factory=list, max_length=50)
    note: str | None = Field(default=None, max_length=500)


class ServiceRequestResubmit(StrictBody):
    materials: list[ProvidedMaterial] = Field(max_length=50, description="The full set provided now")


class ServiceRequestReturn(StrictBody):
    missing_materials: list[str] = Field(
        default_factory=list,
        max_length=50,
        description="Items the reviewer adds to those the system finds missing (e.g. an illegible copy)",
    )
    comment: str | None = Field(default=None, max_length=500)


class ServiceRequestReject(StrictBody):
    reason: str = Field(min_length=1, max_length=500)


class ServiceReturnRead(ORMModel):
    returned_at: datetime
    missing: list[str]
    comment: str | None


class MissingMaterial(ORMModel):
    code: str
    name: str


class ServiceRequestRead(ORMModel):
    id: int
    tracking_code: str
    service_type: str
    org_id: int
    resident_id: int | None
    family_id: int | None
    state: ServiceRequestState
    materials: list[ProvidedMaterial]
    missing_materials: list[MissingMaterial] = Field(description="Mandatory items not yet provided")
    note: str | None
    submitted_at: datetime
    clock_started_on: IsoDate
    due_on: IsoDate
    accepted_at: datetime | None
    finished_at: datetime | None
    working_days_taken: int | None
    overdue: bool
    issued_no: str | None
    reject_reason: str | None
    returns: list[ServiceReturnRead]
    version: int


class ServiceRequestStatus(ORMModel):
    """What the public look-up by tracking code shows: state and dates, nothing personal."""

    tracking_code: str
    service_type: str
    service_type_name: str
    state: ServiceRequestState
    submitted_on: IsoDate
    due_on: IsoDate
    finished_on: IsoDate | None
    missing_materials: list[MissingMaterial] = Field(description="What to bring, when returned")


class ServiceStatisticsRow(ORMModel):
    service_type: str
    org_id: int
    org_name: str
    count: int = Field(description="Requests submitted in the period")
    completed: int
    completed_on_time: int
    on_time_rate: float | None = Field(description="completed on or before the due date / completed")
    median_working_days: float | None = Field(description="Median working days, submission to completion")
    open_overdue: int


class CalendarDayRead(ORMModel):
    day: IsoDate
    kind: str
    name: str
