"""The quality reads converted to the fast read path (test_quality_reads.py) through the read lane:
the same answers as FastAPI gives with the lane off, for good and bad requests; a revealed
screening still goes through the audited session path."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from app.models.core.org import Org
from app.models.quality.screening import Screening
from tests.api.quality.quality_read_data import (
    NEEDING,
    POINTS,
    PRODUCTS,
    PROGRAMS,
    REFERRALS,
    RESOURCES,
    SCREENINGS,
    add_rows,
    ids_of,
)
from tests.api.read_helpers import lane_answers_as_fastapi

pytestmark = pytest.mark.asyncio


async def test_a_revealed_screening_stays_on_the_audited_path(api):
    screening_id = (await ids_of(api, Screening.id))[0]
    async with api.session() as session:
        code = (
            await session.execute(
                select(Org.code)
                .join(Screening, Screening.org_id == Org.id)
                .where(Screening.id == screening_id)
            )
        ).scalar_one()
    user = {"500103003001": "community-a", "500103003002": "community-b"}.get(code, "street")
    plain = await api.get(user, f"{SCREENINGS}/{screening_id}")
    revealed = await api.get(user, f"{SCREENINGS}/{screening_id}", params={"reveal": "true"})
    assert plain.status_code == 200 and plain.json()["findings"] is None
    assert revealed.status_code == 200 and revealed.headers["cache-control"] == "no-store"
    assert revealed.headers["etag"] == plain.headers["etag"]
    assert {k: v for k, v in revealed.json().items() if k != "findings"} == {
        k: v for k, v in plain.json().items() if k != "findings"
    }


async def test_the_lane_and_fastapi_answer_alike(api):
    """The converted routes answer through the read lane as FastAPI answers them (an app with the
    lane off): the same status, body and headers for good and bad requests, and no token."""
    await add_rows(api)
    cases: list[tuple[str | None, str, dict]] = []
    for path in [*RESOURCES, NEEDING]:
        first = (await api.get("street", path, params={"limit": 1})).json()
        for params in (
            {},
            {"limit": 1},
            {"limit": 1, "cursor": first["next_cursor"]},
            {"limit": 0},
            {"limit": 101},
            {"cursor": "not-a-cursor"},
            {"cursor": "WzEsMiwzXQ"},
        ):
            cases += [("community-a", path, params), ("street", path, params)]
        cases += [(None, path, {}), ("unit", path, {"limit": 3})]
    for path in RESOURCES:
        everything = await ids_of(api, RESOURCES[path][2].id)
        for object_id in (everything[0], everything[-1], everything[-1] + 1, 0, "abc"):
            cases += [("community-a", f"{path}/{object_id}", {}), ("community-b", f"{path}/{object_id}", {})]
        cases += [(None, f"{path}/{everything[0]}", {})]
    screening = (await ids_of(api, Screening.id))[0]
    cases += [
        ("street", PROGRAMS, {"year": 1999}),
        ("street", PROGRAMS, {"year": 2019}),
        ("street", SCREENINGS, {"risk_level": "bogus"}),
        ("street", SCREENINGS, {"risk_level": "high", "limit": 2}),
        ("street", SCREENINGS, {"screened_from": "2019-03-01", "screened_to": "2019-02-01"}),
        ("street", SCREENINGS, {"screened_from": "yesterday"}),
        ("street", SCREENINGS, {"updated_since": "2000-01-01T00:00:00Z", "limit": 3}),
        ("street", SCREENINGS, {"updated_since": "2026-01-01T00:00:00"}),
        ("street", SCREENINGS, {"org_id": -1}),
        ("street", f"{SCREENINGS}/{screening}", {"reveal": "maybe"}),
        ("street", REFERRALS, {"status": "bogus"}),
        ("street", REFERRALS, {"overdue": "true"}),
        ("street", REFERRALS, {"overdue": "maybe"}),
        ("street", REFERRALS, {"priority": "urgent", "status": "requested"}),
        ("street", PRODUCTS, {"method": "bogus"}),
        ("street", PRODUCTS, {"active": "false"}),
        ("street", POINTS, {"kind": "bogus"}),
        ("street", POINTS, {"kind": "clinic"}),
        ("street", NEEDING, {"program_id": "x"}),
    ]
    statuses = await lane_answers_as_fastapi(api, cases)
    assert {200, 401, 403, 404, 422} <= statuses
