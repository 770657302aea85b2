"""Live leadership work (目标管理责任制) and migrants (Task 5) in the street's communities and unit.

Migrants: community A has four (one certificate verified, one overdue, two still within their 30
days), community B three of its own (one certificate submitted) and the unit two employees living in
community B (both verified). Every certificate rate below follows from these records. Six of the
nine gave their registration place down to the township, so the street's information collection
rate is 6 of 9 (the district's book with the street, below).

Books: last year the street signed the same book with community A, community B and the unit, they
reported their reported indicators, and the street evaluated and finalised each at 31 December
(a book that did not pass has a reminder talk on record). This year the street copied community A's
book to all three, made the migrant certificate rate a one-vote veto (一票否决) for community B,
and signed them; progress is computed from the records whatever the day:

* community A is behind plan: one reported indicator not reported yet and a 25% certificate
  rate cap its total below the pass mark (at most 52.5 of 60);
* community B is vetoed: its certificate rate (3 of 5 present) misses the veto target of 90%;
* the unit passes: both certificates verified and its reported indicators met.

Each book's indicators are assigned to named workers, one with a progress note.

The second street (七星岗街道) does the same with its community C, after the first street's work (so
the draws above stay as they were): three migrants, all with certificates (one verified two
hundred days ago, one verified, one submitted), last year's book evaluated and final, this year's
copied from it and signed; community C passes.
"""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import select

from app.demo.live import Live
from app.models.core.resident import Sex
from app.models.leadership.book import BookIndicator, ResponsibilityBook, SignatoryRole
from app.models.leadership.evaluation import AccountabilityKind, EvaluationResult
from app.models.leadership.indicator import Indicator
from app.models.migrants.migrant import Migrant
from app.schemas.leadership.assignment import AssignmentCreate, AssignmentNoteCreate
from app.schemas.leadership.book import (
    BookCopy,
    BookCreate,
    BookIndicatorIn,
    BookSign,
    BookUpdate,
    ReportedValue,
    Signatory,
)
from app.schemas.leadership.progress import AccountabilityCreate, EvaluationCreate
from app.schemas.migrants.migrant import CertificateSubmit, MigrantCreate
from app.services.leadership.assignments import add_note, create_assignment
from app.services.leadership.books import create_book, report_value, sign_book, update_draft
from app.services.leadership.evaluations import create_evaluation, finalize, hold_accountable
from app.services.leadership.templates import copy_to_street
from app.services.migrants.migrants import register_arrival, submit_certificate, verify_certificate

