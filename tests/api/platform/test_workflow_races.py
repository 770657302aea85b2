"""Workflow races end in exactly one outcome: two requests for the same step fired at once at a real
uvicorn process, each on its own connection, never both succeed and never answer 500.

- two district approvals of one benefit application: one enrols, the other is 409/412; one review
  row, one audit entry, the beneficiaries enrolled once (the application row's version guards it);
- two finalisations of one evaluation with the same If-Match: one finalises, the other is 409/412;
  one audit entry, the book evaluated once;
- two uploads of the same file to ``POST /imports`` at once: one job is queued, the other is a 409
  naming it (a file is imported by one job at a time); one job's rows, one audit entry; once that
  job is done the same file is taken again (and changes nothing).

The steps before each race run in-process on the same database (the office's clock moved through
the notice window); the server's clock is fixed at ``SERVER_TODAY``. The two requests are concurrent
transactions.
"""

from __future__ import annotations

import asyncio
import csv
import hashlib
import io
import os
import subprocess
import sys
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import httpx
import pytest
import pytest_asyncio
from sqlalchemy import func, select

from app.clock import set_today as set_office_today
from app.demo.context import DEMO_PASSWORD
from app.models.benefits.benefit import ApplicationReview, BenefitApplication
from app.models.benefits.enrolment import Enrolment
from app.models.core.audit import AuditEvent
from app.models.core.family import Family
from app.models.core.outbox import OutboxEvent
from app.models.core.resident import Resident
from app.models.leadership.book import ResponsibilityBook
from app.models.leadership.evaluation import Evaluation
from app.models.migrants.imports import ImportJob
from app.worker import Worker
from tests.api.benefits.benefit_helpers import (
    ALL_MATERIALS,
    apply,
    child,
    new_family,
    program_ids,
    review,
    set_today,
    showcase_family,
)
from tests.api.leadership.leadership_helpers import SIGN, book_body, indicator_ids
from tests.demo_ids import org_ids
from tests.factories import new_id_number
from tests.live_server import free_port, stop, wait_until_serving

pytestmark = pytest.mark.asyncio

SERVER_TODAY = date(2019, 6, 10)
PROBLEM = "application/problem+json"
# uvicorn in a process of its own, with the office's clock fixed (the app reads it per request).
LAUNCH = (
    "import sys, uvicorn; from datetime import date; from app.clock import set_today; "
    "set_today(date.fromisoformat(sys.argv[1])); "
    "uvicorn.run('app.main:app', host='127.0.0.1', port=int(sys.argv[2]), access_log=False, "
    "proxy_headers=False, timeout_graceful_shutdown=5, log_level='warning')"
)


@dataclass
class Server:
    base_url: str

    async def token(self, username: str) -> dict[str, str]:
        async with httpx.AsyncClient(base_url=self.base_url, timeout=60) as client:
            form = {"grant_type": "password", "username": username, "password": DEMO_PASSWORD}
            response = await client.post("/api/v1/auth/token", data=form)
        assert response.status_code == 200, response.text
        return {"Authorization": f"Bearer {response.json()['access_token']}"}

    async def twice(self, path: str, **request: object) -> list[httpx.Response]:
        """The same POST twice at once, each on a connection of its own (two clients)."""
        async with (
            httpx.AsyncClient(base_url=self.base_url, timeout=60) as one,
            httpx.AsyncClient(base_url=self.base_url, timeout=60) as other,
        ):
            await asyncio.gather(one.get("/healthz"), other.get("/healthz"))  # both connected first
            answers = await asyncio.gather(one.post(path, **request), other.post(path, **request))  # type: ignore[arg-type]
        return sorted(answers, key=lambda r: r.status_code >= 300)  # the one that succeeded first


@pytest.fixture(autouse=True)
def office_today() -> Iterator[None]:
    set_office_today(SERVER_TODAY)
    yield
    set_office_today(None)


@pytest_asyncio.fixture(scope="module")
async def server(api, tmp_path_factory: pytest.TempPathFactory) -> AsyncIterator[Server]:
    log_path: Path = tmp_path_factory.mktemp("race-server") / "uvicorn.log"
    port = free_port()
    environment = {**os.environ, "FPW_DATABASE_URL": api.url, "FPW_LOG_LEVEL": "WARNING"}
    with log_path.open("wb") as log:
        process = subprocess.Popen(  # noqa: S603 - our own server, loopback only
            [sys.executable, "-c", LAUNCH, SERVER_TODAY.isoformat(), str(port)],
            env=environment,
            stdout=subprocess.DEVNULL,
            stderr=log,
        )
    base = f"http://127.0.0.1:{port}"
    try:
        await wait_until_serving(process, base, log_path)
        yield Server(base)
    finally:
        stop(process)


# What the loser of a step race is told: the row changed under it (its version), the state moved on,
# or its If-Match is stale; never another rule's refusal that happened to fire first.
LOST_RACE = ("concurrent-update", "invalid-transition", "precondition-failed")


