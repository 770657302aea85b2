"""Books: drafting, signing, amendment by record, the template copy, scope; assignments; exports."""

from __future__ import annotations

import csv
import io
from typing import Any

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from app.models.core.audit import AuditEvent
from app.models.core.user import User
from app.models.leadership.book import BookIndicator
from tests.api.leadership.leadership_helpers import SIGN, book_body, indicator_ids
from tests.demo_ids import org_ids

pytestmark = pytest.mark.asyncio

BOOKS = "/api/v1/responsibility-books"


async def _indicators(api: Any) -> list[tuple[int, float, float, bool]]:
    codes = await indicator_ids(api)
    return [
        (codes["policy_compliant_birth_rate"], 30, 90, True),
        (codes["screening_coverage"], 40, 80, False),
        (codes["birth_statistics_accuracy"], 30, 95, False),
    ]


@pytest.fixture(scope="module")
async def books(api: Any) -> dict[str, dict[str, Any]]:
    """2019 books for community A, community B and the unit, signed."""
    ids = await org_ids(api)
    out = {}
    for key in ("community-a", "community-b", "unit"):
        created = await api.post("street", BOOKS, book_body(ids[key], 2019, await _indicators(api)))
        assert created.status_code == 201, created.text
        signed = await api.post("street", f"{BOOKS}/{created.json()['id']}/sign", SIGN)
        assert signed.status_code == 200, signed.text
        out[key] = signed.json()
    return out


async def test_each_sees_only_its_own_book_and_dashboard_the_street_all(api, books):
    ids = await org_ids(api)
    all_ids = {b["id"] for b in books.values()}
    for user, own in (("community-a", "community-a"), ("community-b", "community-b"), ("unit", "unit")):
        listed = (await api.get(user, BOOKS, params={"year": 2019})).json()["items"]
        assert [b["id"] for b in listed] == [books[own]["id"]]
        for other in all_ids - {books[own]["id"]}:
            assert (await api.get(user, f"{BOOKS}/{other}")).status_code == 404
            assert (
                await api.get(user, f"{BOOKS}/{other}/progress", params={"as_of": "2019-12-31"})
            ).status_code == 404
        for other_org in {"community-a", "community-b", "unit", "street"} - {own}:
            dashboard = await api.get(
                user, "/api/v1/reports/dashboard", params={"org_id": ids[other_org], "year": 2019}
            )
            assert dashboard.status_code == 404
            annual = await api.get(
                user, "/api/v1/reports/annual", params={"org_id": ids[other_org], "year": 2019}
            )
            assert annual.status_code == 404
        mine = await api.get(user, "/api/v1/reports/dashboard", params={"year": 2019})
        assert mine.status_code == 200 and mine.json()["org_id"] == ids[own]
        assert [b["book_id"] for b in mine.json()["books"]] == [books[own]["id"]]
    street = {
        b["id"] for b in (await api.get("street", BOOKS, params={"year": 2019, "limit": 100})).json()["items"]
    }
    assert all_ids <= street
    for org in ("community-a", "community-b", "unit", "street"):
        assert (
            await api.get("street", "/api/v1/reports/dashboard", params={"org_id": ids[org], "year": 2019})
        ).status_code == 200
    # the district sees every book beneath it
    assert (await api.get("district", f"{BOOKS}/{books['unit']['id']}")).status_code == 200


async def test_only_the_street_drafts_signs_and_amends(api, books):
    ids = await org_ids(api)
    body = book_body(ids["community-a"], 2020, await _indicators(api))
    assert (await api.post("community-a", BOOKS, body)).status_code == 403
    assert (await api.post("unit", f"{BOOKS}/{books['unit']['id']}/amendments", {})).status_code == 403
    # a book is with a community or unit, once per year, weights summing to 100
    assert (
        await api.post("street", BOOKS, book_body(ids["street"], 2020, await _indicators(api)))
    ).status_code == 422
    assert (
        await api.post("street", BOOKS, book_body(ids["community-a"], 2019, await _indicators(api)))
    ).status_code == 409
    bad = await _indicators(api)
    bad[0] = (bad[0][0], 31, 90, True)
    assert (await api.post("street", BOOKS, book_body(ids["community-a"], 2020, bad))).status_code == 422
    unknown = [(999999, 100, 1, False)]
    assert (await api.post("street", BOOKS, book_body(ids["community-a"], 2020, unknown))).status_code == 422
    async with api.session() as session:
        assert (
            await session.execute(select(BookIndicator.id).where(BookIndicator.indicator_id == 999999))
        ).first() is None