BOOK_ORGS = ("community-a", "community-b", "unit")
# code, weight, target: the street's book, the same for every community and the unit.
TEMPLATE = [
    ("migrant_certificate_rate", 30.0, 90.0),
    ("birth_statistics_accuracy", 25.0, 95.0),
    ("contraceptive_prevalence_rate", 25.0, 80.0),
    ("policy_compliant_birth_rate", 20.0, 95.0),
]
# What each org reported: (birth statistics accuracy, contraceptive prevalence); None: not yet.
REPORTED_LAST_YEAR = {
    "community-a": (96.0, 82.0),
    "community-b": (97.0, 81.0),
    "unit": (99.0, 84.0),
    "community-c": (98.0, 83.0),
}
REPORTED_THIS_YEAR = {
    "community-a": (92.0, None),
    "community-b": (96.0, 83.0),
    "unit": (98.0, 85.0),
    "community-c": (97.0, 84.0),
}
EVIDENCE = {
    "birth_statistics_accuracy": "出生统计与医院出生医学证明、户籍登记逐一核对表（抽查100例）",
    "contraceptive_prevalence_rate": "育龄妇女避孕节育情况入户调查汇总表",
}
# (days before the anchor, certificate: None missing, "submitted", "verified")
MIGRANTS: dict[str, list[tuple[int, str | None]]] = {
    "community-a": [(-200, "verified"), (-120, None), (-20, None), (-12, None)],
    "community-b": [(-150, None), (-90, "submitted"), (-25, None)],
}
UNIT_MIGRANTS = [(-260, "verified"), (-45, "verified")]  # employed by the unit, living in community B
TOWNSHIP_CODE = "510104020000"  # the demo's registration place (成都市锦江区) with a township
C_MIGRANTS = [(-230, "verified"), (-70, "verified"), (-18, "submitted")]
ADDRESSES = ["民生路88号2-3", "较场口日月光中心5栋1204", "中华路176号", "和平路66号附7号"]
STREET_SIGNATORIES = [
    Signatory(role=SignatoryRole.party_leader, name="周建华", title="解放碑街道党工委书记"),
    Signatory(role=SignatoryRole.leader_in_charge, name="吴晓梅", title="解放碑街道办事处副主任"),
]
SECOND_STREET_SIGNATORIES = [
    Signatory(role=SignatoryRole.party_leader, name="郑文斌", title="七星岗街道党工委书记"),
    Signatory(role=SignatoryRole.leader_in_charge, name="袁静", title="七星岗街道办事处副主任"),
]
COUNTERPARTS = {"community-a": "何丽娟", "community-b": "邓国强", "unit": "罗志刚", "community-c": "冯雪梅"}
# The street each book is signed with, and its officer who takes the survey assignment.
STREETS = {"street": "street-officer", "street-2": "street-2"}


# The district's book with the street: each screening kind's coverage its own indicator (the free
# pre-pregnancy check and the census side by side), and the migrants' information collection rate.
STREET_BOOK = [
    ("pre_pregnancy_check_coverage", 25.0, 80.0),
    ("reproductive_health_census_coverage", 25.0, 80.0),
    ("prenatal_screening_coverage", 25.0, 60.0),
    ("migrant_information_collection_rate", 25.0, 90.0),
]
DISTRICT_SIGNATORIES = [
    Signatory(role=SignatoryRole.government_leader, name="陈国平", title="渝中区卫生健康委员会主任"),
    Signatory(role=SignatoryRole.leader_in_charge, name="刘红", title="渝中区卫生健康委员会副主任"),
    Signatory(role=SignatoryRole.counterpart, name="吴晓梅", title="解放碑街道办事处副主任"),
]


async def seed(live: Live) -> None:
    await _migrants(live)
    last = await _last_year(live)
    await _this_year(live, last["community-a"])
    await _migrants(live, [("community-c", "community-c", None, offset, cert) for offset, cert in C_MIGRANTS])
    second = await _last_year(live, "street-2", ("community-c",))
    await _this_year(live, second["community-c"], "street-2", ("community-c",))
    await _street_book(live)


async def _street_book(live: Live) -> None:
    """This year's book of the district with the street (the street's family planning office), signed
    in January; its progress is computed from the screenings and migrants whatever the day."""
    session, district, year = live.session, live.actors["district"], live.anchor.year
    rows = await session.execute(
        select(Indicator.code, Indicator.id).where(Indicator.code.in_([c for c, _, _ in STREET_BOOK]))
    )
    ids = dict(rows.tuples().all())
    book = await create_book(
        session,
        district,
        BookCreate(
            org_id=live.ctx.orgs["street"].id,
            year=year,
            title=f"{year}年度{live.ctx.orgs['street'].name}生殖健康促进目标管理责任书",
            indicators=[
                BookIndicatorIn(indicator_id=ids[code], weight=weight, target=target)
                for code, weight, target in STREET_BOOK
            ],
        ),
    )
    await sign_book(
        session,
        district,
        book.id,
        BookSign(signed_on=min(date(year, 1, 15), live.anchor), signatories=DISTRICT_SIGNATORIES),
        None,
    )


