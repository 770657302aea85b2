"""Association branches and members, integrity agreements and demonstration projects on the fast read
path (app/services/grassroots/association_reads.py, demonstration_reads.py): for every demo caller
its scope's rows in pages, each filter's rows, the single reads with their ETag (reviews by year,
checklists by position, the totals summed only when every score is in), 404 outside the caller's
scope; and the lane answers as FastAPI does."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import select

from app.models.core.org import Org
from app.models.grassroots.association import AssociationBranch, AssociationMember, IntegrityAgreement
from app.models.grassroots.demonstration import Demonstration
from tests.api.grassroots.grassroots_read_seed import seed
from tests.api.read_helpers import lane_answers_as_fastapi, pages_agree, principal_of, walk
from tests.conftest import Api

pytestmark = pytest.mark.asyncio
CALLERS = ["community-a", "community-b", "street", "street-officer", "unit", "district"]
BRANCHES, MEMBERS = "/api/v1/association/branches", "/api/v1/association/members"
AGREEMENTS, DEMOS = "/api/v1/integrity-agreements", "/api/v1/demonstrations"
RESOURCES = {BRANCHES: AssociationBranch, MEMBERS: AssociationMember, AGREEMENTS: IntegrityAgreement}
RESOURCES |= {DEMOS: Demonstration}
_seeded: set[str] = set()


async def _ready(api: Api) -> None:
    if api.url not in _seeded:
        await seed(api)
        _seeded.add(api.url)


async def _all_ids(api: Api, model: Any, column: Any = None) -> list[int]:
    async with api.session() as session:
        return sorted(set((await session.execute(select(column or model.id))).scalars().all()))


async def _listed(api: Api, username: str, path: str, **filters: Any) -> list[dict]:
    return (await walk(api, username, path, 100, **filters))[0]


@pytest.mark.parametrize("path", list(RESOURCES))
@pytest.mark.parametrize("username", CALLERS)
async def test_each_caller_sees_its_scope_in_pages(api, username, path):
    await _ready(api)
    rows = await pages_agree(api, username, path)
    if username in ("community-a", "community-b", "street", "district"):
        assert rows, "the demo and the seed give these callers rows"
    assert [r["id"] for r in rows] == sorted(r["id"] for r in rows)
    principal = await principal_of(api, username)
    async with api.session() as session:
        below = set(
            (await session.execute(select(Org.id).where(Org.path.startswith(principal.org_path)))).scalars()
        )
    assert all(r["org_id"] in below for r in rows if "org_id" in r), "only the caller's subtree"
    if username == "district":
        assert len(rows) == len(await _all_ids(api, RESOURCES[path]))


@pytest.mark.parametrize("username", CALLERS)
async def test_filters_pick_their_rows(api, username):
    await _ready(api)
    nonempty = 0
    for path, fields in (
        (MEMBERS, ("branch_id",)),
        (AGREEMENTS, ("family_id",)),
        (DEMOS, ("theme", "status", "year")),
    ):
        everything = await _listed(api, username, path)
        for field in fields:
            for value in sorted({r[field] for r in everything}, key=str):
                rows = (await walk(api, username, path, 2, **{field: value}))[0]
                assert rows and rows == [r for r in everything if r[field] == value], (path, field, value)
                nonempty += 1
        if path == MEMBERS:
            assert await _listed(api, username, path, branch_id=999) == []
    agreements = await _listed(api, username, AGREEMENTS)
    in_force = []
    for day in ("2018-06-01", "2019-01-10", "2019-06-01", "2022-01-10", "2022-01-11", "2030-01-01"):
        rows = await _listed(api, username, AGREEMENTS, in_force_on=day)
        assert all(r in agreements for r in rows), day
        in_force.append(len(rows))
    assert any(in_force) == bool(agreements) and in_force[-1] <= max(in_force)
    assert nonempty >= (
        10 if username in ("street", "street-officer", "district") else int(username != "unit")
    )


@pytest.mark.parametrize("path", [AGREEMENTS, DEMOS])
@pytest.mark.parametrize("username", CALLERS)
async def test_single_reads_are_the_rows_and_404_out_of_scope(api, username, path):
    await _ready(api)
    label = {AGREEMENTS: "Integrity agreement", DEMOS: "Demonstration"}[path]
    rows = await _listed(api, username, path)
    everything = await _all_ids(api, RESOURCES[path])
    assert any(row.get("reviews") or row.get("criteria") for row in rows) or username == "unit"
    for row in rows:
        response = await api.get(username, f"{path}/{row['id']}")
        assert response.status_code == 200, response.text
        assert response.json() == row
        assert response.headers["etag"] == f'"{row["version"]}"'
        if path == AGREEMENTS:
            years = [r["year"] for r in row["reviews"]]
            assert years == sorted(years)
        else:
            positions = [c["position"] for c in row["criteria"]]
            assert positions == sorted(positions)
            for total, score in (("self_total", "self_score"), ("street_total", "street_score")):
                scores = [c[score] for c in row["criteria"]]
                assert row[total] == (None if None in scores else sum(scores)), (row["id"], total)
    outside = set(everything) - {row["id"] for row in rows}
    assert outside or username in ("street", "street-officer", "district")
    for object_id in [*sorted(outside), max(everything) + 1000]:
        response = await api.get(username, f"{path}/{object_id}")
        assert response.status_code == 404, response.text
        assert f"{label} not found" in response.text
        assert "etag" not in response.headers


async def test_the_lane_and_fastapi_answer_alike(api):
    """The converted routes answer through the read lane as FastAPI answers them (an app built with
    the lane off). The signing rates, declared before the single agreement's template, stay
    FastAPI's (and the session path's)."""
    await _ready(api)
    common: list[dict[str, Any]] = [
        {},
        {"limit": 1},
        {"limit": 0},
        {"limit": 101},
        {"limit": "abc"},
        {"cursor": "not-a-cursor"},
        {"cursor": "WzEsMiwzXQ"},
    ]
    lane_cases: list[tuple[str | None, str, dict]] = []
    for user in ("street", "community-b"):
        for path in RESOURCES:
            first = (await api.get(user, path, params={"limit": 1})).json()
            lane_cases += [(user, path, p) for p in [*common, {"limit": 1, "cursor": first["next_cursor"]}]]
        lane_cases += [(user, MEMBERS, p) for p in ({"branch_id": 1}, {"branch_id": 0}, {"branch_id": "x"})]
        lane_cases += [(user, DEMOS, p) for p in ({"theme": "publicity"}, {"theme": "bogus"}, {"year": 1999})]
        lane_cases += [(user, DEMOS, {"status": "named"}), (user, DEMOS, {"year": "2019"})]
        for demo_id in (*await _all_ids(api, Demonstration), 9999, 0, "abc"):
            lane_cases.append((user, f"{DEMOS}/{demo_id}", {}))
    for path in (BRANCHES, MEMBERS, AGREEMENTS, DEMOS, f"{DEMOS}/1"):
        lane_cases += [(None, path, {}), (None, path, {"limit": 0}), ("unit", path, {"limit": 1})]
    fastapi_cases: list[tuple[str | None, str, dict]] = [
        ("street", AGREEMENTS + "/signing-rates", {}),
        ("community-b", AGREEMENTS + "/signing-rates", {"on": "2019-06-01"}),
        ("street", AGREEMENTS + "/signing-rates", {"on": "bad"}),
    ]
    fastapi_cases += [
        (user, f"{AGREEMENTS}/{i}", {})
        for user in ("street", "community-b", None)
        for i in (*await _all_ids(api, IntegrityAgreement), 9999, 0, "abc")
    ]
    fastapi_cases += [("street", AGREEMENTS, {"in_force_on": "2019-13-01"}), ("street", AGREEMENTS, {})]
    # the signing rates are an aggregate (FastAPI's); the agreements list and reads are the lane's
    rates = [(user, path, params, {}, False) for user, path, params in fastapi_cases[:3]]
    statuses = await lane_answers_as_fastapi(api, [*lane_cases, *rates, *fastapi_cases[3:]])
    assert {200, 401, 404, 422} <= statuses
