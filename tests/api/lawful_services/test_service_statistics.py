"""Statistics per service type and community against a hand-computed fixture of 2019 requests."""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from itertools import count
from typing import Any

import pytest
from sqlalchemy import select

from app.models.core.family import Family
from app.models.lawful_services.service import ServiceRequest, ServiceRequestState, ServiceType
from tests.demo_ids import org_ids

S = ServiceRequestState
_codes = count(1)

BR, HC = "birth_registration", "honour_certificate"
A, B = "community-a", "community-b"
d = date

# (type, community, state, submitted_on, due_on, finished_on, working_days_taken)
FIXTURE = [
    # birth_registration in community-a: 5 in 2019 (4 completed, 3 on time; days 0, 2, 5, 1)
    (BR, A, S.completed, d(2019, 9, 27), d(2019, 10, 8), d(2019, 9, 27), 0),
    (BR, A, S.completed, d(2019, 9, 30), d(2019, 10, 8), d(2019, 10, 8), 2),
    (BR, A, S.completed, d(2019, 9, 30), d(2019, 10, 8), d(2019, 10, 12), 5),
    (BR, A, S.completed, d(2019, 3, 4), d(2019, 3, 7), d(2019, 3, 5), 1),
    (BR, A, S.rejected, d(2019, 3, 4), d(2019, 3, 7), d(2019, 3, 6), 2),
    # outside the period: ignored
    (BR, A, S.completed, d(2018, 12, 20), d(2018, 12, 25), d(2019, 1, 9), 9),
    # birth_registration in community-b: 3 (1 completed on time in 3 days, 1 open and overdue, 1 returned)
    (BR, B, S.completed, d(2019, 5, 6), d(2019, 5, 9), d(2019, 5, 9), 3),
    (BR, B, S.submitted, d(2019, 9, 27), d(2019, 10, 8), None, None),
    (BR, B, S.returned, d(2019, 9, 27), d(2019, 10, 8), None, None),
    # honour_certificate in community-a: 3 completed (10 and 12 days on time, 25 days late)
    (HC, A, S.completed, d(2019, 1, 7), d(2019, 2, 11), d(2019, 1, 21), 10),
    (HC, A, S.completed, d(2019, 6, 3), d(2019, 7, 2), d(2019, 7, 10), 25),
    (HC, A, S.completed, d(2019, 6, 3), d(2019, 7, 2), d(2019, 6, 19), 12),
]

# Worked out by hand from the rows above.
EXPECTED = {
    (BR, A): dict(
        count=5, completed=4, completed_on_time=3, on_time_rate=0.75, median_working_days=1.5, open_overdue=0
    ),
    (BR, B): dict(
        count=3, completed=1, completed_on_time=1, on_time_rate=1.0, median_working_days=3.0, open_overdue=1
    ),
    (HC, A): dict(
        count=3,
        completed=3,
        completed_on_time=2,
        on_time_rate=0.6667,
        median_working_days=12.0,
        open_overdue=0,
    ),
}


@pytest.fixture(scope="module")
async def fixture_loaded(api: Any) -> dict[str, int]:
    ids = await org_ids(api)
    async with api.session() as session:
        types = dict((await session.execute(select(ServiceType.code, ServiceType.id))).all())
        family_of = {
            key: (
                await session.execute(select(Family.id).where(Family.community_id == ids[key]).limit(1))
            ).scalar_one()
            for key in ("community-a", "community-b")
        }
        for code, community, state, submitted, due, finished, days in FIXTURE:
            session.add(
                ServiceRequest(
                    tracking_code=f"STAT{next(_codes):08d}",
                    service_type_id=types[code],
                    org_id=ids[community],
                    family_id=family_of[community],
                    state=state,
                    materials=[],
                    submitted_at=datetime(submitted.year, submitted.month, submitted.day, 2, tzinfo=UTC),
                    submitted_on=submitted,
                    clock_started_on=submitted,
                    due_on=due,
                    finished_on=finished,
                    working_days_taken=days,
                    finished_at=datetime.combine(finished, time(8), UTC) if finished else None,
                )
            )
        await session.commit()
    return ids


async def test_statistics_match_the_hand_computed_fixture(api, fixture_loaded):
    ids = fixture_loaded
    response = await api.get(
        "street",
        "/api/v1/service-requests/statistics",
        params={"submitted_from": "2019-01-01", "submitted_to": "2019-12-31"},
    )
    assert response.status_code == 200, response.text
    rows = {(r["service_type"], r["org_id"]): r for r in response.json()}
    expected = {(t, ids[c]): v for (t, c), v in EXPECTED.items()}
    assert set(rows) == set(expected)
    for key, values in expected.items():
        got = {k: rows[key][k] for k in values}
        assert got == values, key
    assert rows[("birth_registration", ids["community-a"])]["org_name"] == "民生路社区"


async def test_statistics_obey_scope_and_period(api, fixture_loaded):
    ids = fixture_loaded
    mine = (
        await api.get(
            "community-b", "/api/v1/service-requests/statistics", params={"submitted_from": "2019-01-01"}
        )
    ).json()
    assert [(r["service_type"], r["org_id"], r["count"]) for r in mine] == [
        ("birth_registration", ids["community-b"], 3)
    ]
    everything = (await api.get("district", "/api/v1/service-requests/statistics")).json()
    a_birth = next(
        r
        for r in everything
        if r["service_type"] == "birth_registration" and r["org_id"] == ids["community-a"]
    )
    assert a_birth["count"] == 6 and a_birth["median_working_days"] == 2.0  # 0, 1, 2, 5, 9
    bad = await api.get(
        "street",
        "/api/v1/service-requests/statistics",
        params={"submitted_from": "2019-12-31", "submitted_to": "2019-01-01"},
    )
    assert bad.status_code == 422
