"""Payment batches, their lines, re-verification rounds and their checks, and the public notices on
the fast read path (app/services/benefits/payment_reads.py, reverification_reads.py,
notice_reads.py), over rows built through the API: every demo caller's rows in the same
pages (batches, rounds and notices newest first), the same filters, 404 for a batch or round outside
the caller's scope, the objection outcome by tracking code; and the lane answers as FastAPI does
over these rows (the demo has none)."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
import pytest_asyncio
from sqlalchemy import select

from app.errors import NotFound
from app.models.benefits.enrolment import CheckStatus, ReverificationRound
from app.models.benefits.notice import Objection
from app.models.benefits.payment import BatchStatus, PaymentBatch
from app.models.core.audit import AuditEvent
from app.models.core.org import Org, OrgKind
from app.models.core.resident import Resident
from app.schemas.benefits.benefit_ops import (
    BankAccountRead,
    ObjectionOutcome,
)
from app.services.benefits import bank as bank_service
from app.services.benefits import public_notices as notice_service
from tests.api.benefits.benefit_helpers import set_today
from tests.api.benefits.benefit_read_helpers import populate
from tests.api.read_helpers import lane_answers_as_fastapi, pages_agree, principal_of, walk
from tests.conftest import Api

pytestmark = pytest.mark.asyncio
CALLERS = ["community-a", "community-b", "street", "street-officer", "unit", "district"]
BATCHES, ROUNDS = "/api/v1/payment-batches", "/api/v1/reverifications"


@pytest_asyncio.fixture(scope="module")
async def built(api: Api) -> dict[str, Any]:
    return await populate(api)


async def _ids(api: Api, column: Any) -> list[int]:
    async with api.session() as session:
        return sorted((await session.execute(select(column))).scalars().all())


async def _streets_under(api: Api, org_id: int) -> set[int]:
    async with api.session() as session:
        path = (await session.execute(select(Org.path).where(Org.id == org_id))).scalar_one()
        return set((await session.execute(select(Org.id).where(Org.path.startswith(path)))).scalars())


@pytest.mark.parametrize("username", CALLERS)
async def test_batches_and_rounds_in_pages_filters_and_scope(api, built, username):
    principal = await principal_of(api, username)
    if not principal.can("benefits:read"):
        for path in (BATCHES, ROUNDS, f"{BATCHES}/1/lines", f"{ROUNDS}/{built['round_id']}/checks"):
            assert (await api.get(username, path)).status_code == 403
        return
    batches = await pages_agree(api, username, BATCHES)
    ids = [b["id"] for b in batches]
    assert ids == sorted(ids, reverse=True), "newest first"
    if principal.org_kind is OrgKind.unit:
        assert all(b["payer_org_id"] == principal.org_id for b in batches)
    else:
        under = await _streets_under(api, principal.org_id)
        assert all(b["street_id"] in under for b in batches)
    if principal.org_kind in (OrgKind.street, OrgKind.district):
        assert len(batches) == 2 and {b["period"] for b in batches} == {"2019-05", "2019-06"}
    for field, values in (
        ("period", ("2019-05", "2019-07")),
        ("status", tuple(s.value for s in BatchStatus)),
        ("program_id", tuple(built["programs"].values())),
    ):
        for value in values:
            rows = (await walk(api, username, BATCHES, 2, **{field: value}))[0]
            assert rows == [b for b in batches if b[field] == value], (field, value)
    rounds = await pages_agree(api, username, ROUNDS)
    assert [r["id"] for r in rounds] == sorted((r["id"] for r in rounds), reverse=True)
    if principal.org_kind is not OrgKind.unit:
        assert [r["id"] for r in rounds] == [built["round_id"]], "the street's round, seen below and above it"


@pytest.mark.parametrize("username", CALLERS)
async def test_lines_and_checks_in_scope_and_404_outside_it(api, built, username):
    principal = await principal_of(api, username)
    if not principal.can("benefits:read"):
        return
    visible = {b["id"] for b in (await walk(api, username, BATCHES, 100))[0]}
    seen = 0
    for batch_id in [*await _ids(api, PaymentBatch.id), 10_000]:
        path = f"{BATCHES}/{batch_id}/lines"
        if batch_id not in visible:
            response = await api.get(username, path, params={"limit": 2})
            assert response.status_code == 404 and response.json()["detail"] == "Payment batch not found"
            continue
        lines = await pages_agree(api, username, path)
        assert all(line["batch_id"] == batch_id for line in lines)
        seen += len(lines)
    rounds = {r["id"] for r in (await walk(api, username, ROUNDS, 100))[0]}
    for round_id in [*await _ids(api, ReverificationRound.id), 10_000]:
        path = f"{ROUNDS}/{round_id}/checks"
        if round_id not in rounds:
            response = await api.get(username, path)
            assert response.status_code == 404
            assert response.json()["detail"] == "Re-verification round not found"
            continue
        checks = await pages_agree(api, username, path)
        if principal.org_kind is OrgKind.community:
            assert all(c["community_id"] == principal.org_id for c in checks), "its own checks only"
        for status in (s.value for s in CheckStatus):
            picked = (await walk(api, username, path, 2, status=status))[0]
            assert picked == [c for c in checks if c["status"] == status], status
        seen += len(checks)
    if principal.org_kind is not OrgKind.unit:
        assert seen, "some lines and checks read"
    if username == "community-b":
        a_rows = (await walk(api, "community-a", f"{ROUNDS}/{built['round_id']}/checks", 5))[0]
        b_rows = (await walk(api, username, f"{ROUNDS}/{built['round_id']}/checks", 5))[0]
        assert a_rows and b_rows and not {c["id"] for c in a_rows} & {c["id"] for c in b_rows}


async def _public_notices(api: Api, **params: Any) -> list[dict]:
    """Every notice anyone (no sign-in) reads, walked in pages of 1 and 2 (the same)."""
    walked = []
    for limit in (1, 2):
        items: list[dict] = []
        cursor = None
        while True:
            query = {**params, "limit": limit, **({"cursor": cursor} if cursor else {})}
            page = await api.client.get("/api/v1/public/notices", params=query)
            assert page.status_code == 200, page.text
            items += page.json()["items"]
            cursor = page.json()["next_cursor"]
            if cursor is None:
                break
        walked.append(items)
    assert walked[0] == walked[1]
    return walked[0]


async def test_public_notices_by_publication_and_window(api, built):
    """The two notices (published 2019-07-02 and 07-03, newest first) appear from their day on; the
    current ones are those whose window has not ended; names are masked."""
    shown = {}
    for day in (date(2019, 6, 30), date(2019, 7, 2), date(2019, 7, 9), date(2019, 7, 20)):
        set_today(api, day)
        every, current = await _public_notices(api), await _public_notices(api, current="true")
        assert [n["id"] for n in every] == sorted((n["id"] for n in every), reverse=True)
        assert all(n["published_on"] <= day.isoformat() for n in every)
        assert current == [n for n in every if n["window_ends_on"] >= day.isoformat()]
        assert all("*" in e["name"] for n in every for e in n["entries"]), "names masked"
        shown[day] = len(every), len(current)
    assert shown[date(2019, 6, 30)] == (0, 0)
    assert shown[date(2019, 7, 9)][0] == 2 and all(n["entries"] for n in every)
    assert shown[date(2019, 7, 20)][1] < shown[date(2019, 7, 9)][0]
    set_today(api, date(2019, 7, 3))


async def test_the_objection_outcome_by_tracking_code_and_404_for_an_unknown_code(api, built):
    code = built["tracking_code"]
    response = await api.client.get(f"/api/v1/public/objections/{code}")
    assert response.status_code == 200
    async with api.session() as session:
        objection = await notice_service.objection_outcome(session, code)
    assert response.json() == ObjectionOutcome.model_validate(objection).model_dump(mode="json")
    assert "etag" not in response.headers
    missing = await api.client.get("/api/v1/public/objections/not-a-real-code")
    assert missing.status_code == 404 and missing.json()["detail"] == "No objection with this tracking code"
    async with api.session() as session:
        assert (await session.execute(select(Objection.id))).scalars().all()


async def _accounts(api: Api, built: dict[str, Any]) -> list[int]:
    """Residents with an account (one per community a and b, set over the API), one without."""
    async with api.session() as session:
        residents = [
            (
                await session.execute(
                    select(Resident.id).where(Resident.community_id == built["orgs"][key]).limit(2)
                )
            )
            .scalars()
            .all()
            for key in ("community-a", "community-b")
        ]
    for user, (with_account, _) in zip(("community-a", "community-b"), residents, strict=True):
        body = {"bank_name": "重庆农村商业银行", "account_number": "6222020000123456789"}
        path = f"/api/v1/benefit-beneficiaries/{with_account}/bank-account"
        answer = await api.client.put(path, json=body, headers=await api.headers(user))
        assert answer.status_code == 200, answer.text
    return [residents[0][0], residents[1][0], residents[0][1], 10_000_000]


@pytest.mark.parametrize("username", CALLERS)
async def test_the_masked_bank_account_is_the_old_read_and_404_outside_the_scope(api, built, username):
    principal = await principal_of(api, username)
    answers = set()
    for resident_id in await _accounts(api, built):
        response = await api.get(username, f"/api/v1/benefit-beneficiaries/{resident_id}/bank-account")
        if not principal.can("benefits:read"):
            assert response.status_code == 403
            continue
        async with api.session() as session:
            try:
                account, number = await bank_service.read_account(
                    session, api.settings, principal, resident_id, reveal=False
                )
            except NotFound as exc:
                assert response.status_code == 404 and response.json()["detail"] == exc.detail
                answers.add(exc.detail)
                continue
        expected = BankAccountRead(
            resident_id=account.resident_id,
            bank_name=account.bank_name,
            account_number=number,
            version=account.version,
        )
        assert response.status_code == 200 and response.json() == expected.model_dump(mode="json")
        assert response.json()["account_number"] != "6222020000123456789"
        assert response.headers["etag"] == f'"{account.version}"'
        answers.add("found")
    if username == "community-a":
        assert answers == {"found", "Resident not found", "No bank account on record for this resident"}


async def test_the_revealed_bank_account_stays_on_the_audited_session_path(api, built):
    resident_id = (await _accounts(api, built))[0]
    path = f"/api/v1/benefit-beneficiaries/{resident_id}/bank-account"
    async with api.session() as session:
        before = len((await session.execute(select(AuditEvent.id))).scalars().all())
    revealed = [(u, await api.get(u, path, params={"reveal": "true"})) for u in CALLERS]
    async with api.session() as session:
        after = len((await session.execute(select(AuditEvent.id))).scalars().all())
    shown = [u for u, r in revealed if r.status_code == 200]
    assert shown and after - before == len(shown)
    for _, response in revealed:
        if response.status_code == 200:
            assert response.json()["account_number"] == "6222020000123456789"
            assert response.headers["cache-control"] == "no-store" and response.headers["etag"]
        else:
            assert response.status_code in (403, 404)


async def test_the_lane_and_fastapi_answer_alike(api, built):

    batch_id = (await _ids(api, PaymentBatch.id))[0]
    round_id, code, program = built["round_id"], built["tracking_code"], built["programs"]["one_child_award"]
    first = (await api.get("street", BATCHES, params={"limit": 1})).json()
    application = built["applications"][0]
    accounts = await _accounts(api, built)
    cases: list[tuple[str | None, str, dict[str, Any]]] = [
        ("street", BATCHES, {}),
        ("street", BATCHES, {"limit": 1, "cursor": first["next_cursor"]}),
        ("street", BATCHES, {"status": "generated", "period": "2019-05"}),
        ("street", BATCHES, {"status": "nope"}),
        ("street", BATCHES, {"period": "x"}),
        ("street", f"{BATCHES}/{batch_id}/lines", {"limit": 2}),
        ("community-a", f"{BATCHES}/{batch_id}/lines", {}),
        ("street", f"{BATCHES}/0/lines", {}),
        ("street", f"{BATCHES}/{batch_id}/lines", {"cursor": "not-a-cursor"}),
        ("street", ROUNDS, {"limit": 0}),
        ("street", ROUNDS, {"limit": 101}),
        ("community-a", f"{ROUNDS}/{round_id}/checks", {"status": "pending", "limit": 1}),
        ("community-a", f"{ROUNDS}/{round_id}/checks", {"status": "maybe"}),
        ("community-a", f"{ROUNDS}/abc/checks", {}),
        ("district", "/api/v1/benefit-programs", {"open_for_applications": "true"}),
        ("district", "/api/v1/benefit-programs", {"open_for_applications": "maybe"}),
        ("district", f"/api/v1/benefit-programs/{program}", {}),
        ("district", "/api/v1/benefit-programs/0", {}),
        ("community-a", "/api/v1/benefit-applications", {"status": "in_notice", "limit": 1}),
        ("community-a", "/api/v1/benefit-applications", {"submitted_from": "2020-02-30"}),
        (
            "community-a",
            "/api/v1/benefit-applications",
            {"submitted_from": "2020-02-02", "submitted_to": "2020-02-01"},
        ),
        ("community-a", f"/api/v1/benefit-applications/{application}", {}),
        ("community-b", f"/api/v1/benefit-applications/{application}", {}),
        ("street", "/api/v1/benefit-enrolments", {"needs_review": "true", "limit": 1}),
        ("street", "/api/v1/benefit-enrolments", {"updated_since": "2000-01-01T00:00:00Z", "limit": 2}),
        ("street", "/api/v1/benefit-enrolments", {"cursor": "!!"}),
        ("street", "/api/v1/benefit-enrolments/1", {}),
        ("street", "/api/v1/benefit-enrolments/99999", {}),
        (None, "/api/v1/public/notices", {"current": "true", "limit": 1}),
        (None, "/api/v1/public/notices", {"current": "maybe"}),
        (None, f"/api/v1/public/objections/{code}", {}),
        (None, "/api/v1/public/objections/bad!code", {}),
        (None, "/api/v1/public/objections/unknown-code", {}),
        ("community-a", f"/api/v1/benefit-beneficiaries/{accounts[0]}/bank-account", {}),
        ("community-b", f"/api/v1/benefit-beneficiaries/{accounts[0]}/bank-account", {}),
        ("community-a", f"/api/v1/benefit-beneficiaries/{accounts[2]}/bank-account", {}),
        ("community-a", f"/api/v1/benefit-beneficiaries/{accounts[0]}/bank-account", {"reveal": "maybe"}),
        ("community-a", "/api/v1/benefit-beneficiaries/0/bank-account", {}),
        (None, BATCHES, {}),
        (None, "/api/v1/benefit-applications/1", {}),
    ]
    statuses = await lane_answers_as_fastapi(api, cases)
    assert statuses == {200, 401, 404, 422}
