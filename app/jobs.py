"""Scheduled jobs the worker runs: what used to wait for a manual call once its day has come.

Each job takes a session and "today" (``app.clock.local_today()``, which tests set), does its work
idempotently (running it twice in a day changes nothing the second time) and returns how many things
it handled. The worker runs every job in its own transaction, at start and then every
``JOB_INTERVAL_SECONDS``; with several workers the jobs lock their rows with
SKIP LOCKED, so nothing is done twice.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import date

from sqlalchemy import exists, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.authz import PERMISSIONS, Principal, Role
from app.models.benefits.enrolment import ReverificationRound, RoundStatus
from app.models.core.org import Org, OrgKind
from app.models.migrants.migrant import Migrant
from app.models.migrants.service import MigrantService, PublicServiceKind, ServiceSource
from app.models.quality.screening import Screening
from app.models.quality.stock import Dispensation
from app.services.benefits.reminders import remind_reverification
from app.services.benefits.reverification import close_round
from app.services.core import working_days
from app.services.grassroots.feedback_escalation import escalate_overdue
from app.services.migrants.exchange import notice_overdue
from app.services.migrants.migrants import remind_overdue_certificates
from app.services.quality.reminders import remind_referrals
from app.services.sync.retention import prune_changes

Job = Callable[[AsyncSession, date], Awaitable[int]]
JOB_INTERVAL_SECONDS = 300.0
SYSTEM_USERNAME = "system:worker"


def system_principal(org: Org, role: Role) -> Principal:
    """The worker acting for ``org`` (audited as ``system:worker``, actor id 0)."""
    return Principal(
        user_id=0,
        username=SYSTEM_USERNAME,
        role=role,
        org_id=org.id,
        org_kind=OrgKind(org.kind),
        org_path=org.path,
        session_id="worker",
        permissions=PERMISSIONS[role],
    )


async def close_reverification_rounds(session: AsyncSession, today: date) -> int:
    """年审: a round still open after its deadline is closed; unconfirmed enrolments are suspended."""
    rounds = (
        await session.execute(
            select(ReverificationRound, Org)
            .join(Org, Org.id == ReverificationRound.street_id)
            .where(ReverificationRound.status == RoundStatus.open, ReverificationRound.deadline < today)
            .with_for_update(skip_locked=True, of=ReverificationRound)
        )
    ).all()
    for round_, street in rounds:
        await close_round(session, system_principal(street, Role.street_admin), round_.id, today)
    return len(rounds)


async def link_quality_services(session: AsyncSession, today: date) -> int:
    """Equal services not typed twice: screenings count as family planning services, dispensations to
    a known person as free contraceptives, for migrants from their arrival on."""
    added = 0
    for kind, source, table, day_column in (
        (PublicServiceKind.family_planning, ServiceSource.screening, Screening, Screening.screened_on),
        (
            PublicServiceKind.contraceptives,
            ServiceSource.dispensation,
            Dispensation,
            Dispensation.dispensed_on,
        ),
    ):
        already = exists().where(
            MigrantService.migrant_id == Migrant.id,
            MigrantService.kind == kind,
            MigrantService.delivered_on == day_column,
        )
        rows = (
            await session.execute(
                select(Migrant.id, day_column)
                .join(table, table.resident_id == Migrant.resident_id)
                .where(day_column >= Migrant.arrival_date, day_column <= today, ~already)
                .distinct()
            )
        ).all()
        for migrant_id, day in rows:
            session.add(MigrantService(migrant_id=migrant_id, kind=kind, delivered_on=day, source=source))
        added += len(rows)
    await session.flush()
    return added


async def escalate_overdue_feedback(session: AsyncSession, today: date) -> int:
    """Task 8: an open complaint or suggestion past its deadline goes up to the street (上报街道) on
    the day after, without waiting for someone to run the street's sweep."""
    return len(await escalate_overdue(session, None, today))


JOBS: dict[str, Job] = {
    # first: a year loaded from the package settles provisional deadlines before other jobs judge them
    "calendar_years": working_days.load_known_years,
    "exchange_overdue": notice_overdue,
    "feedback_escalations": escalate_overdue_feedback,
    "migrant_service_links": link_quality_services,
    "migrant_certificate_reminders": remind_overdue_certificates,
    "reverification_close": close_reverification_rounds,
    # after the closing: a closed round reminds nobody
    "reverification_reminders": remind_reverification,
    "referral_reminders": remind_referrals,
    "sync_changes_prune": prune_changes,
}
