"""Scope of the periodic reports: a street sees only its own report, the district its streets',
communities and units none, by every path (the list, one report, its steps, the submissions view,
the roll-up and its XLSX). The OpenAPI-driven sweep (test_scope_sweep.py) walks the lists without
required parameters on the demo data, which holds no report; this module seeds reports first and
walks every new read, the ones with required parameters included."""

from __future__ import annotations

import io
from collections.abc import Iterator
from datetime import date
from typing import Any

import pytest
from openpyxl import load_workbook

from app.clock import set_today
from tests.api.leadership.period_report_helpers import (
    FORMS,
    REPORTS,
    SIGNED,
    define_form,
    prepare,
    step,
    street_two_admin,
)
from tests.api.security.scope_helpers import org_values
from tests.demo_ids import org_ids

pytestmark = pytest.mark.asyncio

MARCH = "2019-03-01"
LOCAL_USERS = ("community-a", "community-b", "unit")


@pytest.fixture(scope="module", autouse=True)
def fixed_clock() -> Iterator[None]:
    set_today(date(2019, 4, 20))
    yield
    set_today(None)


@pytest.fixture(scope="module")
async def seeded(api: Any) -> dict[str, Any]:
    """Street 1's March report submitted and accepted; street 2's prepared."""
    street_2 = await street_two_admin(api, "street-2-scope")
    form = await define_form(api)
    one = await prepare(api, "street", form["id"], MARCH)
    one = await step(api, "street", one, "submit", SIGNED | {"signed_on": "2019-04-20"})
    one = await step(api, "district", one, "accept")
    two = await prepare(api, street_2, form["id"], MARCH)
    return {"form": form, "one": one, "two": two, "street_2": street_2}


async def _reads(api: Any, user: str, form_id: int) -> dict[str, Any]:
    period = {"form_id": form_id, "period_start": MARCH}
    answers = {
        "list": await api.get(user, REPORTS, params={"limit": 100}),
        "submissions": await api.get(user, f"{REPORTS}/submissions", params=period),
        "rollup": await api.get(user, f"{REPORTS}/rollup", params=period),
    }
    for name, response in answers.items():
        assert response.status_code == 200, (user, name, response.text)
    return {name: response.json() for name, response in answers.items()}


async def test_communities_and_units_see_no_report(api, seeded):
    ids = await org_ids(api)
    streets = {ids["street"], ids["street-2"]}
    for user in LOCAL_USERS:
        reads = await _reads(api, user, seeded["form"]["id"])
        assert reads["list"]["items"] == []
        assert reads["submissions"]["rows"] == [] and reads["submissions"]["streets"] == 0
        assert reads["rollup"]["accepted_streets"] == [] and all(
            i["streets"] == [] for i in reads["rollup"]["items"]
        )
        assert not set(org_values(reads)) & streets, user
        for report in (seeded["one"], seeded["two"]):
            assert (await api.get(user, f"{REPORTS}/{report['id']}")).status_code == 404
        # They read their district's forms (a form names no org beneath the district).
        assert [f["id"] for f in (await api.get(user, FORMS)).json()] == [seeded["form"]["id"]]


async def test_a_street_sees_only_its_own(api, seeded):
    ids = await org_ids(api)
    street_2, one, two = seeded["street_2"], seeded["one"], seeded["two"]
    for user, own, other in (("street", one, two), (street_2, two, one)):
        reads = await _reads(api, user, seeded["form"]["id"])
        assert [r["id"] for r in reads["list"]["items"]] == [own["id"]]
        assert [r["org_id"] for r in reads["submissions"]["rows"]] == [own["org_id"]]
        assert set(org_values(reads)) <= {own["org_id"]}, user
        assert (await api.get(user, f"{REPORTS}/{own['id']}")).status_code == 200
        assert (await api.get(user, f"{REPORTS}/{other['id']}")).status_code == 404
        # Filtering by the other street does not widen the scope.
        filtered = await api.get(user, REPORTS, params={"org_id": other["org_id"]})
        assert filtered.json()["items"] == []
        # Steps on the other street's report: 404, never 403 (its existence is not revealed).
        revise = await api.post(user, f"{REPORTS}/{other['id']}/revise", {"reason": "越权"})
        assert revise.status_code == 404, revise.text
    # Street 2 has no accepted report: its roll-up holds none of street 1's figures.
    rollup = (await _reads(api, street_2, seeded["form"]["id"]))["rollup"]
    assert rollup["accepted_streets"] == [] and rollup["not_accepted_org_ids"] == [ids["street-2"]]
    exported = await api.get(
        street_2,
        f"{REPORTS}/rollup",
        params={"form_id": seeded["form"]["id"], "period_start": MARCH, "format": "xlsx"},
    )
    sheet = load_workbook(io.BytesIO(exported.content))["汇总"]
    assert [c.value for c in sheet[3]] == ["序号", "指标", "代码", "单位", "合计"]
    assert "解放碑街道" not in {c.value for row in sheet.iter_rows() for c in row}


async def test_the_district_sees_its_streets(api, seeded):
    ids = await org_ids(api)
    reads = await _reads(api, "district", seeded["form"]["id"])
    assert {r["id"] for r in reads["list"]["items"]} == {seeded["one"]["id"], seeded["two"]["id"]}
    assert [r["org_id"] for r in reads["submissions"]["rows"]] == sorted([ids["street"], ids["street-2"]])
    assert [s["org_id"] for s in reads["rollup"]["accepted_streets"]] == [ids["street"]]
    row = next(r for r in reads["list"]["items"] if r["id"] == seeded["one"]["id"])
    assert (
        row["org_name"] == "解放碑街道"
        and row["form_name_zh"] == seeded["form"]["name_zh"]
        and row["late"] is True
    )
    # Only the district decides, and only a street prepares.
    assert (await api.post("street", f"{REPORTS}/{seeded['two']['id']}/accept")).status_code == 403
    assert (
        await api.post("district", REPORTS, {"form_id": seeded["form"]["id"], "period_start": MARCH})
    ).status_code == 403
    assert (
        await api.post("community-a", REPORTS, {"form_id": seeded["form"]["id"], "period_start": MARCH})
    ).status_code == 403