async def test_a_signed_book_changes_only_by_a_recorded_amendment(api, books):
    book = books["community-a"]
    path = f"{BOOKS}/{book['id']}"
    assert (await api.patch("street", path, {"title": "改"})).status_code == 409
    assert (await api.post("street", f"{path}/sign", SIGN)).json()["current_state"] == "signed"
    before = (await api.get("street", path)).json()
    codes = await indicator_ids(api)
    new = [
        {"indicator_id": codes["policy_compliant_birth_rate"], "weight": 30, "target": 85, "veto": False},
        {"indicator_id": codes["screening_coverage"], "weight": 40, "target": 80, "veto": False},
        {"indicator_id": codes["birth_statistics_accuracy"], "weight": 30, "target": 95, "veto": False},
    ]
    stale = await api.post(
        "street",
        f"{path}/amendments",
        {"reason": "区里调整目标", "indicators": new},
        headers={"If-Match": '"1"'},
    )
    assert stale.status_code == 412
    no_reason = await api.post("street", f"{path}/amendments", {"indicators": new})
    assert no_reason.status_code == 422
    amended = await api.post(
        "street",
        f"{path}/amendments",
        {"reason": "区卫健委调整政策符合率目标并取消一票否决", "indicators": new},
        headers={"If-Match": f'"{before["version"]}"'},
    )
    assert amended.status_code == 201, amended.text
    record = amended.json()
    assert [(i["target"], i["veto"]) for i in record["before"]][0] == (90, True)
    assert [(i["target"], i["veto"]) for i in record["after"]][0] == (85, False)
    after = (await api.get("street", path)).json()
    assert after["version"] > before["version"] and after["status"] == "signed"
    assert [i["veto"] for i in after["indicators"]] == [False, False, False]
    listed = (await api.get("community-a", f"{path}/amendments")).json()
    assert [a["reason"] for a in listed] == ["区卫健委调整政策符合率目标并取消一票否决"]
    async with api.session() as session:
        actions = (
            (
                await session.execute(
                    select(AuditEvent.action).where(
                        AuditEvent.object_type == "responsibility_book",
                        AuditEvent.object_id == str(book["id"]),
                    )
                )
            )
            .scalars()
            .all()
        )
    assert actions == ["book.create", "book.sign", "book.amend"]


async def test_a_draft_is_edited_and_a_reported_value_needs_evidence(api, books):
    ids = await org_ids(api)
    draft = (
        await api.post("street", BOOKS, book_body(ids["community-b"], 2021, await _indicators(api)))
    ).json()
    path = f"{BOOKS}/{draft['id']}"
    edited = await api.patch("street", path, {"pass_mark": 70}, headers={"If-Match": f'"{draft["version"]}"'})
    assert edited.status_code == 200 and edited.json()["pass_mark"] == 70
    unsigned = next(i for i in draft["indicators"] if i["indicator_code"] == "birth_statistics_accuracy")
    early = await api.post(
        "community-b", f"{path}/indicators/{unsigned['id']}/report", {"value": 97, "evidence": "表"}
    )
    assert early.status_code == 409  # reported once the book is signed
    weak_sign = {**SIGN, "signatories": SIGN["signatories"][1:]}
    assert (await api.post("street", f"{path}/sign", weak_sign)).status_code == 422

    signed = books["community-b"]
    computed = next(i for i in signed["indicators"] if i["indicator_code"] == "screening_coverage")
    reported = next(i for i in signed["indicators"] if i["indicator_code"] == "birth_statistics_accuracy")
    spath = f"{BOOKS}/{signed['id']}/indicators"
    assert (
        await api.post("community-b", f"{spath}/{computed['id']}/report", {"value": 99, "evidence": "x"})
    ).status_code == 422
    assert (
        await api.post("community-b", f"{spath}/{reported['id']}/report", {"value": 97})
    ).status_code == 422
    assert (
        await api.post("community-a", f"{spath}/{reported['id']}/report", {"value": 97, "evidence": "x"})
    ).status_code == 404
    ok = await api.post(
        "community-b", f"{spath}/{reported['id']}/report", {"value": 97, "evidence": "出生统计核查表"}
    )
    assert ok.status_code == 200
    progress = (
        await api.get("community-b", f"{BOOKS}/{signed['id']}/progress", params={"as_of": "2019-12-31"})
    ).json()
    row = next(i for i in progress["indicators"] if i["indicator_code"] == "birth_statistics_accuracy")
    assert (row["actual"], row["met"], row["score"]) == (97, True, 30)