async def _migrants(
    live: Live, plan: list[tuple[str, str, str | None, int, str | None]] | None = None
) -> None:
    session, anchor = live.session, live.anchor
    if plan is None:
        plan = [(c, c, None, offset, cert) for c, rows in MIGRANTS.items() for offset, cert in rows]
        plan += [("community-b", "community-b", "unit", offset, cert) for offset, cert in UNIT_MIGRANTS]
    for n, (community, actor_key, employer, offset, certificate) in enumerate(plan):
        actor = live.actors[actor_key]
        sex = Sex.female if n % 2 == 0 else Sex.male
        birth = date(anchor.year - 24 - n % 9, 1 + n % 12, 3 + n)
        resident = await live.resident(community, sex, birth, employer=employer, local=False)
        arrived = live.day(offset)
        migrant = await register_arrival(
            session,
            actor,
            MigrantCreate(
                resident_id=resident.id,
                arrival_date=arrived,
                address=ADDRESSES[n % len(ADDRESSES)],
                employer_name=live.ctx.orgs["unit"].name if employer else None,
                # Two in three give their registration place down to the township (信息采集完整).
                household_division_code=TOWNSHIP_CODE if n % 3 != 2 else None,
            ),
            anchor,
        )
        if certificate is None:
            continue
        migrant = await submit_certificate(
            session,
            actor,
            migrant.id,
            CertificateSubmit(
                number=f"川锦江婚育{arrived.year}{migrant.id:05d}",
                issuer="成都市锦江区卫生健康局",
                issued_on=arrived - timedelta(days=20),
            ),
            expected_version=None,
            today=anchor,
        )
        if certificate == "verified":
            await verify_certificate(session, actor, migrant.id, expected_version=None)


async def _indicator_ids(live: Live) -> dict[str, int]:
    rows = await live.session.execute(
        select(Indicator.code, Indicator.id).where(Indicator.code.in_([c for c, _, _ in TEMPLATE]))
    )
    return {code: id_ for code, id_ in rows.tuples()}


def _signatories(org: str) -> list[Signatory]:
    return [
        *(SECOND_STREET_SIGNATORIES if org == "community-c" else STREET_SIGNATORIES),
        Signatory(role=SignatoryRole.counterpart, name=COUNTERPARTS[org], title="负责人"),
    ]


async def _book_indicators(live: Live, book: ResponsibilityBook) -> dict[str, int]:
    """The book's indicators by code: book indicator ids."""
    rows = await live.session.execute(
        select(Indicator.code, BookIndicator.id)
        .join(Indicator, Indicator.id == BookIndicator.indicator_id)
        .where(BookIndicator.book_id == book.id)
    )
    return {code: id_ for code, id_ in rows.tuples()}


async def _report(live: Live, org: str, book: ResponsibilityBook, values: tuple[float | None, ...]) -> None:
    ids = await _book_indicators(live, book)
    for code, value in zip(
        ("birth_statistics_accuracy", "contraceptive_prevalence_rate"), values, strict=True
    ):
        if value is not None:
            await report_value(
                live.session,
                live.actors[org],
                book.id,
                ids[code],
                ReportedValue(value=value, evidence=EVIDENCE[code]),
            )


