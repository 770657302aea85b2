"""The filters staff asked for, each with an index behind it."""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, select

import app.models  # noqa: F401
from app.db import Base
from app.models.core.resident import Resident, ResidentStatus, Sex
from tests.api.benefits.benefit_helpers import set_today
from tests.api.lawful_services.request_helpers import COMPLETE_BIRTH, request_family


async def _all(api, user: str, path: str, params: dict) -> list[dict]:
    items, cursor = [], None
    while True:
        query = {**params, "limit": 100, **({"cursor": cursor} if cursor else {})}
        response = await api.get(user, path, params=query)
        assert response.status_code == 200, response.text
        body = response.json()
        items += body["items"]
        cursor = body["next_cursor"]
        if not cursor:
            return items


async def test_residents_by_sex_age_migrant_and_status(api):
    set_today(api, date(2019, 7, 1))
    try:
        women = await _all(
            api,
            "district",
            "/api/v1/residents",
            {"sex": "female", "age_min": 20, "age_max": 49, "status": "active"},
        )
        migrants = await _all(api, "district", "/api/v1/residents", {"migrant": "true"})
        locals_ = await _all(api, "district", "/api/v1/residents", {"migrant": "false"})
        bad = await api.get("district", "/api/v1/residents", params={"age_min": 50, "age_max": 20})
    finally:
        api.app.dependency_overrides.clear()
    async with api.session() as session:
        expected = (
            await session.execute(
                select(func.count()).where(
                    Resident.sex == Sex.female,
                    Resident.status == ResidentStatus.active,
                    Resident.birth_date <= date(1999, 7, 1),
                    Resident.birth_date > date(1969, 7, 1),
                )
            )
        ).scalar_one()
        total = (await session.execute(select(func.count()).select_from(Resident))).scalar_one()
        codes = dict((await session.execute(select(Resident.id, Resident.household_division_code))).all())
    assert women and len(women) == expected
    assert all(r["sex"] == "female" and r["status"] == "active" for r in women)
    assert migrants and locals_ and len(migrants) + len(locals_) == total
    assert all(not codes[r["id"]].startswith("500103") for r in migrants)
    assert all(codes[r["id"]].startswith("500103") for r in locals_)
    assert bad.status_code == 422


async def test_date_ranges_on_requests_dispensations_screenings_and_applications(api):
    family = await request_family(api, "community-b")
    for day in (date(2019, 3, 4), date(2019, 5, 6)):
        set_today(api, day)
        try:
            filed = await api.post(
                "community-b",
                "/api/v1/service-requests",
                {
                    "service_type": "birth_registration",
                    "family_id": family["id"],
                    "materials": COMPLETE_BIRTH,
                },
            )
        finally:
            api.app.dependency_overrides.clear()
        assert filed.status_code == 201, filed.text
    march = await _all(
        api,
        "community-b",
        "/api/v1/service-requests",
        {"family_id": family["id"], "submitted_from": "2019-03-01", "submitted_to": "2019-03-31"},
    )
    assert [r["clock_started_on"] for r in march] == ["2019-03-04"]

    screenings = await _all(
        api, "street", "/api/v1/screenings", {"screened_from": "2019-04-01", "screened_to": "2019-05-31"}
    )
    everything = await _all(api, "street", "/api/v1/screenings", {})
    assert screenings and len(screenings) < len(everything)
    assert all("2019-04-01" <= s["screened_on"] <= "2019-05-31" for s in screenings)

    none = await _all(api, "street", "/api/v1/dispensations", {"dispensed_to": "2000-01-01"})
    assert none == []
    applications = await _all(api, "street", "/api/v1/benefit-applications", {"submitted_to": "2000-01-01"})
    assert applications == []
    for path, field in (
        ("/api/v1/service-requests", "submitted"),
        ("/api/v1/dispensations", "dispensed"),
        ("/api/v1/screenings", "screened"),
        ("/api/v1/benefit-applications", "submitted"),
    ):
        reversed_ = await api.get(
            "street", path, params={f"{field}_from": "2019-05-01", f"{field}_to": "2019-04-01"}
        )
        assert reversed_.status_code == 422, path


def test_each_filter_has_an_index():
    def leading(table: str) -> set[str]:
        return {next(iter(ix.columns)).name for ix in Base.metadata.tables[table].indexes}

    assert {"birth_date", "sex", "household_division_code", "status"} <= leading("residents")
    assert "submitted_on" in leading("service_requests")
    assert "dispensed_on" in leading("dispensations")
    assert "screened_on" in leading("screenings")
    assert "submitted_at" in leading("benefit_applications")
    assert {"year"} <= leading("budgets")
    assert {"task", "org_id"} <= leading("budget_lines")  # budget_id leads its unique constraint
    assert {"budget_id", "line_id", "kind", "spent_on", "org_id"} <= leading("budget_spendings")
    assert {"kind", "effective_from", "org_id"} <= leading("institution_documents")
