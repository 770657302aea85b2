from __future__ import annotations

from datetime import date, datetime
from typing import Any

from pydantic import ConfigDict, Field, model_validator

from app.models.core.family import ChildStatus
from app.models.lawful_services.document import FamilyDocumentKind, FamilyDocumentStatus
from app.models.lawful_services.service import (
    IssuedDocument,
    MaterialForm,
    ServiceLevel,
    ServiceRequestState,
    ServiceSubject,
)
from app.schemas.common import MAX_ID, DbId, IsoDate, ORMModel, ProvisionalDue, StrictBody
from app.schemas.patch_body import PatchBody

CODE_PATTERN = r"^[a-z][a-z0-9_]{0,47}$"


class MaterialAlternative(StrictBody):
    code: str = Field(pattern=CODE_PATTERN)
    name: str = Field(min_length=1, max_length=100)


class MaterialSpec(StrictBody):
    code: str = Field(pattern=CODE_PATTERN, examples=["marriage_certificate"])
    name: str = Field(min_length=1, max_length=100, examples=["结婚证"])
    name_en: str | None = Field(default=None, min_length=1, max_length=100, examples=["Marriage certificate"])
    mandatory: bool = True
    alternatives: list[MaterialAlternative] = Field(default_factory=list, max_length=10)
    commitment_allowed: bool = Field(default=False, description="A signed commitment (告知承诺) may stand in")


class Preconditions(StrictBody):
    """Conditions on the family record, checked at acceptance and again at completion."""

    children_min: int | None = Field(default=None, ge=0, le=20)
    children_max: int | None = Field(default=None, ge=0, le=20)
    child_order_max: int | None = Field(default=None, ge=1, le=20, description="A fixed highest birth order")
    child_order_within_birth_policy: bool = Field(
        default=False,
        description="生育登记: the child's order is within the registration orders of the birth policy rule "
        "in force on its birth date (GET /birth-policy-rules); an unborn child: on the day checked",
    )
    child_born_before: IsoDate | None = Field(default=None, description="e.g. 2016-01-01 for 光荣证")
    child_status_in: list[ChildStatus] | None = Field(default=None, min_length=1)
    one_valid_per_family: bool = False
    one_valid_per_child: bool = False

    def as_data(self) -> dict[str, object]:
        return self.model_dump(mode="json", exclude_defaults=True)


def _as_default(field: Any) -> dict[str, Any]:
    return {"type": "null"} if field.default is None else {"const": field.default}


# _levels_in_order's two rules, as JSON Schema says them: a resident service has no preconditions
# (each left out or at its default), and a service the street accepts is issued by the street.
_SERVICE_TYPE_RULES: dict[str, Any] = {
    "allOf": [
        {
            "if": {
                "properties": {"subject": {"const": ServiceSubject.resident.value}},
                "required": ["subject"],
            },
            "then": {
                "properties": {
                    "preconditions": {
                        "properties": {name: _as_default(f) for name, f in Preconditions.model_fields.items()}
                    }
                }
            },
        },
        {
            "if": {
                "properties": {"accepting_level": {"const": ServiceLevel.street.value}},
                "required": ["accepting_level"],
            },
            "then": {
                "required": ["issuing_level"],
                "properties": {"issuing_level": {"const": ServiceLevel.street.value}},
            },
        },
    ]
}


class ServiceTypeCreate(StrictBody):
    model_config = ConfigDict(json_schema_extra=_SERVICE_TYPE_RULES)

    code: str = Field(pattern=CODE_PATTERN)
    name: str = Field(min_length=1, max_length=100)
    description: str = Field(default="", max_length=5000)
    subject: ServiceSubject
    time_limit_working_days: int = Field(ge=0, le=200)
    instant: bool = False
    online: bool = False
    fee_fen: int = Field(default=0, ge=0, le=100_000_000)
    where_to_apply: str = Field(min_length=1, max_length=200)
    issues: IssuedDocument = IssuedDocument.none
    number_prefix: str = Field(default="", max_length=16)
    accepting_level: ServiceLevel = ServiceLevel.community
    issuing_level: ServiceLevel = Field(
        default=ServiceLevel.community, description="The street, when the street accepts (`accepting_level`)"
    )
    forward_limit_working_days: int = Field(
        default=0, ge=0, le=30, description="The community's limit to pre-check and forward (street services)"
    )
    preconditions: Preconditions = Field(
        default_factory=Preconditions,
        description="Conditions on the family record: family services only (a resident service leaves "
        "each at its default)",
    )
    materials: list[MaterialSpec] = Field(
        min_length=1, max_length=50, description="Each `code` once within the service type (422 otherwise)"
    )
    policy_ids: list[DbId] = Field(default_factory=list, max_length=50)

    @model_validator(mode="after")
    def _levels_in_order(self) -> ServiceTypeCreate:
        if self.accepting_level is ServiceLevel.street and self.issuing_level is ServiceLevel.community:
            raise ValueError("a service the street accepts is issued by the street")
        if self.subject is ServiceSubject.resident and self.preconditions.as_data():
            raise ValueError("preconditions are conditions on a family record: family services only")
        return self

    @model_validator(mode="after")
    def _unique_material_codes(self) -> ServiceTypeCreate:
        codes = [m.code for m in self.materials]
        if len(codes) != len(set(codes)):
            raise ValueError("material codes must be unique within a service type")
        return self


