from __future__ import annotations

from datetime import date, datetime
from typing import Literal

from pydantic import Field

from app.id_numbers import ID_NUMBER_PATTERN
from app.models.core.resident import MaritalStatus, ResidentStatus, Sex
from app.schemas.common import MAX_ID, IsoDate, ORMModel, StrictBody
from app.schemas.patch_body import PatchBody

PHONE_PATTERN = r"^1\d{10}$|^0\d{2,3}-?\d{7,8}$"
DIVISION_CODE_PATTERN = r"^\d{6}(\d{3}){0,2}$"


class ResidentCreate(StrictBody):
    id_number: str = Field(
        min_length=18,
        max_length=18,
        pattern=ID_NUMBER_PATTERN,
        description="GB 11643 citizen ID number",
        examples=["11010519491231002X"],
    )
    name: str = Field(min_length=1, max_length=64)
    phone: str | None = Field(default=None, pattern=PHONE_PATTERN, examples=["13812345678"])
    sex: Sex | None = Field(default=None, description="Derived from the ID number; if sent it must agree")
    birth_date: IsoDate | None = Field(
        default=None, description="Derived from the ID number; if sent it must agree"
    )
    household_division_code: str = Field(
        pattern=DIVISION_CODE_PATTERN, description="户籍地: 6, 9 or 12-digit division code"
    )
    community_id: int = Field(ge=1, le=MAX_ID)
    employer_unit_id: int | None = Field(default=None, ge=1, le=MAX_ID)
    marital_status: MaritalStatus = MaritalStatus.unmarried


class ResidentUpdate(PatchBody):
    clearable = frozenset({"phone", "employer_unit_id"})

    name: str | None = Field(default=None, min_length=1, max_length=64)
    phone: str | None = Field(default=None, pattern=PHONE_PATTERN)
    household_division_code: str | None = Field(default=None, pattern=DIVISION_CODE_PATTERN)
    employer_unit_id: int | None = Field(default=None, ge=1, le=MAX_ID)
    marital_status: MaritalStatus | None = None


class ResidentMove(StrictBody):
    community_id: int = Field(ge=1, le=MAX_ID, description="The community the resident now lives in")


class ResidentStatusChange(StrictBody):
    status: Literal["moved_out", "deceased"]
    effective_date: IsoDate = Field(description="Between the resident's birth and today (422 otherwise)")


class ResidentRead(ORMModel):
    """Read from the row's masked columns; the service swaps in plaintext only on an audited reveal."""

    id: int
    id_number: str = Field(
        validation_alias="id_number_masked", description="Masked (110105********002X) unless revealed"
    )
    phone: str | None = Field(
        validation_alias="phone_masked", description="Masked (138****5678) unless revealed"
    )
    name: str
    sex: Sex
    birth_date: date
    household_division_code: str
    community_id: int
    employer_unit_id: int | None
    marital_status: MaritalStatus
    status: ResidentStatus
    status_date: date | None
    version: int
    created_at: datetime
    updated_at: datetime
