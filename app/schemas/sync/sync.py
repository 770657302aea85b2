"""Mobile sync's request and response shapes (docs/mobile-sync.md)."""

from __future__ import annotations

from datetime import datetime
from typing import Any, Literal

from pydantic import BaseModel, Field

from app.models.sync.device import ConflictState, Outcome, Resolution
from app.schemas.common import IsoAwareDateTime, ORMModel, StrictBody

OPERATION_KINDS = (
    "care_visit",
    "pregnancy_follow_up",
    "screening_result",
    "contraceptive_handout",
    "life_event",
    "birth_report",
    "phone_correction",
)
OperationKindName = Literal[
    "care_visit",
    "pregnancy_follow_up",
    "screening_result",
    "contraceptive_handout",
    "life_event",
    "birth_report",
    "phone_correction",
]


class DeviceRegister(StrictBody):
    installation_id: str = Field(
        min_length=8, max_length=64, pattern=r"^[A-Za-z0-9_-]+$", description="Made by the app on install"
    )
    label: str = Field(min_length=1, max_length=100, examples=["张敏的手机"])


class DeviceRead(ORMModel):
    id: int
    user_id: int
    installation_id: str
    label: str
    registered_at: datetime
    signed_in_at: datetime
    last_synced_at: datetime | None
    revoked_at: datetime | None


class DeviceRegistered(DeviceRead):
    secret: str = Field(description="Send it in the Fpw-Device header of every sync call; shown once")


class FeedItem(BaseModel):
    kind: str = Field(description="resident, family, care_case, pregnancy, referral, stock")
    id: int
    op: Literal["upsert", "delete"] = Field(description="delete: a tombstone, drop the record")
    data: dict[str, Any] | None = Field(default=None, description="The record as its list shows it")


class SyncPage(BaseModel):
    items: list[FeedItem]
    lookups: dict[str, Any] | None = Field(
        description="enums (zh-CN/en labels), contraceptive_products, service_types; sent when changed"
    )
    has_more: bool = Field(description="true: ask again with next_token now; false: the pass is done")
    next_token: str = Field(description="Opaque; keep it and send it with the next call")


class OperationIn(StrictBody):
    op_id: str = Field(
        min_length=8, max_length=64, pattern=r"^[A-Za-z0-9_-]+$", description="Made by the device"
    )
    kind: OperationKindName
    recorded_at: IsoAwareDateTime = Field(description="When the device recorded it (with its UTC offset)")
    data: dict[str, Any] = Field(description="The operation's fields (docs/mobile-sync.md)")


class UploadIn(StrictBody):
    operations: list[OperationIn] = Field(min_length=1, max_length=10_000)


class OperationOutcome(BaseModel):
    model_config = {"extra": "allow"}

    op_id: str
    outcome: Outcome
    replayed: bool = Field(description="true: this operation was received before; nothing ran again")
    record: dict[str, Any] | None = None
    conflicts: list[dict[str, Any]] | None = None
    problem: dict[str, Any] | None = None


class UploadResult(BaseModel):
    outcomes: list[OperationOutcome]


class ConflictRead(BaseModel):
    id: int
    kind: str
    object_type: str
    object_id: int
    field: str | None
    reason: str
    server_value: Any
    device_value: Any
    state: ConflictState
    resolution: Resolution | None
    created_at: datetime
    resolved_at: datetime | None


class ConflictResolve(StrictBody):
    resolution: Resolution
