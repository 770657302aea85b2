from __future__ import annotations

from datetime import datetime

from pydantic import Field

from app.models.core.org import OrgKind
from app.schemas.common import MAX_ID, ORMModel, StrictBody
from app.schemas.patch_body import PatchBody

ORG_CODE_PATTERN = r"^(\d{12}|[0-9A-HJ-NPQRTUWXY]{18})$"


class OrgCreate(StrictBody):
    kind: OrgKind
    name: str = Field(min_length=1, max_length=100)
    code: str = Field(
        pattern=ORG_CODE_PATTERN,
        description="12-digit statistical division code, or the 18-character unified social credit code",
        examples=["500103003001"],
    )
    parent_id: int | None = Field(default=None, ge=1, le=MAX_ID)


class OrgUpdate(PatchBody):
    name: str | None = Field(default=None, min_length=1, max_length=100)
    code: str | None = Field(default=None, pattern=ORG_CODE_PATTERN)


class OrgRead(ORMModel):
    id: int
    kind: OrgKind
    name: str
    code: str
    parent_id: int | None
    path: str
    version: int
    created_at: datetime
    updated_at: datetime
