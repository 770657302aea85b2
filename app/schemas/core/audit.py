from __future__ import annotations

from datetime import datetime
from typing import Any

from app.schemas.common import ORMModel


class AuditEventRead(ORMModel):
    id: int
    occurred_at: datetime
    actor_id: int | None
    actor_username: str | None
    action: str
    object_type: str
    object_id: str | None
    request_id: str | None
    detail: dict[str, Any]
