"""Uploads: a day of work recorded offline, as a batch of operations applied in order.

Each operation is all or nothing (a savepoint), the batch is not: one refused operation does not undo
the others. Each is carried out by its area's own service (app/sync.py), as the caller, at the date
the device recorded it, after the permission check its route makes. Its outcome is stored under
the client's operation id, so re-sending the batch (or part of it) answers the stored outcomes and
changes nothing twice; the same id with another operation is refused.
"""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, datetime, timedelta
from typing import Any

from pydantic import ValidationError
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.authz import Principal
from app.clock import local_date, now
from app.config import Settings
from app.errors import AppError, Forbidden, Unprocessable
from app.models.sync.device import Outcome, SyncConflict, SyncDevice, SyncOperation
from app.security import pii_cipher
from app.services.sync.registry import OPERATIONS
from app.sync import Applied, OperationContext

# A device's clock may run a little fast; beyond this, an operation "recorded in the future" is refused.
_CLOCK_SLACK = timedelta(minutes=10)


def problem_of(error: AppError) -> dict[str, Any]:
    """The problem of a refused operation, in both languages (the answer picks the caller's)."""
    return {
        "type": f"/problems/{error.code}",
        "status": error.status_code,
        "title": error.title,
        "title_zh": error.title_zh,
        "detail": error.detail,
        "detail_zh": error.detail_zh,
        **error.extra,
    }


def _invalid_data(exc: ValidationError) -> dict[str, Any]:
    errors = [
        {"loc": ["data", *map(str, e["loc"])], "msg": e["msg"], "type": e["type"]} for e in exc.errors()
    ]
    return {
        **problem_of(
            Unprocessable(
                "The operation's data has invalid or missing fields", zh="操作数据有无效或缺失的字段"
            )
        ),
        "errors": errors,
    }


def localize(result: dict[str, Any], language: str) -> dict[str, Any]:
    """An outcome as the caller reads it: the problem's title and detail in their language."""
    problem = result.get("problem")
    if not problem:
        return result
    shown = {k: v for k, v in problem.items() if k not in ("title_zh", "detail_zh")}
    if language == "zh-CN":
        shown["title"], shown["detail"] = problem["title_zh"], problem["detail_zh"]
    return {**result, "problem": shown}


def _digest(kind: str, recorded_at: datetime, data: dict[str, Any]) -> str:
    text = json.dumps([kind, recorded_at.astimezone(UTC).isoformat(), data], sort_keys=True, default=str)
    return hashlib.sha256(text.encode()).hexdigest()


async def _run(
    session: AsyncSession,
    settings: Settings,
    principal: Principal,
    kind: str,
    recorded_at: datetime,
    data: dict[str, Any],
) -> tuple[Outcome, dict[str, Any], Applied | None]:
    operation = OPERATIONS.get(kind)
    if operation is None:
        error = Unprocessable(f"Unknown operation kind '{kind}'", zh=f"未知的操作类型“{kind}”", loc=["kind"])
        return Outcome.rejected, {"problem": problem_of(error)}, None
    if recorded_at > now() + _CLOCK_SLACK:
        error = Unprocessable("recorded_at is in the future", zh="记录时间晚于当前时间", loc=["recorded_at"])
        return Outcome.rejected, {"problem": problem_of(error)}, None
    context = OperationContext(
        principal=principal,
        settings=settings,
        today=local_date(now()),
        recorded_at=recorded_at.astimezone(UTC),
        recorded_on=local_date(recorded_at),
    )
    try:
        async with session.begin_nested():
            if not principal.can(operation.permission):
                raise Forbidden(f"This action needs the '{operation.permission}' permission")
            applied = await operation.apply(session, context, data)
    except AppError as error:
        return Outcome.rejected, {"problem": problem_of(error)}, None
    except ValidationError as exc:
        return Outcome.rejected, {"problem": _invalid_data(exc)}, None
    result: dict[str, Any] = {"record": {"type": applied.object_type, "id": applied.object_id}}
    if applied.clashes:
        result["conflicts"] = [
            {
                "object_type": c.object_type,
                "object_id": c.object_id,
                "field": c.field,
                "reason": c.reason,
                "server": c.server_value,
            }
            for c in applied.clashes
        ]
        return Outcome.conflict, result, applied
    return Outcome.applied, result, applied


async def upload(
    session: AsyncSession,
    settings: Settings,
    principal: Principal,
    device: SyncDevice,
    operations: list[dict[str, Any]],
) -> list[dict[str, Any]]:
    """Apply the operations in order; answer each one's outcome (stored, or as stored before)."""
    answers: list[dict[str, Any]] = []
    cipher = pii_cipher(settings)
    for op in operations:
        op_id, kind, recorded_at, data = op["op_id"], op["kind"], op["recorded_at"], op["data"]
        digest = _digest(kind, recorded_at, data)
        stored = (
            await session.execute(
                select(SyncOperation).where(
                    SyncOperation.user_id == principal.user_id, SyncOperation.op_id == op_id
                )
            )
        ).scalar_one_or_none()
        if stored is not None:
            if stored.payload_hash != digest:
                error = Unprocessable(
                    "This operation id was already used for another operation",
                    zh="该操作编号已用于另一项操作",
                    loc=["op_id"],
                )
                error.code = "sync-operation-reused"
                answers.append(
                    {
                        "op_id": op_id,
                        "outcome": Outcome.rejected.value,
                        "replayed": False,
                        "problem": problem_of(error),
                    }
                )
            else:
                answers.append({"op_id": op_id, "outcome": stored.outcome, "replayed": True, **stored.result})
            continue
        outcome, result, applied = await _run(session, settings, principal, kind, recorded_at, data)
        receipt = SyncOperation(
            user_id=principal.user_id,
            device_id=device.id,
            op_id=op_id,
            kind=kind,
            recorded_at=recorded_at,
            received_at=now(),
            payload_hash=digest,
            outcome=outcome.value,
            result=result,
        )
        session.add(receipt)
        await session.flush()
        if applied is not None and applied.clashes:
            ids = []
            for clash in applied.clashes:
                conflict = SyncConflict(
                    user_id=principal.user_id,
                    operation_id=receipt.id,
                    kind=kind,
                    object_type=clash.object_type,
                    object_id=clash.object_id,
                    field=clash.field,
                    reason=clash.reason,
                    server_value=clash.server_value,
                    device_value_enc=cipher.encrypt(json.dumps(clash.device_value, default=str)),
                )
                session.add(conflict)
                await session.flush()
                ids.append(conflict.id)
            for entry, conflict_id in zip(result["conflicts"], ids, strict=True):
                entry["conflict_id"] = conflict_id
            receipt.result = {**result}
            await session.flush()
        answers.append({"op_id": op_id, "outcome": outcome.value, "replayed": False, **result})
    return answers