def assert_one_won(
    answers: list[httpx.Response], won: int, problems: tuple[str, ...] = LOST_RACE
) -> httpx.Response:
    """One answer ``won``, the other a clean 409/412 problem of one of ``problems``; returns the loser."""
    statuses = [r.status_code for r in answers]
    assert statuses[0] == won and statuses[1] in (409, 412), [(r.status_code, r.text) for r in answers]
    loser = answers[1]
    assert loser.headers["content-type"].startswith(PROBLEM)
    assert loser.json()["status"] == loser.status_code and loser.json()["title"]
    assert loser.json()["type"].rsplit("/", 1)[1] in problems, loser.text
    return loser


async def _count(api, statement) -> int:  # type: ignore[no-untyped-def]
    async with api.session() as session:
        return int((await session.execute(statement)).scalar_one())


async def test_two_approvals_of_one_application_take_the_step_once(api, server):
    """The street's approval (guarded by the application's version alone), then the district's
    (which enrols: the version, and the one-current-enrolment index behind it)."""
    programs = await program_ids(api)
    family_id = await showcase_family(api, "special_support_death")
    set_today(api, date(2019, 6, 3))
    created = await apply(
        api,
        "community-a",
        programs["special_support_death"],
        family_id,
        ALL_MATERIALS["special_support_death"],
    )
    app_id = created["id"]
    assert (await api.post("community-a", f"/api/v1/benefit-applications/{app_id}/submit")).status_code == 200
    assert (await review(api, "community-a", app_id)).json()["status"] == "in_notice"
    path = f"/api/v1/benefit-applications/{app_id}/review"
    reviews = (
        select(func.count()).select_from(ApplicationReview).where(ApplicationReview.application_id == app_id)
    )
    reviewed = (
        select(func.count())
        .select_from(AuditEvent)
        .where(AuditEvent.action == "benefit_application.reviewed", AuditEvent.object_id == str(app_id))
    )
    approved_events = (
        select(func.count()).select_from(OutboxEvent).where(OutboxEvent.topic == "benefit.enrolment_approved")
    )

    street = await server.twice(
        path,
        json={"decision": "approve", "comment": "公示无异议"},
        headers=await server.token("street-officer"),
    )
    assert_one_won(street, 200)
    assert street[0].json()["status"] == "street_approved"
    assert await _count(api, reviews.where(ApplicationReview.level == "street")) == 1
    assert await _count(api, reviewed) == 2  # community and one street review

    events_before = await _count(api, approved_events)
    district = await server.twice(
        path, json={"decision": "approve", "comment": "同意纳入"}, headers=await server.token("district")
    )
    assert_one_won(district, 200)
    assert district[0].json()["status"] == "enrolled"
    assert [(r["level"], r["decision"]) for r in district[0].json()["reviews"]] == [
        ("community", "approve"),
        ("street", "approve"),
        ("district", "approve"),
    ]
    assert await _count(api, reviews.where(ApplicationReview.level == "district")) == 1
    assert await _count(api, reviewed) == 3  # community, street and one district review
    enrolled = select(func.count(), func.sum(Enrolment.amount_fen)).where(Enrolment.application_id == app_id)
    async with api.session() as session:
        count, total = (await session.execute(enrolled)).one()
        application = await session.get(BenefitApplication, app_id)
        assert application is not None and application.status.value == "enrolled"
    assert (count, total) == (2, 90000)  # both parents, 450 yuan each, once
    assert await _count(api, approved_events) == events_before + 2
    assert (await api.get("district", path.removesuffix("/review"))).json()["status"] == "enrolled"


async def test_two_finalisations_of_one_evaluation_finalise_once(api, server):
    ids = await org_ids(api)
    codes = await indicator_ids(api)
    indicators = [
        (codes["policy_compliant_birth_rate"], 30, 90, True),
        (codes["screening_coverage"], 40, 80, False),
        (codes["birth_statistics_accuracy"], 30, 95, False),
    ]
    books = "/api/v1/responsibility-books"
    book = await api.post("street", books, book_body(ids["community-b"], 2019, indicators))
    assert book.status_code == 201, book.text
    book_id = book.json()["id"]
    assert (await api.post("street", f"{books}/{book_id}/sign", SIGN)).status_code == 200
    evaluation = await api.post("street", "/api/v1/evaluations", {"book_id": book_id, "as_of": "2019-06-10"})
    assert evaluation.status_code == 201, evaluation.text
    evaluation_id = evaluation.json()["id"]
    etag = evaluation.headers["etag"]

    headers = {**await server.token("street"), "If-Match": etag}
    answers = await server.twice(f"/api/v1/evaluations/{evaluation_id}/finalize", headers=headers)
    assert_one_won(answers, 200)
    assert answers[0].json()["status"] == "final"

    finalised = (
        select(func.count())
        .select_from(AuditEvent)
        .where(AuditEvent.action == "evaluation.finalize", AuditEvent.object_id == str(evaluation_id))
    )
    assert await _count(api, finalised) == 1
    async with api.session() as session:
        stored = await session.get(Evaluation, evaluation_id)
        stored_book = await session.get(ResponsibilityBook, book_id)
        assert stored is not None and stored_book is not None
        assert stored.status.value == "final" and stored_book.status.value == "evaluated"
        # one finalisation: the evaluation's version moved once past the one both requests sent
        assert stored.version == int(etag.strip('"')) + 1
        assert answers[0].headers["etag"] == f'"{stored.version}"'


