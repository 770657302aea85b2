"""Payment batches, their lines, re-verification rounds and their checks, and the public notices on
the fast read path (app/services/benefits/payment_reads.py, reverification_reads.py,
notice_reads.py) show exactly what the session path showed: every demo caller's rows in the same
pages (batches, rounds and notices newest first), the same filters, 404 for a batch or round outside
the caller's scope, the objection outcome by tracking code; and the lane answers as FastAPI does.
The previous implementation's queries are copied here."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
import pytest_asyncio
from sqlalchemy import Select, literal, or_, select

from app.authz import Principal, case_scope, in_subtree
from app.errors import NotFound
from app.models.benefits.enrolment import CheckStatus, ReverificationCheck, ReverificationRound
from app.models.benefits.notice import Objection
from app.models.benefits.payment import BatchStatus, PaymentBatch, PaymentLine
from app.models.core.audit import AuditEvent
from app.models.core.org import Org, OrgKind
from app.models.core.resident import Resident
from app.schemas.benefits.benefit_ops import (
    BankAccountRead,
    BatchRead,
    CheckRead,
    LineRead,
    NoticePublic,
    ObjectionOutcome,
    RoundRead,
)
from app.services.benefits import bank as bank_service
from app.services.benefits import public_notices as notice_service
from tests.api.benefits.benefit_helpers import set_today
from tests.api.benefits.benefit_read_helpers import populate
from tests.api.read_helpers import lane_answers_as_fastapi, principal_of, walk
from tests.conftest import Api

pytestmark = pytest.mark.asyncio
CALLERS = ["community-a", "community-b", "street", "street-officer", "unit", "district"]
BATCHES, ROUNDS = "/api/v1/payment-batches", "/api/v1/reverifications"


@pytest_asyncio.fixture(scope="module")
async def built(api: Api) -> dict[str, Any]:
    return await populate(api)


# The previous implementation: app/services/benefits/payments.list_batches / get_batch / list_lines,
# reverification.list_rounds / get_round / list_checks, public_notices.list_public_notices /
# objection_outcome: ORM queries in a session.


def _old_batch_scope(principal: Principal) -> Any:
    street_path = select(Org.path).where(Org.id == PaymentBatch.street_id).scalar_subquery()
    if principal.org_kind is OrgKind.unit:
        return PaymentBatch.payer_org_id == principal.org_id
    return in_subtree(street_path, principal)


def _old_round_scope(principal: Principal) -> Any:
    street_path = select(Org.path).where(Org.id == ReverificationRound.street_id).scalar_subquery()
    return or_(in_subtree(street_path, principal), literal(principal.org_path).startswith(street_path))


def _old_batches(
    principal: Principal, program_id: int | None = None, period: str | None = None, status: str | None = None
) -> Select[Any]:
    stmt = select(PaymentBatch).where(_old_batch_scope(principal))
    if program_id is not None:
        stmt = stmt.where(PaymentBatch.program_id == program_id)
    if period is not None:
        stmt = stmt.where(PaymentBatch.period == period)
    if status is not None:
        stmt = stmt.where(PaymentBatch.status == BatchStatus(status))
    return stmt.order_by(PaymentBatch.id.desc())


async def _rows(api: Api, stmt: Select[Any], schema: Any) -> list[dict]:
    async with api.session() as session:
        return [
            schema.model_validate(r).model_dump(mode="json") for r in (await session.execute(stmt)).scalars()
        ]


async def _old_lines(api: Api, principal: Principal, batch_id: int) -> list[dict] | None:
    """None where the session path said 404 (the batch is not in scope)."""
    visible = select(PaymentBatch.id).where(PaymentBatch.id == batch_id, _old_batch_scope(principal))
    if not await _rows(api, select(PaymentBatch).where(PaymentBatch.id.in_(visible)), BatchRead):
        return None
    stmt = select(PaymentLine).where(PaymentLine.batch_id == batch_id).order_by(PaymentLine.id)
    return await _rows(api, stmt, LineRead)


async def _old_checks(
    api: Api, principal: Principal, round_id: int, status: str | None = None
) -> list[dict] | None:
    visible = select(ReverificationRound).where(
        ReverificationRound.id == round_id, _old_round_scope(principal)
    )
    if not await _rows(api, visible, RoundRead):
        return None
    stmt = select(ReverificationCheck).where(
        ReverificationCheck.round_id == round_id,
        case_scope(ReverificationCheck.community_id, ReverificationCheck.unit_id, principal),
    )
    if status is not None:
        stmt = stmt.where(ReverificationCheck.status == CheckStatus(status))
    return await _rows(api, stmt.order_by(ReverificationCheck.id), CheckRead)


async def _ids(api: Api, column: Any) -> list[int]:
    async with api.session() as session:
        return sorted((await session.execute(select(column))).scalars().all())


@pytest.mark.parametrize("username", CALLERS)
async def test_batches_and_rounds_are_the_same_pages_as_before(api, built, username):
    principal = await principal_of(api, username)
    if not principal.can("benefits:read"):
        for path in (BATCHES, ROUNDS, f"{BATCHES}/1/lines", f"{ROUNDS}/{built['round_id']}/checks"):
            assert (await api.get(username, path)).status_code == 403
        return
    nonempty = 0
    cases: list[dict[str, Any]] = [{}, {"period": "2019-05"}, {"period": "2019-07"}]
    cases += [{"status": s.value} for s in BatchStatus] + [
        {"program_id": p} for p in built["programs"].values()
    ]
    for filters in cases:
        expected = await _rows(api, _old_batches(principal, **filters), BatchRead)
        for limit in (1, 2) if not filters else (2,):
            items, pages = await walk(api, username, BATCHES, limit, **filters)
            assert items == expected, filters
            assert pages == max(1, -(-len(expected) // limit))
        nonempty += bool(expected)
    stmt = (
        select(ReverificationRound).where(_old_round_scope(principal)).order_by(ReverificationRound.id.desc())
    )
    expected = await _rows(api, stmt, RoundRead)
    assert (await walk(api, username, ROUNDS, 1))[0] == expected
    if principal.org_kind in (OrgKind.street, OrgKind.district):
        assert nonempty >= 3
    if principal.org_kind is not OrgKind.unit:
        assert expected


@pytest.mark.parametrize("username", CALLERS)
async def test_lines_and_checks_are_the_same_pages_as_before_and_404_outside_the_scope(api, built, username):
    principal = await principal_of(api, username)
    if not principal.can("benefits:read"):
        return
    seen = 0
    for batch_id in [*await _ids(api, PaymentBatch.id), 10_000]:
        expected = await _old_lines(api, principal, batch_id)
        path = f"{BATCHES}/{batch_id}/lines"
        if expected is None:
            response = await api.get(username, path, params={"limit": 2})
            assert response.status_code == 404 and response.json()["detail"] == "Payment batch not found"
            continue
        items, pages = await walk(api, username, path, 3)
        assert items == expected and pages == max(1, -(-len(expected) // 3))
        seen += len(items)
    for round_id in [*await _ids(api, ReverificationRound.id), 10_000]:
        for status in (None, *(s.value for s in CheckStatus)):
            filters = {"status": status} if status else {}
            expected = await _old_checks(api, principal, round_id, status)
            path = f"{ROUNDS}/{round_id}/checks"
            if expected is None:
                response = await api.get(username, path, params=filters)
                assert (
                    response.status_code == 404
                    and response.json()["detail"] == "Re-verification round not found"
                )
                continue
            assert (await walk(api, username, path, 2, **filters))[0] == expected, filters
            seen += len(expected)
    if principal.org_kind is not OrgKind.unit:
        assert seen, "some lines and checks compared"
    if username == "community-b":
        a_only = await _old_checks(api, await principal_of(api, "community-a"), built["round_id"])
        b_rows = await walk(api, username, f"{ROUNDS}/{built['round_id']}/checks", 5)
        assert a_only and not {c["id"] for c in a_only} & {c["id"] for c in b_rows[0]}


@pytest.mark.parametrize("day", [date(2019, 6, 30), date(2019, 7, 2), date(2019, 7, 9), date(2019, 7, 20)])
async def test_public_notices_are_the_same_pages_as_before(api, built, day):
    set_today(api, day)
    for current in (False, True):
        async with api.session() as session:
            rows, _ = await notice_service.list_public_notices(
                session, today=day, current_only=current, limit=1000, cursor=None
            )
        expected = [NoticePublic.model_validate(r).model_dump(mode="json") for r in rows]
        params = {"current": "true"} if current else {}
        for limit in (1, 2):
            response_items: list[dict] = []
            cursor = None
            while True:
                query = {**params, "limit": limit, **({"cursor": cursor} if cursor else {})}
                page = await api.client.get("/api/v1/public/notices", params=query)  # no sign-in
                assert page.status_code == 200, page.text
                response_items += page.json()["items"]
                cursor = page.json()["next_cursor"]
                if cursor is None:
                    break
            assert response_items == expected, (day, current)
        if day == date(2019, 7, 2) and not current:
            assert len(expected) == 2 and all(n["entries"] for n in expected)
    set_today(api, date(2019, 7, 3))


async def test_the_objection_outcome_is_the_old_read_and_404_for_an_unknown_code(api, built):
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
