"""Partners of the resource-sharing network."""

from __future__ import annotations

from datetime import datetime

from pydantic import Field

from app.models.core.partner import PartnerKind
from app.schemas.common import MAX_ID, ORMModel, StorableBody
from app.schemas.patch_body import PatchBody

_PHONE = r"^1\d{10}$|^0\d{2,3}-?\d{7,8}$"


class PartnerCreate(StorableBody):
    name: str = Field(min_length=1, max_length=100, examples=["渝中区妇幼保健院"])
    kind: PartnerKind
    services: list[str] = Field(
        default_factory=list, max_length=50, examples=[["孕前优生健康检查", "高危孕产妇管理"]]
    )
    contact_name: str | None = Field(default=None, max_length=64)
    contact_phone: str | None = Field(default=None, pattern=_PHONE)
    address: str | None = Field(default=None, max_length=200)
    org_id: int = Field(ge=1, le=MAX_ID, description="The org whose area the partner serves")


class PartnerUpdate(StorableBody, PatchBody):
    clearable = frozenset({"contact_name", "contact_phone", "address"})

    name: str | None = Field(default=None, min_length=1, max_length=100)
    services: list[str] | None = Field(default=None, max_length=50)
    contact_name: str | None = Field(default=None, max_length=64)
    contact_phone: str | None = Field(default=None, pattern=_PHONE)
    address: str | None = Field(default=None, max_length=200)
    active: bool | None = None


class PartnerRead(ORMModel):
    id: int
    name: str
    kind: PartnerKind
    services: list[str]
    contact_name: str | None
    contact_phone: str | None
    address: str | None
    org_id: int
    active: bool
    version: int
    created_at: datetime
    updated_at: datetime
