from __future__ import annotations

from datetime import datetime
from typing import Any

from pydantic import Field

from app.schemas.common import ORMModel


class AuditEventRead(ORMModel):
    id: int
    occurred_at: datetime
    actor_id: int | None
    actor_username: str | None
    action: str
    action_label: str = Field(
        description="What happened, in the caller's language (Accept-Language): the action's zh-CN or "
        "English label (GET /meta/enums audit_action)",
        examples=["查看居民身份证号和电话"],
    )
    object_type: str
    object_id: str | None
    request_id: str | None
    detail: dict[str, Any]
