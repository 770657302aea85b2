"""Benefit programs, applications and enrolments on the fast read path (app/services/benefits/
program_reads.py, application_reads.py, enrolment_reads.py) show exactly what the session path
showed: for every demo caller the same rows in the same pages (applications newest first), for every
filter the same rows, the same single reads with their ETag (404 outside the caller's scope), and
the enrolments' change feed unchanged. The previous implementation's queries are copied here."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

import pytest
import pytest_asyncio
from sqlalchemy import Select, literal, or_, select

from app.authz import Principal, case_scope, in_subtree
from app.clock import local_today
from app.models.benefits.benefit import (
    ApplicationReview,
    ApplicationStatus,
    BenefitApplication,
    BenefitProgram,
)
from app.models.benefits.enrolment import Enrolment, EnrolmentStatus
from app.models.benefits.recovery import Recovery
from app.models.core.org import Org, OrgKind
from app.schemas.benefits.benefit import ApplicationDetail, BenefitProgramRead, ReviewRead
from app.schemas.benefits.benefit_ops import EnrolmentDetail
from app.schemas.benefits.recovery import RecoveryRead
from app.services.benefits import enrolment_views
from app.services.benefits import enrolments as enrolment_service
from app.services.benefits.recoveries import outstanding_fen
from app.services.core.loading import date_range
from tests.api.benefits.benefit_read_helpers import populate
from tests.api.read_helpers import principal_of, walk
from tests.conftest import Api

pytestmark = pytest.mark.asyncio
CALLERS = ["community-a", "community-b", "street", "street-officer", "unit", "district"]
PROGRAMS, APPLICATIONS, ENROLMENTS = (
    "/api/v1/benefit-programs",
    "/api/v1/benefit-applications",
    "/api/v1/benefit-enrolments",
)


@pytest_asyncio.fixture(scope="module")
async def built(api: Api) -> dict[str, Any]:
    return await populate(api)


# The previous implementation: app/services/benefits/programs.list_programs / get_program,
# applications.list_applications / get_application (+ get_reviews), enrolments.list_enrolments /
# get_enrolment with enrolment_views.to_reads for list rows: ORM queries in a session.


def _old_program_scope(principal: Principal) -> Any:
    owner_path = select(Org.path).where(Org.id == BenefitProgram.owner_org_id).scalar_subquery()
    return or_(literal(principal.org_path).startswith(owner_path), in_subtree(owner_path, principal))


def _old_programs(principal: Principal, open_for_applications: str | None = None) -> Select[Any]:
    stmt = select(BenefitProgram).where(_old_program_scope(principal))
    if open_for_applications is not None:
        stmt = stmt.where(BenefitProgram.open_for_applications.is_(open_for_applications == "true"))
    return stmt.order_by(BenefitProgram.id)


def _old_applications(
    principal: Principal,
    status: str | None = None,
    program_id: int | None = None,
    community_id: int | None = None,
    family_id: int | None = None,
    submitted_from: str | None = None,
    submitted_to: str | None = None,
) -> Select[Any]:
    start = date.fromisoformat(submitted_from) if submitted_from else None
    end = date.fromisoformat(submitted_to) if submitted_to else None
    stmt = select(BenefitApplication).where(
        case_scope(BenefitApplication.community_id, BenefitApplication.unit_id, principal)
    )
    stmt = stmt.where(*date_range(BenefitApplication.submitted_at, start, end, "submitted", instant=True))
    if status is not None:
        stmt = stmt.where(BenefitApplication.status == ApplicationStatus(status))
    if program_id is not None:
        stmt = stmt.where(BenefitApplication.program_id == program_id)
    if community_id is not None:
        stmt = stmt.where(BenefitApplication.community_id == community_id)
    if family_id is not None:
        stmt = stmt.where(BenefitApplication.family_id == family_id)
    return stmt.order_by(BenefitApplication.id.desc())


def _old_enrolments(
    principal: Principal,
    program_id: int | None = None,
    status: str | None = None,
    community_id: int | None = None,
    family_id: int | None = None,
    needs_review: str | None = None,
) -> Select[Any]:
    stmt = select(Enrolment).where(case_scope(Enrolment.community_id, Enrolment.unit_id, principal))
    if program_id is not None:
        stmt = stmt.where(Enrolment.program_id == program_id)
    if status is not None:
        stmt = stmt.where(Enrolment.status == EnrolmentStatus(status))
    if community_id is not None:
        stmt = stmt.where(Enrolment.community_id == community_id)
    if family_id is not None:
        stmt = stmt.where(Enrolment.family_id == family_id)
    if needs_review is not None:
        stmt = stmt.where(Enrolment.needs_review.is_(needs_review == "true"))
    return stmt.order_by(Enrolment.id)


async def _expected(api: Api, path: str, principal: Principal, **filters: Any) -> list[dict]:
    async with api.session() as session:
        if path == PROGRAMS:
            rows = (await session.execute(_old_programs(principal, **filters))).scalars().all()
            return [BenefitProgramRead.model_validate(r).model_dump(mode="json") for r in rows]
        if path == APPLICATIONS:
            rows = (await session.execute(_old_applications(principal, **filters))).scalars().all()
            return [
                ApplicationDetail.model_validate(r).model_dump(mode="json", exclude={"reviews"}) for r in rows
            ]
        rows = (await session.execute(_old_enrolments(principal, **filters))).scalars().all()
        return [r.model_dump(mode="json") for r in await enrolment_views.to_reads(session, rows)]


async def _old_single(api: Api, path: str, row_id: int) -> dict:
    async with api.session() as session:
        if path == PROGRAMS:
            return BenefitProgramRead.model_validate(await session.get(BenefitProgram, row_id)).model_dump(
                mode="json"
            )
        if path == APPLICATIONS:
            detail = ApplicationDetail.model_validate(await session.get(BenefitApplication, row_id))
            reviews = await session.execute(
                select(ApplicationReview)
                .where(ApplicationReview.application_id == row_id)
                .order_by(ApplicationReview.id)
            )
            detail.reviews = [ReviewRead.model_validate(r) for r in reviews.scalars()]
            return detail.model_dump(mode="json")
        enrolment = await session.get(Enrolment, row_id)
        detail = EnrolmentDetail.model_validate(enrolment)
        # Since issue 22 the single read adds the standard in force today (the program's amount,
        # kept equal to it) and the enrolment's overpayments to recover (none in this data unless found).
        program = await session.get(BenefitProgram, enrolment.program_id)
        detail.amount_in_force_fen = program.amount_fen
        recoveries = await session.execute(
            select(Recovery).where(Recovery.enrolment_id == row_id).order_by(Recovery.id)
        )
        detail.recoveries = [
            RecoveryRead.model_validate({**r.__dict__, "outstanding_fen": outstanding_fen(r)})
            for r in recoveries.scalars()
        ]
        return detail.model_dump(mode="json")


MODELS = {PROGRAMS: BenefitProgram, APPLICATIONS: BenefitApplication, ENROLMENTS: Enrolment}
LABELS = {PROGRAMS: "Benefit program", APPLICATIONS: "Benefit application", ENROLMENTS: "Enrolment"}


async def _column(api: Api, column: Any) -> list[Any]:
    async with api.session() as session:
        return sorted(set((await session.execute(select(column))).scalars().all()))


async def _compare(api: Api, username: str, path: str, cases: list[dict[str, Any]]) -> int:
    """Each filter case walked in pages of 2 against the old query; how many cases had rows."""
    principal = await principal_of(api, username)
    nonempty = 0
    for filters in cases:
        expected = await _expected(api, path, principal, **filters)
        assert (await walk(api, username, path, 2, **filters))[0] == expected, filters
        nonempty += bool(expected)
    return nonempty


@pytest.mark.parametrize("path", [PROGRAMS, APPLICATIONS, ENROLMENTS])
@pytest.mark.parametrize("username", CALLERS)
async def test_each_caller_sees_the_same_pages_as_before(api, built, username, path):
    principal = await principal_of(api, username)
    if not principal.can("benefits:read"):
        for params in ({}, {"limit": 2}):
            assert (await api.get(username, path, params=params)).status_code == 403
        return
    expected = await _expected(api, path, principal)
    if (
        principal.org_kind in (OrgKind.street, OrgKind.district)
        or path == PROGRAMS
        or username == "community-a"
    ):
        assert expected, "the built rows give this caller some"
    for limit in (1, 2, 3):
        items, pages = await walk(api, username, path, limit)
        assert items == expected
        assert pages == max(1, -(-len(expected) // limit))


@pytest.mark.parametrize("username", CALLERS)
async def test_filters_give_the_same_rows_as_before(api, built, username):
    principal = await principal_of(api, username)
    if not principal.can("benefits:read"):
        return
    communities = [built["orgs"]["community-a"], built["orgs"]["community-b"], built["orgs"]["community-c"]]
    programs = sorted(built["programs"].values())
    found = await _compare(api, username, PROGRAMS, [{"open_for_applications": v} for v in ("true", "false")])
    assert found >= 1
    cases: list[dict[str, Any]] = [{"status": s.value} for s in ApplicationStatus]
    cases += [{"program_id": p} for p in programs] + [{"community_id": c} for c in communities]
    cases += [{"family_id": f} for f in await _column(api, BenefitApplication.family_id)]
    today = local_today().isoformat()
    cases += [
        {"submitted_from": "2000-01-01"},
        {"submitted_to": "2000-01-01"},
        {"submitted_to": "2100-01-01"},
    ]
    cases += [{"submitted_from": today, "submitted_to": today, "status": "in_notice"}]
    found = await _compare(api, username, APPLICATIONS, cases)
    assert found >= (5 if principal.org_kind is not OrgKind.unit and username != "community-b" else 0)
    cases = [{"status": s.value} for s in EnrolmentStatus] + [{"needs_review": v} for v in ("true", "false")]
    cases += [{"program_id": p} for p in programs] + [{"community_id": c} for c in communities]
    cases += [{"family_id": f} for f in (await _column(api, Enrolment.family_id))[:4]]
    cases += [{"status": "active", "needs_review": "false", "community_id": communities[0]}]
    found = await _compare(api, username, ENROLMENTS, cases)
    assert found >= (5 if principal.org_kind is not OrgKind.unit else 0)


async def test_a_range_that_ends_before_it_starts_is_the_same_problem(api, built):
    params = {"submitted_from": "2020-01-02", "submitted_to": "2020-01-01"}
    response = await api.get("community-a", APPLICATIONS, params=params)
    assert response.status_code == 422
    assert response.json()["detail"] == "submitted_from is after submitted_to"


@pytest.mark.parametrize("path", [PROGRAMS, APPLICATIONS, ENROLMENTS])
@pytest.mark.parametrize("username", CALLERS)
async def test_single_reads_are_the_old_reads_with_etag_and_404_outside_the_scope(api, built, username, path):
    principal = await principal_of(api, username)
    ids = await _column(api, MODELS[path].id)
    if not principal.can("benefits:read"):
        assert (await api.get(username, f"{path}/{ids[0]}")).status_code == 403
        return
    visible = {row["id"] for row in await _expected(api, path, principal)}
    for row_id in [*ids, max(ids) + 1000]:
        response = await api.get(username, f"{path}/{row_id}")
        if row_id in visible:
            assert response.status_code == 200, response.text
            body = await _old_single(api, path, row_id)
            assert response.json() == body
            assert response.headers["etag"] == f'"{body["version"]}"'
        else:
            assert response.status_code == 404
            assert response.json()["detail"] == f"{LABELS[path]} not found"
    if username == "community-b" and path != PROGRAMS:
        assert set(ids) - visible, "community-b reads no case of community-a"
    if path == APPLICATIONS and username == "community-a":
        detail = (await api.get(username, f"{path}/{built['applications'][0]}")).json()
        assert detail["reviews"], "a reviewed application shows its review"


@pytest.mark.parametrize("username", ["community-a", "street", "district"])
async def test_the_enrolment_change_feed_is_unchanged(api, built, username):
    principal = await principal_of(api, username)
    since = datetime(2000, 1, 1).astimezone()
    for filters in ({}, {"status": "active"}, {"needs_review": "true"}):
        items, _ = await walk(api, username, ENROLMENTS, 2, updated_since="2000-01-01T00:00:00Z", **filters)
        async with api.session() as session:
            rows, _ = await enrolment_service.list_enrolments(
                session,
                principal,
                program_id=None,
                status=EnrolmentStatus(filters["status"]) if "status" in filters else None,
                community_id=None,
                family_id=None,
                needs_review=True if "needs_review" in filters else None,
                limit=1000,
                cursor=None,
                settings=api.settings,
                updated_since=since,
            )
            expected = [r.model_dump(mode="json") for r in await enrolment_views.to_reads(session, rows)]
        assert items == expected and expected, filters
