"""Books at every level: the district signs with a street, the street with its communities and units;
the street's book rolls up the books it sets. Only a book's parent writes it."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import select

from app.models.core.audit import AuditEvent
from app.models.leadership.book import ResponsibilityBook
from tests.api.leadership.leadership_helpers import SIGN, book_body, indicator_ids
from tests.demo_ids import org_ids

pytestmark = pytest.mark.asyncio

BOOKS = "/api/v1/responsibility-books"
YEAR = 2020


async def _indicators(api: Any) -> list[tuple[int, float, float, bool]]:
    codes = await indicator_ids(api)
    return [
        (codes["policy_compliant_birth_rate"], 40, 90, False),
        (codes["birth_statistics_accuracy"], 60, 95, False),
    ]


async def test_the_street_signs_with_the_district_and_its_books_roll_up(api):
    ids = await org_ids(api)
    indicators = await _indicators(api)

    # A street cannot set a book for its parent, nor a district for a community it does not parent.
    refused = await api.post("street", BOOKS, book_body(ids["district"], YEAR, indicators))
    assert refused.status_code in (404, 422), refused.text
    skipped = await api.post("district", BOOKS, book_body(ids["community-a"], YEAR, indicators))
    assert skipped.status_code == 422, skipped.text
    assert skipped.json()["errors"][0]["loc"] == ["body", "org_id"]

    # The district drafts and signs the street's book (refused before: only communities and units).
    created = await api.post("district", BOOKS, book_body(ids["street"], YEAR, indicators))
    assert created.status_code == 201, created.text
    book = created.json()
    assert (book["org_id"], book["street_id"], book["status"]) == (ids["street"], ids["district"], "draft")

    # The bound street reads its book but may not edit or sign it; another street does not see it.
    assert (await api.get("street", f"{BOOKS}/{book['id']}")).status_code == 200
    own_sign = await api.post("street", f"{BOOKS}/{book['id']}/sign", SIGN)
    assert own_sign.status_code == 403, own_sign.text
    assert (await api.get("community-a", f"{BOOKS}/{book['id']}")).status_code == 404
    signed = await api.post("district", f"{BOOKS}/{book['id']}/sign", SIGN)
    assert signed.status_code == 200, signed.text
    assert signed.json()["status"] == "signed"

    # The street reports its own reported indicator on the book it is bound by.
    reported_id = next(
        i["id"] for i in signed.json()["indicators"] if i["indicator_code"] == "birth_statistics_accuracy"
    )
    report = await api.post(
        "street",
        f"{BOOKS}/{book['id']}/indicators/{reported_id}/report",
        {"value": 97, "evidence": "抽查台账"},
    )
    assert report.status_code == 200, report.text

    # The street's own books with community A (signed) and community B (draft) roll up into it.
    child_a = (await api.post("street", BOOKS, book_body(ids["community-a"], YEAR, indicators))).json()
    assert (await api.post("street", f"{BOOKS}/{child_a['id']}/sign", SIGN)).status_code == 200
    child_b = (await api.post("street", BOOKS, book_body(ids["community-b"], YEAR, indicators))).json()
    assert child_b["street_id"] == ids["street"]
    accuracy_a = next(
        i["id"] for i in child_a["indicators"] if i["indicator_code"] == "birth_statistics_accuracy"
    )
    reported_a = await api.post(
        "community-a",
        f"{BOOKS}/{child_a['id']}/indicators/{accuracy_a}/report",
        {"value": 90, "evidence": "社区台账"},
    )
    assert reported_a.status_code == 200, reported_a.text

    progress = await api.get("district", f"{BOOKS}/{book['id']}/progress", params={"as_of": f"{YEAR}-12-31"})
    assert progress.status_code == 200, progress.text
    body = progress.json()
    rollup = body["rollup"]
    assert rollup["books"] == 2 and rollup["signed"] == 1 and rollup["evaluated"] == 0
    children = {c["book_id"]: c for c in rollup["children"]}
    assert set(children) == {child_a["id"], child_b["id"]}
    assert children[child_b["id"]]["total"] is None and children[child_b["id"]]["status"] == "draft"
    live_a = (
        await api.get("street", f"{BOOKS}/{child_a['id']}/progress", params={"as_of": f"{YEAR}-12-31"})
    ).json()
    assert children[child_a["id"]]["total"] == live_a["total"]
    assert children[child_a["id"]]["result"] == live_a["result"]
    assert children[child_a["id"]]["org_name"] == "民生路社区"
    assert rollup["average_total"] == live_a["total"]
    assert live_a["rollup"] is None  # a community sets no books
    # The street's own reported value scores in its book: 97 against 95 is met, the full 60.
    own = next(i for i in body["indicators"] if i["indicator_code"] == "birth_statistics_accuracy")
    assert own["met"] is True and own["score"] == 60

    # Evaluation rolls up too: the street finalises community A's, the district sees the final total.
    evaluation = await api.post(
        "street", "/api/v1/evaluations", {"book_id": child_a["id"], "as_of": f"{YEAR}-12-31"}
    )
    assert evaluation.status_code == 201, evaluation.text
    final = await api.post("street", f"/api/v1/evaluations/{evaluation.json()['id']}/finalize")
    assert final.status_code == 200, final.text
    again = (
        await api.get("district", f"{BOOKS}/{book['id']}/progress", params={"as_of": f"{YEAR}-12-31"})
    ).json()["rollup"]
    rolled_a = next(c for c in again["children"] if c["book_id"] == child_a["id"])
    assert rolled_a["evaluated"] is True and rolled_a["total"] == final.json()["total"]
    assert again["evaluated"] == 1
    # The district evaluates the street's book; the street may not evaluate its own.
    assert (
        await api.post("street", "/api/v1/evaluations", {"book_id": book["id"], "as_of": f"{YEAR}-12-31"})
    ).status_code == 403
    district_eval = await api.post(
        "district", "/api/v1/evaluations", {"book_id": book["id"], "as_of": f"{YEAR}-12-31"}
    )
    assert district_eval.status_code == 201, district_eval.text

    async with api.session() as session:
        stored = await session.get(ResponsibilityBook, book["id"])
        assert stored is not None and stored.street_id == ids["district"] and stored.signed_on is not None
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
    assert {"book.create", "book.sign", "book.report_value"} <= set(actions)