def _resident_file(n: int) -> str:
    fields = ["id_number", "name", "household_division_code", "community_code", "marital_status"]
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=fields)
    writer.writeheader()
    for i in range(n):
        writer.writerow(
            {
                "id_number": new_id_number(date(1986, 3, 1), male=i % 2 == 0),
                "name": f"并发{i}",
                "household_division_code": "500103003001",
                "community_code": "500103003001",
                "marital_status": "married",
            }
        )
    return out.getvalue()


async def test_two_uploads_of_one_file_at_once_queue_one_import(api, server):
    content = _resident_file(120)
    residents = select(func.count()).select_from(Resident)
    queued_audits = select(func.count()).select_from(AuditEvent).where(AuditEvent.action == "import.queued")
    before, audits_before = await _count(api, residents), await _count(api, queued_audits)
    jobs_before = await _count(api, select(func.count()).select_from(ImportJob))

    headers = {**await server.token("street"), "Content-Type": "text/csv"}
    answers = await server.twice(
        "/api/v1/imports", params={"kind": "residents"}, content=content.encode(), headers=headers
    )
    loser = assert_one_won(answers, 202, ("import-in-progress",))
    assert loser.status_code == 409 and loser.json()["type"].endswith("/import-in-progress")
    job_id = answers[0].json()["id"]
    assert loser.json()["import_id"] == job_id
    assert await _count(api, select(func.count()).select_from(ImportJob)) == jobs_before + 1
    assert await _count(api, queued_audits) == audits_before + 1

    assert await Worker(api.database, api.settings).run_imports() == 1
    report = (await api.get("street", f"/api/v1/imports/{job_id}")).json()
    assert (report["status"], report["created"], report["failed"]) == ("done", 120, 0)
    assert await _count(api, residents) == before + 120

    # the file was imported by one job: once it is done, the same file is taken again, changing nothing
    again = await api.client.post(
        "/api/v1/imports",
        params={"kind": "residents"},
        content=content.encode(),
        headers={**await api.headers("street"), "Content-Type": "text/csv"},
    )
    assert again.status_code == 202, again.text
    assert await Worker(api.database, api.settings).run_imports() == 1
    second = (await api.get("street", f"/api/v1/imports/{again.json()['id']}")).json()
    assert (second["created"], second["unchanged"]) == (0, 120)
    assert await _count(api, residents) == before + 120
    async with api.session() as session:
        stored = await session.get(ImportJob, job_id)
        assert stored is not None and stored.content_sha256 == hashlib.sha256(content.encode()).hexdigest()


async def test_two_imports_of_the_same_rolls_at_once_enrol_each_person_once(api, server):
    """Existing rolls (``POST /benefit-enrolments/import``, rows as JSON): the same rows twice at
    once. One import enrols them; the other waits for it (imports of a program run one at a time)
    and skips every row as already enrolled, the answer a repeated import always gets (201). Before
    that, the second import could read the enrolled set before the first committed and then find
    the people enrolled halfway: a 422 calling them ineligible, or a 409 from the index."""
    programs = await program_ids(api)
    award = programs["one_child_award"]
    set_today(api, SERVER_TODAY)
    rows = []
    for year in (1984, 1985, 1986):
        family_id = await new_family(
            api, mother_birth=date(year, 5, 5), certificate=True, children=[child("2012-03-03")]
        )
        async with api.session() as session:
            family = await session.get(Family, family_id)
            assert family is not None
            rows.append(
                {
                    "family_id": family_id,
                    "beneficiary_id": family.wife_id,
                    "approval_document_no": "渝独奖〔2016〕12号",
                    "approved_on": "2016-04-01",
                    "starts_on": "2016-04-01",
                    "paid_through": "2019-05",
                }
            )
    mothers = [r["beneficiary_id"] for r in rows]
    imported = (
        select(func.count()).select_from(AuditEvent).where(AuditEvent.action == "benefit_enrolment.imported")
    )
    audits_before = await _count(api, imported)

    answers = await server.twice(
        "/api/v1/benefit-enrolments/import",
        json={"program_id": award, "rows": rows},
        headers=await server.token("street"),
    )
    assert [r.status_code for r in answers] == [201, 201], [(r.status_code, r.text) for r in answers]
    bodies = sorted((r.json() for r in answers), key=lambda b: len(b["created"]), reverse=True)
    assert sorted(e["beneficiary_id"] for e in bodies[0]["created"]) == sorted(mothers)
    assert bodies[1]["created"] == [] and sorted(s["beneficiary_id"] for s in bodies[1]["skipped"]) == sorted(
        mothers
    )

    enrolled = select(func.count()).where(
        Enrolment.program_id == award, Enrolment.beneficiary_id.in_(mothers)
    )
    assert await _count(api, enrolled) == 3
    assert await _count(api, imported) == audits_before + 3
