"""Mobile sync's writes for scripts/capture_examples.py (after the session's logout, the last: a
revocation ends the session it was made under)."""

from __future__ import annotations

from typing import Any

from scripts.example_writes import V1, made, write

_AT = "2026-06-15T09:10:00+08:00"


def _device(w: Any) -> dict[str, str]:
    return {"Fpw-Device": w.made["registerSyncDevice"]["secret"]}


@write("registerSyncDevice")
async def _register(w: Any) -> Any:
    return "community-a", f"{V1}/sync/devices", {"installation_id": "4f1c2a9e7b3d4e51", "label": "张敏的手机"}


@write("downloadSyncFeed")
async def _feed(w: Any) -> Any:
    return "community-a", f"{V1}/sync/feed", {"limit": 2, "_headers": _device(w)}


@write("uploadSyncOperations")
async def _upload(w: Any) -> Any:
    case = await w.first(f"{V1}/care-cases", users=("community-a",))
    return (
        "community-a",
        f"{V1}/sync/uploads",
        {
            "operations": [
                {
                    "op_id": "0f5c3b1e9d2a4c7f8e6b",
                    "kind": "care_visit",
                    "recorded_at": _AT,
                    "data": {
                        "case_id": case["id"],
                        "visited_on": "2026-06-15",
                        "notes": "入户走访，情绪平稳",
                    },
                },
                {
                    "op_id": "77b0d4e2a1c9483f9b5e",
                    "kind": "phone_correction",
                    "recorded_at": _AT,  # before the office's own change at 10:30: a conflict
                    "data": {"resident_id": made(w, "wife"), "phone": "13700000001"},
                },
                {
                    "op_id": "5d2c8a7f3e1b4d6c9a0f",
                    "kind": "phone_correction",
                    "recorded_at": _AT,
                    "data": {"resident_id": 999999999, "phone": "13900000001"},
                },
            ],
            "_headers": _device(w),
        },
    )


@write("resolveSyncConflict")
async def _resolve(w: Any) -> Any:
    conflict = await w.first(f"{V1}/sync/conflicts", users=("community-a",))
    return "community-a", f"{V1}/sync/conflicts/{conflict['id']}/resolve", {"resolution": "keep_server"}


@write("revokeSyncDevice")
async def _revoke(w: Any) -> Any:
    """A device of community B's worker (its session ends with it; the problems walked after the
    writes are provoked as other users)."""
    lost = await w.call(
        "community-b",
        "post",
        f"{V1}/sync/devices",
        json={"installation_id": "9b2e6f0c1d7a4e38", "label": "遗失的平板"},
    )
    return "street", f"{V1}/sync/devices/{lost.json()['id']}/revoke", None
