from __future__ import annotations

from datetime import datetime

from pydantic import Field

from app.authz import Role
from app.schemas.common import MAX_ID, ORMModel, StrictBody
from app.schemas.patch_body import PatchBody

USERNAME_PATTERN = r"^[a-z0-9][a-z0-9._-]{2,63}$"


class UserCreate(StrictBody):
    username: str = Field(pattern=USERNAME_PATTERN, examples=["wang.li"])
    full_name: str = Field(default="", max_length=100)
    role: Role
    org_id: int = Field(ge=1, le=MAX_ID)
    password: str = Field(min_length=12, max_length=128, description="At least 12 characters")


class UserUpdate(PatchBody):
    full_name: str | None = Field(default=None, max_length=100)
    role: Role | None = None
    org_id: int | None = Field(default=None, ge=1, le=MAX_ID)
    is_active: bool | None = None
    password: str | None = Field(default=None, min_length=12, max_length=128)


class UserRead(ORMModel):
    id: int
    username: str
    full_name: str
    role: Role
    org_id: int
    is_active: bool
    version: int
    created_at: datetime
    updated_at: datetime


class RefreshRequest(StrictBody):
    refresh_token: str = Field(min_length=1, max_length=4096)


class MeRead(StrictBody):
    id: int
    username: str
    full_name: str
    role: Role
    org_id: int
    org_kind: str
    org_name: str
    permissions: list[str]
