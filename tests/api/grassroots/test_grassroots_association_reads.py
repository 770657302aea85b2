"""Association branches and members, integrity agreements and demonstration projects on the fast read
path (app/services/grassroots/association_reads.py, demonstration_reads.py) show exactly what the
session path showed: for every demo caller the same rows in the same pages, for every filter the same
rows, the same single reads with their ETag (nested reviews and checklists included), 404 outside
the caller's scope. The previous implementation's queries and read-building are copied here
(app/services/grassroots/association.py and demonstrations.py before the move)."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from sqlalchemy import Select, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.authz import Principal
from app.models.grassroots.association import (
    AssociationBranch,
    AssociationMember,
    IntegrityAgreement,
    IntegrityReview,
)
from app.models.grassroots.demonstration import (
    Demonstration,
    DemonstrationCriterion,
    DemonstrationStatus,
    DemonstrationTheme,
)
from app.schemas.grassroots.association import AgreementRead, AgreementReviewRead, BranchRead, MemberRead
from app.schemas.grassroots.demonstration import DemonstrationCriterionRead, DemonstrationRead
from app.services.grassroots.scope import owned
from tests.api.grassroots.grassroots_read_seed import seed
from tests.api.read_helpers import lane_answers_as_fastapi, principal_of, walk
from tests.conftest import Api

pytestmark = pytest.mark.asyncio
CALLERS = ["community-a", "community-b", "street", "street-officer", "unit", "district"]
BRANCHES, MEMBERS = "/api/v1/association/branches", "/api/v1/association/members"
AGREEMENTS, DEMOS = "/api/v1/integrity-agreements", "/api/v1/demonstrations"
_seeded: set[str] = set()


async def _ready(api: Api) -> None:
    if api.url not in _seeded:
        await seed(api)
        _seeded.add(api.url)


# The previous implementation: ORM queries in a session ordered by id, each row through the schema
# (an agreement with its reviews by year, a project with its checklist by position and totals).


def _old_branches(principal: Principal) -> Select[Any]:
    return select(AssociationBranch).where(owned(AssociationBranch.org_id, principal))


def _old_members(principal: Principal, branch_id: int | None = None) -> Select[Any]:
    stmt = select(AssociationMember).where(owned(AssociationMember.org_id, principal))
    if branch_id is not None:
        stmt = stmt.where(AssociationMember.branch_id == branch_id)
    return stmt


def _old_agreements(
    principal: Principal, family_id: int | None = None, in_force_on: str | None = None
) -> Select[Any]:
    stmt = select(IntegrityAgreement).where(owned(IntegrityAgreement.org_id, principal))
    if family_id is not None:
        stmt = stmt.where(IntegrityAgreement.family_id == family_id)
    if in_force_on is not None:
        day = date.fromisoformat(in_force_on)
        stmt = stmt.where(IntegrityAgreement.signed_on <= day, IntegrityAgreement.ends_on >= day)
    return stmt


def _old_demonstrations(
    principal: Principal, theme: str | None = None, status: str | None = None, year: int | None = None
) -> Select[Any]:
    stmt = select(Demonstration).where(owned(Demonstration.org_id, principal))
    for column, value in (
        (Demonstration.theme, DemonstrationTheme(theme) if theme else None),
        (Demonstration.status, DemonstrationStatus(status) if status else None),
        (Demonstration.year, year),
    ):
        if value is not None:
            stmt = stmt.where(column == value)
    return stmt


async def _agreement_read(session: AsyncSession, agreement: IntegrityAgreement) -> dict:
    reviews = (
        await session.execute(
            select(IntegrityReview)
            .where(IntegrityReview.agreement_id == agreement.id)
            .order_by(IntegrityReview.year)
        )
    ).scalars()
    return AgreementRead.model_validate(
        {
            **{k: getattr(agreement, k) for k in AgreementRead.model_fields if k != "reviews"},
            "reviews": [AgreementReviewRead.model_validate(r) for r in reviews],
        }
    ).model_dump(mode="json")


async def _demonstration_read(session: AsyncSession, demonstration: Demonstration) -> dict:
    criteria = list(
        (
            await session.execute(
                select(DemonstrationCriterion)
                .where(DemonstrationCriterion.demonstration_id == demonstration.id)
                .order_by(DemonstrationCriterion.position)
            )
        ).scalars()
    )

    def total(attr: str) -> int | None:
        scores = [getattr(c, attr) for c in criteria]
        return None if any(s is None for s in scores) else sum(scores)

    return DemonstrationRead(
        id=demonstration.id,
        org_id=demonstration.org_id,
        theme=demonstration.theme,
        year=demonstration.year,
        status=demonstration.status,
        pass_score=demonstration.pass_score,
        self_total=total("self_score"),
        street_total=total("street_score"),
        status_reason=demonstration.status_reason,
        criteria=[DemonstrationCriterionRead.model_validate(c) for c in criteria],
        version=demonstration.version,
    ).model_dump(mode="json")


async def _simple(session: AsyncSession, row: Any, schema: Any) -> dict:
    return dict(schema.model_validate(row).model_dump(mode="json"))


RESOURCES: dict[str, tuple[Any, Any, Any]] = {
    # path: (old query, model, how the old path made a row's answer)
    BRANCHES: (_old_branches, AssociationBranch, lambda s, r: _simple(s, r, BranchRead)),
    MEMBERS: (_old_members, AssociationMember, lambda s, r: _simple(s, r, MemberRead)),
    AGREEMENTS: (_old_agreements, IntegrityAgreement, _agreement_read),
    DEMOS: (_old_demonstrations, Demonstration, _demonstration_read),
}


async def _expected(api: Api, path: str, principal: Principal, **filters: Any) -> list[dict]:
    old, model, answer = RESOURCES[path]
    async with api.session() as session:
        rows = (await session.execute(old(principal, **filters).order_by(model.id))).scalars().all()
        return [await answer(session, row) for row in rows]


async def _all_ids(api: Api, model: Any, column: Any = None) -> list[int]:
    async with api.session() as session:
        return sorted(set((await session.execute(select(column or model.id))).scalars().all()))


@pytest.mark.parametrize("path", list(RESOURCES))
@pytest.mark.parametrize("username", CALLERS)
async def test_each_caller_sees_the_same_pages_as_before(api, username, path):
    await _ready(api)
    expected = await _expected(api, path, await principal_of(api, username))
    if username in ("community-a", "community-b", "street", "district"):
        assert expected, "the demo and the seed give these callers rows"
    for limit in (1, 2, 3):
        items, pages = await walk(api, username, path, limit)
        assert items == expected
        assert pages == max(1, -(-len(expected) // limit))


@pytest.mark.parametrize("username", CALLERS)
async def test_filters_give_the_same_rows_as_before(api, username):
    await _ready(api)
    principal = await principal_of(api, username)
    cases: list[tuple[str, dict[str, Any]]] = [
        (MEMBERS, {"branch_id": i}) for i in [*await _all_ids(api, AssociationBranch), 999]
    ]
    families = await _all_ids(api, IntegrityAgreement, IntegrityAgreement.family_id)
    cases += [(AGREEMENTS, {"family_id": i}) for i in families]
    days = ("2018-06-01", "2019-01-10", "2019-06-01", "2022-01-10", "2022-01-11", "2030-01-01")
    cases += [(AGREEMENTS, {"in_force_on": d}) for d in days]
    cases += [(AGREEMENTS, {"family_id": families[0], "in_force_on": "2019-06-01"})]
    cases += [(DEMOS, {"theme": t.value}) for t in DemonstrationTheme]
    cases += [(DEMOS, {"status": s.value}) for s in DemonstrationStatus]
    cases += [(DEMOS, {"year": y}) for y in (2019, 2020, 2021, 2022)]
    cases += [(DEMOS, {"theme": "floating_population", "status": "assessed", "year": 2019})]
    nonempty = 0
    for path, filters in cases:
        expected = await _expected(api, path, principal, **filters)
        assert (await walk(api, username, path, 2, **filters))[0] == expected, (path, filters)
        nonempty += bool(expected)
    assert nonempty >= (
        10 if username in ("street", "street-officer", "district") else int(username != "unit")
    )


@pytest.mark.parametrize("path", [AGREEMENTS, DEMOS])
@pytest.mark.parametrize("username", CALLERS)
async def test_single_reads_match_and_are_404_out_of_scope(api, username, path):
    await _ready(api)
    label = {AGREEMENTS: "Integrity agreement", DEMOS: "Demonstration"}[path]
    expected = await _expected(api, path, await principal_of(api, username))
    everything = await _all_ids(api, RESOURCES[path][1])
    assert any(row.get("reviews") or row.get("criteria") for row in expected) or username == "unit"
    for row in expected:
        response = await api.get(username, f"{path}/{row['id']}")
        assert response.status_code == 200, response.text
        assert response.json() == row
        assert response.headers["etag"] == f'"{row["version"]}"'
    outside = set(everything) - {row["id"] for row in expected}
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