async def test_the_template_copies_last_years_book_to_every_community_and_unit(api, books):
    ids = await org_ids(api)
    copied = await api.post(
        "street", f"{BOOKS}/copies", {"source_book_id": books["community-a"]["id"], "year": 2020}
    )
    assert copied.status_code == 201, copied.text
    body = copied.json()
    created = {b["org_id"]: b for b in body["created"]}
    assert {ids["community-a"], ids["community-b"], ids["unit"]} <= set(created)
    assert ids["community-c"] not in created  # another street's community
    source = (await api.get("street", f"{BOOKS}/{books['community-a']['id']}")).json()
    for book in created.values():
        assert book["status"] == "draft" and book["year"] == 2020 and book["signatories"] == []
        assert [(i["indicator_id"], i["weight"], i["target"], i["veto"]) for i in book["indicators"]] == [
            (i["indicator_id"], i["weight"], i["target"], i["veto"]) for i in source["indicators"]
        ]
    again = (
        await api.post(
            "street", f"{BOOKS}/copies", {"source_book_id": books["community-a"]["id"], "year": 2020}
        )
    ).json()
    assert again["created"] == [] and set(again["skipped_org_ids"]) == set(created)
    assert (
        await api.post(
            "community-a", f"{BOOKS}/copies", {"source_book_id": books["community-a"]["id"], "year": 2022}
        )
    ).status_code == 403


async def test_assignments_of_a_departed_worker_are_listed_and_moved_in_one_call(api, books):
    ids = await org_ids(api)
    worker = await api.post(
        "street",
        "/api/v1/users",
        {
            "username": "worker-a2",
            "role": "community_officer",
            "org_id": ids["community-a"],
            "password": "demo-pass-2019",
        },
    )
    assert worker.status_code == 201
    async with api.session() as session:
        successor = (
            await session.execute(select(User.id).where(User.username == "community-a"))
        ).scalar_one()
        outsider = (await session.execute(select(User.id).where(User.username == "community-b"))).scalar_one()
    book = books["community-a"]
    made = []
    for task in ("完成免费孕检目标人群摸底", "出生统计核查"):
        response = await api.post(
            "community-a",
            "/api/v1/assignments",
            {
                "book_id": book["id"],
                "book_indicator_id": book["indicators"][1]["id"],
                "task": task,
                "assignee_id": worker.json()["id"],
                "due_on": "2019-06-30",
            },
        )
        assert response.status_code == 201, response.text
        made.append(response.json()["id"])
    wrong = await api.post(
        "community-a",
        "/api/v1/assignments",
        {"book_id": book["id"], "task": "x", "assignee_id": outsider, "due_on": "2019-06-30"},
    )
    assert wrong.status_code == 422
    assert (await api.get("community-b", f"/api/v1/assignments/{made[0]}")).status_code == 404
    note = await api.post(
        "community-a", f"/api/v1/assignments/{made[0]}/notes", {"note": "已摸底120人", "progress_percent": 40}
    )
    assert note.status_code == 201
    assert (await api.get("community-a", f"/api/v1/assignments/{made[0]}")).json()["progress_percent"] == 40
    assert (await api.get("street", "/api/v1/assignments", params={"needs_reassignment": "true"})).json()[
        "items"
    ] == []

    deactivated = await api.patch("street", f"/api/v1/users/{worker.json()['id']}", {"is_active": False})
    assert deactivated.status_code == 200, deactivated.text
    listed = (
        await api.get("community-a", "/api/v1/assignments", params={"needs_reassignment": "true"})
    ).json()["items"]
    assert sorted(a["id"] for a in listed) == made and all(a["needs_reassignment"] for a in listed)
    assert (
        await api.get("community-b", "/api/v1/assignments", params={"needs_reassignment": "true"})
    ).json()["items"] == []

    to_outsider = await api.post(
        "community-a",
        "/api/v1/assignments/reassign",
        {"from_user_id": worker.json()["id"], "to_user_id": outsider},
    )
    assert to_outsider.status_code == 422
    moved = await api.post(
        "community-a",
        "/api/v1/assignments/reassign",
        {"from_user_id": worker.json()["id"], "to_user_id": successor, "note": "原专干离职"},
    )
    assert moved.status_code == 200 and sorted(moved.json()["moved"]) == made
    after = (await api.get("community-a", "/api/v1/assignments", params={"assignee_id": successor})).json()[
        "items"
    ]
    assert sorted(a["id"] for a in after) == made and not any(a["needs_reassignment"] for a in after)
    notes = (await api.get("community-a", f"/api/v1/assignments/{made[0]}/notes")).json()
    assert "原专干离职" in notes[-1]["note"]
    done = await api.post(
        "community-a", f"/api/v1/assignments/{made[1]}/notes", {"note": "完成", "done": True}
    )
    assert done.status_code == 201
    closed = (await api.get("community-a", f"/api/v1/assignments/{made[1]}")).json()
    assert (closed["status"], closed["progress_percent"]) == ("done", 100)


