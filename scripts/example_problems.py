"""The problems of scripts/capture_examples.py: one of each common status, provoked on purpose on the
demo (they replace the problems the walk happened to meet)."""

from __future__ import annotations

from typing import Any


async def provoke_problems(walk: Any) -> None:
    """One problem of each common status, provoked on purpose (these replace what the walk met)."""
    resident = (await walk.items("/api/v1/residents", ("community-a",)))[0]
    path = f"/api/v1/residents/{resident['id']}"
    stale = {"If-Match": f'"{resident["version"] + 7}"'}
    big = b'{"note": "' + b"x" * (1024 * 1024) + b'"}'
    done = await walk.first("/api/v1/referrals", ("community-a",), status="completed")
    referral = f"/api/v1/referrals/{done['id']}/accept"
    calls: list[tuple[str | None, str, str, dict[str, Any]]] = [
        (None, "get", "/api/v1/auth/me", {}),
        ("unit", "post", "/api/v1/orgs", {"json": {"kind": "community", "name": "x", "code": "1"}}),
        ("community-a", "get", "/api/v1/residents/999999", {}),
        ("community-a", "post", referral, {"json": {}}),
        ("community-a", "patch", path, {"json": {"phone": "13812345678"}, "headers": stale}),
        (
            "community-a",
            "post",
            "/api/v1/residents",
            {"content": big, "headers": {"Content-Type": "application/json"}},
        ),
        ("community-a", "post", "/api/v1/residents", {"json": {"name": "", "id_number": "123"}}),
    ]
    for user, method, target, kwargs in calls:
        answer = await walk.call(user, method, target, **kwargs)
        walk.problems[str(answer.status_code)] = walk.mask(answer.json())
