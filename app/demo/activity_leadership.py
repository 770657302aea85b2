"""Live target management (目标管理责任制): community B's responsibility book for the anchor's year,
drawn up and signed by the street in January, so the book, its progress and its PDF for signing
(GET /responsibility-books/{id}/book.pdf) have a record to show. Five indicators of the standard
catalogue (migration 0010) weigh 100 together; one veto item (一票否决) carries no weight of its own."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from app.demo.activity import Live
from app.models.leadership.book import SignatoryRole
from app.models.leadership.indicator import Indicator
from app.schemas.leadership.book import BookCreate, BookIndicatorIn, BookSign, Signatory
from app.services.leadership.books import create_book, sign_book

# (indicator code, weight, target, veto)
INDICATORS = [
    ("policy_compliant_birth_rate", 30, 95, False),
    ("birth_registration_timeliness", 20, 90, False),
    ("screening_coverage", 20, 80, False),
    ("migrant_information_collection_rate", 15, 90, False),
    ("one_time_notification_compliance", 15, 100, False),
    ("benefit_roster_wrong_cases", 0, 0, True),
]
SIGNATORIES = [
    ("party_leader", "刘建华", "解放碑街道党工委书记"),
    ("government_leader", "王志强", "解放碑街道办事处主任"),
    ("leader_in_charge", "黄丽", "解放碑街道办事处副主任"),
    ("counterpart", "王芳", "较场口社区党委书记"),
]


async def seed(live: Live) -> None:
    session, street, year = live.session, live.actors["street"], live.anchor.year
    codes = [code for code, *_ in INDICATORS]
    ids = dict(
        (await session.execute(select(Indicator.code, Indicator.id).where(Indicator.code.in_(codes))))
        .tuples()
        .all()
    )
    book = await create_book(
        session,
        street,
        BookCreate(
            org_id=live.ctx.orgs["community-b"].id,
            year=year,
            title=f"{year}年度人口和计划生育目标管理责任书",
            indicators=[
                BookIndicatorIn(indicator_id=ids[code], weight=weight, target=target, veto=veto)
                for code, weight, target, veto in INDICATORS
            ],
        ),
    )
    signed = BookSign(
        signed_on=date(year, 1, 15),
        signatories=[
            Signatory(role=SignatoryRole(role), name=name, title=title) for role, name, title in SIGNATORIES
        ],
    )
    await sign_book(session, street, book.id, signed, None)