async def test_annual_report_xlsx_has_sheets_and_charts_and_csv_has_a_bom(api, books):
    ids = await org_ids(api)
    for user, org in (("street", "street"), ("community-a", "community-a")):
        xlsx = await api.get(
            user, "/api/v1/reports/annual", params={"org_id": ids[org], "year": 2019, "format": "xlsx"}
        )
        assert xlsx.status_code == 200, xlsx.text
        assert xlsx.headers["content-type"].startswith("application/vnd.openxmlformats")
        workbook = load_workbook(io.BytesIO(xlsx.content))
        assert workbook.sheetnames == ["概况", "月度趋势", "覆盖率", "考核结果"]
        for name in ("月度趋势", "覆盖率", "考核结果"):
            assert len(workbook[name]._charts) >= 1, name
        assert "年度人口和计划生育工作报告" in workbook["概况"]["A1"].value
        titles = [row[0].value for row in workbook["概况"].iter_rows(min_row=3)]
        assert "任务六 优质服务" in titles and "任务五 流动人口" in titles
        trend = workbook["月度趋势"]
        assert [c.value for c in trend[3]][0] == "1月"

        raw = await api.get(user, "/api/v1/reports/annual", params={"org_id": ids[org], "year": 2019})
        assert raw.status_code == 200 and raw.json()["org_id"] == ids[org]
        # every score's indicator is named (the workbook heads its columns by name, not by code)
        names = {code: n for e in raw.json()["evaluations"] for code, n in e["indicator_names"].items()}
        assert set(names) == {code for e in raw.json()["evaluations"] for code in e["scores"]}
        as_csv = await api.client.get(
            "/api/v1/reports/annual",
            params={"org_id": ids[org], "year": 2019},
            headers={**await api.headers(user), "Accept": "text/csv"},
        )
        assert as_csv.status_code == 200 and as_csv.headers["content-type"].startswith("text/csv")
        assert as_csv.content.startswith(b"\xef\xbb\xbf")
        rows = list(csv.reader(io.StringIO(as_csv.content.decode("utf-8-sig"))))
        assert rows[0][0].endswith("2019年度人口和计划生育工作报告")
        assert any(r[:1] == ["任务六 优质服务"] for r in rows)
    street = (await api.get("street", "/api/v1/reports/annual", params={"year": 2019})).json()
    coverage = {c["org_id"]: c for c in street["coverage"]}
    assert {ids["community-a"], ids["community-b"], ids["unit"]} <= set(coverage)
    community = (await api.get("community-a", "/api/v1/reports/annual", params={"year": 2019})).json()
    assert [c["org_id"] for c in community["coverage"]] == [ids["community-a"]]
    assert [e["org_id"] for e in community["evaluations"]] == [ids["community-a"]]
    assert (
        await api.get("street", "/api/v1/reports/annual", params={"year": 2019, "format": "pdf"})
    ).status_code == 422


async def test_the_catalogue_says_which_indicators_can_be_computed_yet(api):
    listed = {i["code"]: i for i in (await api.get("community-a", "/api/v1/indicators")).json()}
    assert listed["screening_coverage"]["computable"] is True
    assert listed["screening_coverage"]["figure_code"] == "quality.screening_coverage"
    # computed from the migrants area's figures
    migrant = listed["migrant_certificate_rate"]
    assert (migrant["source"], migrant["computable"]) == ("computed", True)
    assert migrant["figure_code"] == "migrants.migrant_certificate_rate"
    collection = listed["migrant_information_collection_rate"]
    assert (collection["source"], collection["computable"]) == ("computed", True)
    assert collection["figure_code"] == "migrants.migrant_information_collection_rate"
    # each screening kind's coverage is its own indicator, a figure of the quality area's family
    check = listed["pre_pregnancy_check_coverage"]
    assert (check["computable"], check["figure_code"]) == (
        True,
        "quality.screening_coverage.pre_pregnancy_check",
    )
    assert listed["birth_statistics_accuracy"]["source"] == "reported"

    body = {
        "code": "publicity_activities",
        "name_zh": "宣传活动场次",
        "name_en": "Publicity activities held",
        "unit": "cases",
        "direction": "at_least",
        "source": "computed",
        "figure_code": "grassroots.activities_held",
    }
    assert (await api.post("community-a", "/api/v1/indicators", body)).status_code == 403
    assert (await api.post("street", "/api/v1/indicators", {**body, "figure_code": None})).status_code == 422
    created = await api.post("street", "/api/v1/indicators", body)
    assert created.status_code == 201, created.text
    # a figure no area exports yet is listed as not computable, with the reason, never faked
    assert created.json()["computable"] is False and "grassroots" in created.json()["not_computable_reason"]
    assert (await api.post("district", "/api/v1/indicators", body)).status_code == 409
