"""Feedback filed over the public API, on a day the test chooses."""

from __future__ import annotations

from datetime import date

from app.clock import today
from tests.demo_ids import CODES

PUBLIC = "/api/v1/public/feedback"


def set_today(api, day: date) -> None:
    api.app.dependency_overrides[today] = lambda: day


async def file_feedback(api, **overrides):
    body = {
        "org_code": CODES["community-a"],
        "category": "complaint",
        "subject": "办证窗口无人",
        "content": "周一上午窗口无人办理生育登记。",
        "anonymous": True,
        **overrides,
    }
    return await api.client.post(PUBLIC, json=body, headers={"X-Forwarded-For": "ignored"})
