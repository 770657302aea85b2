"""A benefit case taken to public notice over the API."""

from __future__ import annotations

from datetime import date

from app.models.benefits.notice import NoticeEntry
from tests.api.benefits.benefit_helpers import ALL_MATERIALS, apply, child, new_family, program_ids, review


async def case_in_notice(api, mother_birth: date, name: str) -> tuple[int, int, int]:
    programs = await program_ids(api)
    family = await new_family(
        api,
        mother_birth=mother_birth,
        mother_name=name,
        children=[child("1985-01-01", status="deceased", died="2011-01-01")],
    )
    app_id = (
        await apply(
            api,
            "community-a",
            programs["special_support_death"],
            family,
            ALL_MATERIALS["special_support_death"],
        )
    )["id"]
    await api.post("community-a", f"/api/v1/benefit-applications/{app_id}/submit")
    assert (await review(api, "community-a", app_id)).json()["status"] == "in_notice"
    notices = (await api.client.get("/api/v1/public/notices", params={"current": "true"})).json()["items"]
    for notice in notices:
        for entry in notice["entries"]:
            async with api.session() as session:
                stored = await session.get(NoticeEntry, entry["entry_id"])
            if stored is not None and stored.application_id == app_id:
                return app_id, notice["id"], entry["entry_id"]
    raise AssertionError("case not on a public notice")
