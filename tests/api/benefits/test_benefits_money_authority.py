"""Who may write on money (issue 23): every money endpoint × every demo role, on a district-paid, a
street-paid and a unit-paid batch (and recovery), answers what the one table in
``app/services/benefits/money_authority.py`` says; a refused write leaves the batch's or recovery's
totals, statuses and lines as they were and audits nothing. The street officer's bank answer on a
district-paid batch (200 before the fix, the total fell) is one cell of the walk."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from datetime import date
from typing import Any

import pytest
from sqlalchemy import func, select

from app import clock
from app.authz import PERMISSIONS, Role
from app.models.benefits.benefit import BenefitProgram
from app.models.benefits.enrolment import Enrolment
from app.models.benefits.payment import PaymentBatch, PaymentLine
from app.models.benefits.recovery import Recovery, RecoverySettlement, RecoveryStatus
from app.models.core.audit import AuditEvent
from app.models.core.family import Family
from app.models.core.org import Org
from app.services.benefits.money_authority import MONEY_AUTHORITY, Relation
from tests.api.benefits.benefit_helpers import set_today
from tests.conftest import Api
from tests.demo_ids import org_ids

pytestmark = pytest.mark.asyncio

TODAY = date(2025, 6, 30)
ROLES = {
    "district": Role.district_officer,
    "street": Role.street_admin,
    "street-officer": Role.street_officer,
    "community-a": Role.community_officer,
    "community-b": Role.community_officer,
    "unit": Role.unit_liaison,
    "integration": Role.district_integration,
}
# The org each demo account belongs to (README "Demo accounts").
ORG_OF = {
    "district": "district",
    "street": "street",
    "street-officer": "street",
    "community-a": "community-a",
    "community-b": "community-b",
    "unit": "unit",
    "integration": "district",
}
# kind → (program, payer org, who generates, who marks paid in the set-up)
KINDS = {
    "district-paid": ("special_support_death", "district", "street", "district"),
    "street-paid": ("street_special_assistance", "street", "street", "street"),
    "unit-paid": ("one_child_award", "unit", "unit", "unit"),
}
EVERYONE_ABOVE_STREET = {"district", "street", "street-officer"}
# Who gets a 200 (201), written by hand from the rules in docs/benefits.md; the walk checks that the
# table says the same and that the API does.
ALLOWED: dict[tuple[str, str], set[str]] = {
    **{("generate", k): EVERYONE_ABOVE_STREET for k in ("district-paid", "street-paid")},
    ("generate", "unit-paid"): EVERYONE_ABOVE_STREET | {"unit"},
    **{("street_approve", k): {"street", "street-officer"} for k in KINDS},
    ("district_approve", "district-paid"): {"district"},
    **{
        (a, "district-paid"): {"district"}
        for a in ("mark_paid", "record_bank_answers", "refund", "write_off")
    },
    **{(a, "street-paid"): EVERYONE_ABOVE_STREET for a in ("mark_paid", "record_bank_answers", "refund")},
    ("write_off", "street-paid"): EVERYONE_ABOVE_STREET,
    **{
        (a, "unit-paid"): EVERYONE_ABOVE_STREET | {"unit"}
        for a in ("mark_paid", "record_bank_answers", "refund")
    },
    ("write_off", "unit-paid"): EVERYONE_ABOVE_STREET,  # a unit holds no recoveries:write-off
}
# The cells of the walk: district approval happens only on district-paid batches.
CELLS = [(a, k) for a in MONEY_AUTHORITY for k in KINDS if a != "district_approve" or k == "district-paid"]
ROUTE_PERMISSION = {"street_approve": "benefits:read", "district_approve": "benefits:read"}  # one route


@pytest.fixture(autouse=True)
def _real_clock_afterwards() -> Iterator[None]:
    yield
    clock.set_today(None)


class World:
    """Enrolments of each kind in community A, fresh periods, batches brought to a state."""

    def __init__(self, api: Api, orgs: dict[str, int], programs: dict[str, int]) -> None:
        self.api, self.orgs, self.programs = api, orgs, programs
        months = [f"{y}-{m:02d}" for y in range(2019, 2025) for m in range(1, 13)]
        self.periods = {kind: iter(months) for kind in KINDS}
        self.enrolments: dict[str, list[int]] = {}
        self.paths: dict[str, str] = {}

    def body(self, kind: str) -> dict[str, Any]:
        program, payer, _, _ = KINDS[kind]
        return {
            "program_id": self.programs[program],
            "period": next(self.periods[kind]),
            "street_id": self.orgs["street"],
            "payer_org_id": self.orgs[payer],
        }

    async def batch(self, kind: str, state: str) -> int:
        _, _, generator, payer = KINDS[kind]
        made = await self.api.post(generator, "/api/v1/payment-batches", self.body(kind))
        assert made.status_code == 201, made.text
        batch_id = int(made.json()["id"])
        steps = {"generated": 0, "street_approved": 1, "approved": 2, "paid": 3}[state]
        if steps >= 1:
            ok = await self.api.post("street", f"/api/v1/payment-batches/{batch_id}/approve")
            assert ok.status_code == 200, ok.text
        if steps >= 2 and ok.json()["status"] == "street_approved":
            ok = await self.api.post("district", f"/api/v1/payment-batches/{batch_id}/approve")
            assert ok.status_code == 200, ok.text
        if steps >= 3:
            ok = await self.api.post(payer, f"/api/v1/payment-batches/{batch_id}/mark-paid")
            assert ok.status_code == 200, ok.text
        return batch_id

    async def recovery(self, kind: str) -> int:
        program, payer, _, _ = KINDS[kind]
        async with self.api.session() as session:
            enrolment = await session.get(Enrolment, self.enrolments[kind][0])
            assert enrolment is not None
            recovery = Recovery(
                enrolment_id=enrolment.id,
                program_id=enrolment.program_id,
                beneficiary_id=enrolment.beneficiary_id,
                community_id=enrolment.community_id,
                unit_id=enrolment.unit_id,
                street_id=enrolment.street_id,
                payer_org_id=enrolment.payer_org_id,
                event_date=date(2019, 6, 20),
                reason="deceased on 2019-06-20 (recorded late)",
                found_on=TODAY,
                total_fen=90000,
                refunded_fen=0,
                written_off_fen=0,
                status=RecoveryStatus.open,
            )
            session.add(recovery)
            await session.commit()
            return recovery.id


_WORLDS: dict[str, World] = {}


async def _world(api: Api) -> World:
    """One set-up per module database; every cell takes fresh periods from it."""
    set_today(api, TODAY)
    clock.set_today(TODAY)
    if api.url not in _WORLDS:
        _WORLDS[api.url] = await _seed(api)
    return _WORLDS[api.url]


async def _seed(api: Api) -> World:
    orgs = await org_ids(api)
    async with api.session() as session:
        programs = dict((await session.execute(select(BenefitProgram.code, BenefitProgram.id))).all())
        world = World(api, orgs, programs)
        world.paths = {key: (await session.get(Org, org_id)).path for key, org_id in orgs.items()}
        families = (
            (
                await session.execute(
                    select(Family)
                    .where(Family.community_id == orgs["community-a"], Family.wife_id.is_not(None))
                    .order_by(Family.id.desc())
                    .limit(15)
                )
            )
            .scalars()
            .all()
        )
        assert len(families) == 15
        for index, kind in enumerate(KINDS):
            program, payer, _, _ = KINDS[kind]
            amount = (await session.get(BenefitProgram, programs[program])).amount_fen
            rows = [
                Enrolment(
                    program_id=programs[program],
                    family_id=family.id,
                    beneficiary_id=family.wife_id,
                    community_id=orgs["community-a"],
                    unit_id=orgs["unit"] if payer == "unit" else None,
                    street_id=orgs["street"],
                    payer_org_id=orgs[payer],
                    amount_fen=amount,
                    starts_on=date(2019, 1, 1),
                )
                for family in families[index * 5 : index * 5 + 5]
            ]
            session.add_all(rows)
            await session.flush()
            world.enrolments[kind] = [e.id for e in rows]
        await session.commit()
    return world


def table_allows(action: str, role: str, kind: str, paths: dict[str, str]) -> bool:
    """What the table says, for a demo role on a batch (or recovery) of this kind in the first street."""
    authority = MONEY_AUTHORITY[action]
    if authority.permission not in PERMISSIONS[ROLES[role]]:
        return False
    mine, street, payer = paths[ORG_OF[role]], paths["street"], paths[KINDS[kind][1]]
    if action == "generate" and ORG_OF[role] == "unit" and KINDS[kind][1] != "unit":
        return False  # a unit generates only the programs it pays
    return {
        Relation.payer_or_above: payer.startswith(mine),
        Relation.street: mine == street,
        Relation.above_street: street.startswith(mine) and mine != street,
        Relation.street_or_above_or_payer: street.startswith(mine) or mine == payer,
    }[authority.relation]


def refused_status(action: str, role: str, kind: str) -> int:
    """403 without the route's permission; 404 where the object is out of the caller's read scope;
    403 otherwise (the table refuses)."""
    route = ROUTE_PERMISSION.get(action, MONEY_AUTHORITY[action].permission)
    if route not in PERMISSIONS[ROLES[role]]:
        return 403
    org = ORG_OF[role]
    if action == "generate":
        return 403
    if action in ("refund", "write_off"):  # a recovery: its community's or unit's (case scope)
        visible = org in ("district", "street", "community-a") or (org == "unit" and kind == "unit-paid")
    else:  # a batch: its street's and above; a unit sees the batches it pays
        visible = org in ("district", "street") or (org == "unit" and kind == "unit-paid")
    return 403 if visible else 404


async def test_the_hand_written_expectations_are_the_table() -> None:
    paths = {
        "district": "/1/",
        "street": "/1/2/",
        "community-a": "/1/2/3/",
        "community-b": "/1/2/4/",
        "unit": "/1/2/5/",
    }
    assert {a for a, _ in ALLOWED} == set(MONEY_AUTHORITY)
    for action, kind in CELLS:
        by_table = {role for role in ROLES if table_allows(action, role, kind, paths)}
        assert by_table == ALLOWED[(action, kind)], (action, kind)


async def _batch_state(api: Api, batch_id: int) -> tuple[Any, ...]:
    async with api.session() as session:
        batch = await session.get(PaymentBatch, batch_id)
        assert batch is not None
        lines = (
            await session.execute(
                select(PaymentLine.id, PaymentLine.status, PaymentLine.reason)
                .where(PaymentLine.batch_id == batch_id)
                .order_by(PaymentLine.id)
            )
        ).all()
        audits = await _audits(session, "payment_batch", batch_id)
        return (batch.status, batch.total_fen, batch.line_count, batch.version, tuple(lines), audits)


async def _recovery_state(api: Api, recovery_id: int) -> tuple[Any, ...]:
    async with api.session() as session:
        recovery = await session.get(Recovery, recovery_id)
        assert recovery is not None
        settlements = (
            await session.execute(select(func.count()).where(RecoverySettlement.recovery_id == recovery_id))
        ).scalar_one()
        audits = await _audits(session, "benefit_recovery", recovery_id)
        return (
            recovery.status,
            recovery.refunded_fen,
            recovery.written_off_fen,
            recovery.version,
            settlements,
            audits,
        )


async def _audits(session: Any, object_type: str, object_id: int) -> int:
    return int(
        (
            await session.execute(
                select(func.count()).where(
                    AuditEvent.object_type == object_type, AuditEvent.object_id == str(object_id)
                )
            )
        ).scalar_one()
    )


async def _batches_of(api: Api, program_id: int) -> int:
    async with api.session() as session:
        return int(
            (
                await session.execute(select(func.count()).where(PaymentBatch.program_id == program_id))
            ).scalar_one()
        )


SOURCE_STATE = {
    "street_approve": "generated",
    "district_approve": "street_approved",
    "mark_paid": "approved",
    "record_bank_answers": "paid",
}
STEP_PATH = {
    "street_approve": "approve",
    "district_approve": "approve",
    "mark_paid": "mark-paid",
    "record_bank_answers": "bank-answers",
    "refund": "refunds",
    "write_off": "write-off",
}


@pytest.mark.parametrize(("action", "kind"), CELLS, ids=[f"{a}-{k}" for a, k in CELLS])
async def test_every_role_on_every_money_write(api: Api, action: str, kind: str) -> None:
    world = await _world(api)
    allowed = ALLOWED[(action, kind)]
    assert {r for r in ROLES if table_allows(action, r, kind, world.paths)} == allowed
    refused = [r for r in ROLES if r not in allowed]
    outcomes: dict[str, int] = {}

    if action == "generate":
        program_id = world.programs[KINDS[kind][0]]
        for role in ROLES:
            before = await _batches_of(api, program_id)
            response = await api.post(role, "/api/v1/payment-batches", world.body(kind))
            outcomes[role] = response.status_code
            if role in refused:
                assert await _batches_of(api, program_id) == before, role
        expected = {r: 201 if r in allowed else refused_status(action, r, kind) for r in ROLES}
        assert outcomes == expected
        return

    recovery = action in ("refund", "write_off")
    target = await (world.recovery(kind) if recovery else world.batch(kind, SOURCE_STATE[action]))
    url = f"/api/v1/{'benefit-recoveries' if recovery else 'payment-batches'}/{target}/{STEP_PATH[action]}"
    state = _recovery_state if recovery else _batch_state
    lines: list[int] = []
    if action == "record_bank_answers":
        async with api.session() as session:
            lines = list(
                (
                    await session.execute(
                        select(PaymentLine.id)
                        .where(PaymentLine.batch_id == target, PaymentLine.status == "paid")
                        .order_by(PaymentLine.id)
                    )
                ).scalars()
            )
        assert len(lines) > len(allowed)
    spare = itertools.count(1)

    def body(role: str) -> dict[str, Any] | None:
        if action == "record_bank_answers":
            # refused roles try the attack on the first line; each allowed role returns its own line
            line = lines[0] if role in refused else lines[next(spare)]
            return {"lines": [{"line_id": line, "result": "returned", "reason": "账户已销户"}]}
        if action == "refund":
            return {"amount_fen": 100, "refunded_on": "2025-06-01", "reference": f"退款-{role}"}
        if action == "write_off":
            return {"reason": "当事人已故，无遗产可供追回"}
        return None

    for role in refused:
        before = await state(api, target)
        response = await api.post(role, url, body(role))
        outcomes[role] = response.status_code
        assert await state(api, target) == before, (role, response.text)
    for number, role in enumerate(sorted(allowed)):
        # a step that moves the object on (approve, mark paid, write off) gets a fresh one per role
        if number and action not in ("record_bank_answers", "refund"):
            target = await (world.recovery(kind) if recovery else world.batch(kind, SOURCE_STATE[action]))
            url = url.rsplit("/", 2)[0] + f"/{target}/{STEP_PATH[action]}"
        before = await state(api, target)
        response = await api.post(role, url, body(role))
        outcomes[role] = response.status_code
        assert response.status_code == 200, (role, response.text)
        assert await state(api, target) != before
    expected = {r: 200 if r in allowed else refused_status(action, r, kind) for r in ROLES}
    assert outcomes == expected
