"""Hand-over of a migrant to another community inside the district."""

from __future__ import annotations

from datetime import datetime

from pydantic import Field

from app.models.migrants.transfer import TransferStatus
from app.schemas.common import DbId, ORMModel, StorableBody


class TransferCreate(StorableBody):
    migrant_id: DbId
    to_community_id: DbId
    new_address: str = Field(min_length=1, max_length=200)
    reason: str | None = Field(default=None, max_length=500)


class TransferDecision(StorableBody):
    reason: str | None = Field(default=None, max_length=500)


class TransferRead(ORMModel):
    id: int
    migrant_id: int
    from_community_id: int
    to_community_id: int
    new_address: str
    status: TransferStatus
    reason: str | None
    requested_by: int | None
    decided_by: int | None
    decided_at: datetime | None
    version: int
    created_at: datetime
