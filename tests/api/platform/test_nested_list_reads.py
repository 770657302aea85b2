"""A point's stock thresholds and a program's standards on the fast read path (``Related.of``):
for every demo caller and every point or program, the rows the scoped ORM query gives, in its
order (product; effective month), or 404 for a parent outside the caller's scope; and the lane
answers as FastAPI does."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import select

from app.models.benefits.benefit import BenefitProgram, ProgramStandard
from app.models.quality.contraceptive import DistributionPoint, StockThreshold
from app.schemas.benefits.benefit import StandardRead
from app.schemas.quality.contraceptive import ThresholdRead
from app.services.benefits.scope import program_scope
from app.services.quality.scope import point_scope
from tests.api.read_helpers import lane_answers_as_fastapi, principal_of
from tests.conftest import Api

pytestmark = pytest.mark.asyncio
CALLERS = ["community-a", "community-b", "street", "unit", "district", "street-officer"]
NESTED = {
    # name: (parent model, its scope, child model, key, order, schema, path, 404 detail)
    "thresholds": (
        DistributionPoint, point_scope, StockThreshold, StockThreshold.point_id, StockThreshold.product_id,
        ThresholdRead, "/api/v1/distribution-points/{}/thresholds", "Distribution point not found",
    ),
    "standards": (
        BenefitProgram, program_scope, ProgramStandard, ProgramStandard.program_id,
        ProgramStandard.effective_from, StandardRead, "/api/v1/benefit-programs/{}/standards",
        "Benefit program not found",
    ),
}  # fmt: skip


@pytest.fixture(autouse=True)
async def earlier_standards(api):
    """The district gives each program an earlier standard (the demo holds one per program):
    added last, it is listed first, so the lists compared are not in id order. The module shares
    one database: the first test adds them, the others find them."""
    async with api.session() as session:
        programs = list((await session.execute(select(BenefitProgram.id))).scalars())
        counted = (await session.execute(select(ProgramStandard.program_id))).scalars().all()
    for program_id in programs:
        if counted.count(program_id) < 2:
            body = {"effective_from": "2001-01", "amount_fen": 9_000_000, "basis_document": "测试"}
            answer = await api.post("district", f"/api/v1/benefit-programs/{program_id}/standards", body)
            assert answer.status_code == 201, answer.text


async def _expected(api: Api, username: str, name: str) -> tuple[dict[int, list[dict]], set[int]]:
    """Every parent's rows through the schema, ordered as the session path ordered them; and the
    parents the caller's scope holds."""
    parent, scope, child, key, order, schema, _, _ = NESTED[name]
    principal = await principal_of(api, username)
    async with api.session() as session:
        parents = list((await session.execute(select(parent.id).order_by(parent.id))).scalars())
        seen = set((await session.execute(select(parent.id).where(scope(principal)))).scalars())
        rows = (await session.execute(select(child).order_by(key, order))).scalars().all()
    expected: dict[int, list[dict]] = {parent_id: [] for parent_id in parents}
    for row in rows:
        expected[getattr(row, key.key)].append(schema.model_validate(row).model_dump(mode="json"))
    return expected, seen


@pytest.mark.parametrize("name", sorted(NESTED))
@pytest.mark.parametrize("username", CALLERS)
async def test_nested_lists_show_what_the_session_path_showed(api, username, name):
    expected, seen = await _expected(api, username, name)
    path, missing = NESTED[name][6], NESTED[name][7]
    permitted = (await api.get(username, path.format(next(iter(expected))))).status_code != 403
    for parent_id, rows in expected.items():
        response = await api.get(username, path.format(parent_id))
        if not permitted:
            assert response.status_code == 403, (parent_id, response.text)
        elif parent_id in seen:
            assert response.status_code == 200, (parent_id, response.text)
            assert response.headers["content-type"] == "application/json"
            assert response.json() == rows
        else:
            assert response.status_code == 404, (parent_id, response.text)
            assert response.json()["detail"] == missing


@pytest.mark.parametrize("name", sorted(NESTED))
async def test_the_comparison_has_rows(api, name):
    """The street sees parents with several rows, so the comparison above checks order, not
    just empty lists."""
    expected, seen = await _expected(api, "street", name)
    assert any(len(expected[parent_id]) >= 2 for parent_id in seen), name


async def test_the_lane_and_fastapi_answer_alike(api):
    cases: list[tuple[str | None, str, dict[str, Any]]] = []
    for name, spec in NESTED.items():
        expected, _ = await _expected(api, "street", name)
        first, last = min(expected), max(expected)
        for parent_id in (first, last, last + 1, 0, "abc", 2**63):
            for user in ("community-a", "street", "unit"):
                cases.append((user, spec[6].format(parent_id), {}))
        cases.append((None, spec[6].format(first), {}))
    assert {200, 401, 404, 422} <= await lane_answers_as_fastapi(api, cases)