async def _last_year(
    live: Live, street_key: str = "street", orgs: tuple[str, ...] = BOOK_ORGS
) -> dict[str, ResponsibilityBook]:
    """Last year's books, signed in January, reported, evaluated and finalised at 31 December."""
    session, street, year = live.session, live.actors[street_key], live.anchor.year - 1
    indicator = await _indicator_ids(live)
    books: dict[str, ResponsibilityBook] = {}
    for org in orgs:
        book = await create_book(
            session,
            street,
            BookCreate(
                org_id=live.ctx.orgs[org].id,
                year=year,
                title=f"{year}年度{live.ctx.orgs[org].name}人口和计划生育目标管理责任书",
                indicators=[
                    BookIndicatorIn(indicator_id=indicator[code], weight=weight, target=target)
                    for code, weight, target in TEMPLATE
                ],
            ),
        )
        book = await sign_book(
            session,
            street,
            book.id,
            BookSign(signed_on=date(year, 1, 20), signatories=_signatories(org)),
            None,
        )
        await _report(live, org, book, REPORTED_LAST_YEAR[org])
        evaluation = await create_evaluation(
            session, street, EvaluationCreate(book_id=book.id, as_of=date(year, 12, 31))
        )
        evaluation = await finalize(session, street, evaluation.id, None)
        if evaluation.result is not EvaluationResult.passed:
            await hold_accountable(
                session,
                street,
                evaluation.id,
                AccountabilityCreate(
                    kind=AccountabilityKind.reminder_talk,
                    person_name=COUNTERPARTS[org],
                    reason=f"{year}年度目标管理考核未达标（{evaluation.total}分），提醒谈话并限期整改",
                    decided_on=min(date(year + 1, 1, 15), live.anchor),
                ),
            )
        books[org] = book
    return books


async def _this_year(
    live: Live, template: ResponsibilityBook, street_key: str = "street", orgs: tuple[str, ...] = BOOK_ORGS
) -> None:
    """This year's books copied from last year's, signed, reported and assigned to workers."""
    session, street, year = live.session, live.actors[street_key], live.anchor.year
    created, _ = await copy_to_street(session, street, BookCopy(source_book_id=template.id, year=year))
    by_org = {key: b for b in created for key in orgs if live.ctx.orgs[key].id == b.org_id}
    signed_on = min(date(year, 1, 20), live.anchor)
    if "community-b" in by_org:
        await _veto_for_b(live, by_org["community-b"])
    for org in orgs:
        book = await sign_book(
            session,
            street,
            by_org[org].id,
            BookSign(signed_on=signed_on, signatories=_signatories(org)),
            None,
        )
        await _report(live, org, book, REPORTED_THIS_YEAR[org])
        await _assign(live, org, book, STREETS[street_key])


async def _veto_for_b(live: Live, book: ResponsibilityBook) -> None:
    """Community B lagged on migrants' certificates last year: this year the rate is a veto item."""
    session, street = live.session, live.actors["street"]
    indicator = await _indicator_ids(live)
    await update_draft(
        session,
        street,
        book.id,
        BookUpdate(
            indicators=[
                BookIndicatorIn(
                    indicator_id=indicator[code],
                    weight=weight,
                    target=target,
                    veto=code == "migrant_certificate_rate",
                )
                for code, weight, target in TEMPLATE
            ]
        ),
        None,
    )


async def _assign(live: Live, org: str, book: ResponsibilityBook, surveyor: str) -> None:
    """The community's (unit's) own worker takes the migrants; the street officer the survey."""
    session, actor, year = live.session, live.actors[org], book.year
    ids = await _book_indicators(live, book)
    migrants = await create_assignment(
        session,
        actor,
        AssignmentCreate(
            book_id=book.id,
            book_indicator_id=ids["migrant_certificate_rate"],
            task="逐户催办流动人口婚育证明，季度末查验率达到90%",
            assignee_id=live.ctx.users[org].id,
            due_on=date(year, 12, 20),
        ),
    )
    await create_assignment(
        session,
        actor,
        AssignmentCreate(
            book_id=book.id,
            book_indicator_id=ids["contraceptive_prevalence_rate"],
            task="组织育龄妇女避孕节育情况入户调查，按时上报综合避孕率",
            assignee_id=live.ctx.users[surveyor].id,
            due_on=date(year, 11, 30),
        ),
    )
    present = await session.scalar(
        select(Migrant.id).where(Migrant.community_id == live.ctx.orgs[org].id).limit(1)
    )
    if present is not None:
        await add_note(
            session,
            actor,
            migrants.id,
            AssignmentNoteCreate(note="已电话联系未交证明的流动人口，约定本月内补交", progress_percent=40),
        )