class ServiceTypeUpdate(PatchBody):
    name: str | None = Field(default=None, min_length=1, max_length=100)
    description: str | None = Field(default=None, max_length=5000)
    time_limit_working_days: int | None = Field(default=None, ge=0, le=200)
    instant: bool | None = None
    online: bool | None = None
    fee_fen: int | None = Field(default=None, ge=0, le=100_000_000)
    where_to_apply: str | None = Field(default=None, min_length=1, max_length=200)
    active: bool | None = None
    preconditions: Preconditions | None = None
    forward_limit_working_days: int | None = Field(default=None, ge=0, le=30)


class MaterialRead(ORMModel):
    code: str
    name: str
    name_en: str | None
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
    accepting_level: ServiceLevel = Field(description="受理: the level that accepts")
    issuing_level: ServiceLevel = Field(description="办结/发证: the level that completes and issues")
    forward_limit_working_days: int
    preconditions: dict[str, Any] = Field(description="Conditions on the family record (PreconditionRule)")
    active: bool
    materials: list[MaterialRead]
    policies: list[PolicyRef] = Field(description="Published policies the service rests on")
    version: int


class ProvidedMaterial(StrictBody):
    # the rule of _alternative_goes_with_form, as JSON Schema says it
    model_config = ConfigDict(
        json_schema_extra={
            "if": {"properties": {"form": {"const": "alternative"}}, "required": ["form"]},
            "then": {"required": ["alternative"], "properties": {"alternative": {"type": "string"}}},
            "else": {"properties": {"alternative": {"type": "null"}}},
        }
    )

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
    resident_id: int | None = Field(default=None, ge=1, le=MAX_ID)
    family_id: int | None = Field(default=None, ge=1, le=MAX_ID)
    child_id: int | None = Field(
        default=None, ge=1, le=MAX_ID, description="The family's child it is for; default: the next child"
    )
    materials: list[ProvidedMaterial] = Field(default_factory=list, max_length=50)
    note: str | None = Field(default=None, max_length=500)


class ServiceRequestResubmit(StrictBody):
    materials: list[ProvidedMaterial] = Field(
        max_length=50,
        description="What the applicant brings now (补正); added to what was provided before, "
        "replacing items of the same code",
    )


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


class ServiceRequestRead(ProvisionalDue, ORMModel):
    id: int
    tracking_code: str
    service_type: str
    service_type_name: str
    org_id: int
    org_name: str | None = None
    applicant_name: str | None = Field(
        default=None, description="The resident, or the family's parents (husband / wife)"
    )
    resident_id: int | None
    family_id: int | None
    child_id: int | None
    state: ServiceRequestState
    accepting_level: ServiceLevel
    issuing_level: ServiceLevel
    forward_due_on: date | None = Field(description="The community's own deadline to forward to the street")
    forwarded_on: date | None
    next_steps: list[str] = Field(description="Workflow steps allowed from the current state")
    materials: list[ProvidedMaterial]
    missing_materials: list[MissingMaterial] = Field(description="Mandatory items not yet provided")
    note: str | None
    submitted_at: datetime
    clock_started_on: date
    due_on: date
    accepted_at: datetime | None
    finished_at: datetime | None
    working_days_taken: int | None
    overdue: bool
    issued_no: str | None
    reject_reason: str | None
    returns: list[ServiceReturnRead]
    version: int


class ServiceRequestStatus(ProvisionalDue, ORMModel):
    """What the public look-up by tracking code shows: state and dates, nothing personal."""

    tracking_code: str
    service_type: str
    service_type_name: str
    state: ServiceRequestState
    submitted_on: date
    due_on: date
    finished_on: date | None
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


class FamilyDocumentRead(ORMModel):
    """A registration or certificate issued to a family, for one child."""

    id: int
    family_id: int
    kind: FamilyDocumentKind
    number: str
    child_order: int
    child_id: int | None
    issued_on: date
    issuing_org_id: int | None
    service_request_id: int | None
    status: FamilyDocumentStatus
    revoked_on: date | None
    revoke_reason: str | None
