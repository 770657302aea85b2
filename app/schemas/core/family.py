from __future__ import annotations

from datetime import date, datetime
from typing import Any

from pydantic import ConfigDict, Field, model_validator

from app.clock import local_today
from app.models.core.family import ChildStatus
from app.models.core.resident import Sex
from app.schemas.common import MAX_ID, IsoDate, ORMModel, StorableBody, StrictBody
from app.schemas.patch_body import PatchBody


def _only_with_status(status: str, field: str, kind: str) -> dict[str, Any]:
    """``field`` is given (a ``kind``) with ``status`` and absent or null with any other."""
    return {
        "if": {"properties": {"status": {"const": status}}, "required": ["status"]},
        "then": {"required": [field], "properties": {field: {"type": kind}}},
        "else": {"properties": {field: {"type": "null"}}},
    }


class ChildCreate(StorableBody):
    # the status rules of _check_child_status, as JSON Schema says them (the dates' order and
    # "not in the future" are in the fields' descriptions)
    model_config = ConfigDict(
        json_schema_extra={
            "allOf": [
                _only_with_status("disabled", "disability_grade", "integer"),
                _only_with_status("deceased", "deceased_on", "string"),
            ]
        }
    )

    name: str = Field(min_length=1, max_length=64)
    sex: Sex
    birth_date: IsoDate = Field(description="Not in the future (422 otherwise)")
    birth_order: int | None = Field(default=None, ge=1, le=20, description="Next free order if omitted")
    adopted: bool = False
    status: ChildStatus = ChildStatus.living
    disability_grade: int | None = Field(default=None, ge=1, le=4, description="With status 'disabled' only")
    deceased_on: IsoDate | None = Field(
        default=None, description="With status 'deceased' only; not before birth_date (422 otherwise)"
    )
    resident_id: int | None = Field(default=None, ge=1, le=MAX_ID)

    @model_validator(mode="after")
    def _status_fields_agree(self) -> ChildCreate:
        _check_child_status(self.status, self.disability_grade, self.deceased_on, self.birth_date)
        return self


class ChildUpdate(PatchBody):
    clearable = frozenset({"disability_grade", "deceased_on"})

    name: str | None = Field(default=None, min_length=1, max_length=64)
    status: ChildStatus | None = None
    disability_grade: int | None = Field(default=None, ge=1, le=4)
    deceased_on: IsoDate | None = None


def _check_child_status(
    status: ChildStatus, grade: int | None, deceased_on: IsoDate | None, birth_date: IsoDate | None
) -> None:
    if status is ChildStatus.disabled and grade is None:
        raise ValueError("a disabled child needs a disability_grade (1-4)")
    if status is not ChildStatus.disabled and grade is not None:
        raise ValueError("disability_grade is only for status 'disabled'")
    if status is ChildStatus.deceased and deceased_on is None:
        raise ValueError("a deceased child needs deceased_on")
    if status is not ChildStatus.deceased and deceased_on is not None:
        raise ValueError("deceased_on is only for status 'deceased'")
    if deceased_on and birth_date and deceased_on < birth_date:
        raise ValueError("deceased_on is before the birth date")
    if birth_date and birth_date > local_today():
        raise ValueError("birth_date is in the future")


class ChildRead(ORMModel):
    id: int
    family_id: int
    name: str
    sex: Sex
    birth_date: date
    birth_order: int
    adopted: bool
    status: ChildStatus
    disability_grade: int | None
    deceased_on: date | None
    resident_id: int | None
    version: int


class FamilyCreate(StrictBody):
    # the rules of _has_a_parent, as JSON Schema says them: at least one parent, and the honour
    # certificate's number and date both given or neither (two different spouses: the description)
    model_config = ConfigDict(
        json_schema_extra={
            "allOf": [
                {
                    "anyOf": [
                        {"required": [parent], "properties": {parent: {"type": "integer"}}}
                        for parent in ("husband_id", "wife_id")
                    ]
                },
                {
                    "anyOf": [
                        {
                            "required": ["honour_certificate_no", "honour_certificate_issued_on"],
                            "properties": {
                                "honour_certificate_no": {"type": "string"},
                                "honour_certificate_issued_on": {"type": "string"},
                            },
                        },
                        {
                            "properties": {
                                "honour_certificate_no": {"type": "null"},
                                "honour_certificate_issued_on": {"type": "null"},
                            }
                        },
                    ]
                },
            ]
        }
    )

    community_id: int = Field(ge=1, le=MAX_ID)
    husband_id: int | None = Field(default=None, ge=1, le=MAX_ID)
    wife_id: int | None = Field(default=None, ge=1, le=MAX_ID, description="Not the husband's id")
    marriage_date: IsoDate | None = None
    honour_certificate_no: str | None = Field(default=None, min_length=1, max_length=32)
    honour_certificate_issued_on: IsoDate | None = None
    children: list[ChildCreate] = Field(default_factory=list, max_length=20)

    @model_validator(mode="after")
    def _has_a_parent(self) -> FamilyCreate:
        if self.husband_id is None and self.wife_id is None:
            raise ValueError("a family needs at least one parent (husband_id or wife_id)")
        if self.husband_id is not None and self.husband_id == self.wife_id:
            raise ValueError("husband and wife must be different residents")
        if (self.honour_certificate_no is None) != (self.honour_certificate_issued_on is None):
            raise ValueError("honour_certificate_no and honour_certificate_issued_on go together")
        return self


class FamilyUpdate(PatchBody):
    """After the change the family keeps at least one parent, and `honour_certificate_no` and
    `honour_certificate_issued_on` are both set or both empty."""

    clearable = frozenset(
        {"husband_id", "wife_id", "marriage_date", "honour_certificate_no", "honour_certificate_issued_on"}
    )

    husband_id: int | None = Field(default=None, ge=1, le=MAX_ID)
    wife_id: int | None = Field(default=None, ge=1, le=MAX_ID)
    marriage_date: IsoDate | None = None
    honour_certificate_no: str | None = Field(default=None, min_length=1, max_length=32)
    honour_certificate_issued_on: IsoDate | None = None


class FamilyRead(ORMModel):
    id: int
    community_id: int
    husband_id: int | None
    wife_id: int | None
    marriage_date: date | None
    honour_certificate_no: str | None
    honour_certificate_issued_on: date | None
    honour_certificate_void_on: date | None = Field(
        description="Set when a second child was born or adopted: the certificate is no longer valid"
    )
    birth_registration_no: str | None
    children: list[ChildRead]
    version: int
    created_at: datetime
    updated_at: datetime


class FamilySummary(ORMModel):
    """List rows: the family without its children (one query per page, not one per family)."""

    id: int
    community_id: int
    community_name: str | None = None
    husband_id: int | None
    husband_name: str | None = None
    wife_id: int | None
    wife_name: str | None = None
    children_count: int | None = None
    marriage_date: date | None
    honour_certificate_no: str | None
    version: int
