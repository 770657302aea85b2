"""The rest of the district: four more streets of 渝中区, each with its communities, accounts, people
and this year's work, laid last by the live layer (so every id of the two-street demo stays as it was).

A district commission (区卫健委) works with ten to thirty streets; the demo's district has six. The
streets added here carry their real statistical division codes (统计用区划代码, National Bureau of
Statistics, as published street by street in github.com/modood/Administrative-divisions-of-China,
``dist/streets.csv``): 两路口街道 500103004, 上清寺街道 500103005, 大坪街道 500103012, 化龙桥街道
500103013. Their communities (names and last three digits) are illustrative demo values, as those of
the first two streets are.

Each street gets a street administrator (``street-3`` … ``street-6``) and each community an officer
(``community-d`` … ``community-h``); each community some forty residents (couples with children, some
born this year, and single people), three migrants (two with a certificate); the district signs this
year's book with the second street and with each of these (the same indicators as its book with
the first street), so the
district's dashboard and a street's periodic report count every street.

The test template holds only the two-street demo (the suite never lays the live layer), so nothing
here changes what the tests count.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from sqlalchemy import select, update
from sqlalchemy.orm.attributes import set_committed_value

from app.authz import Role
from app.demo.activity_leadership import (
    DISTRICT_SIGNATORIES,
    SECOND_STREET_SIGNATORIES,
    STREET_BOOK,
    TOWNSHIP_CODE,
)
from app.demo.context import DEMO_PASSWORD
from app.demo.live import Live, principal_of
from app.demo.people import full_name
from app.id_numbers import make_id_number
from app.models.core.family import Child, Family
from app.models.core.org import Org, OrgKind
from app.models.core.resident import MaritalStatus, Resident, Sex
from app.models.core.user import User
from app.models.leadership.book import SignatoryRole
from app.models.leadership.indicator import Indicator
from app.schemas.leadership.book import BookCreate, BookIndicatorIn, BookSign, Signatory
from app.schemas.migrants.migrant import CertificateSubmit, MigrantCreate
from app.security import hash_password, mask_id_number, mask_phone, pii_cipher
from app.services.leadership.books import create_book, sign_book
from app.services.migrants.migrants import register_arrival, submit_certificate, verify_certificate

# street key, name, code, administrator's name, the street's leader (counterpart of its book);
# then its communities: key, name, code, officer's name.
STREETS: list[tuple[str, str, str, str, str, list[tuple[str, str, str, str]]]] = [
    (
        "street-3",
        "两路口街道",
        "500103004000",
        "两路口街道 谢主任",
        "韩志明",
        [("community-d", "文化宫社区", "500103004001", "文化宫 唐专干")],
    ),
    (
        "street-4",
        "上清寺街道",
        "500103005000",
        "上清寺街道 曹主任",
        "彭慧",
        [("community-e", "学田湾社区", "500103005001", "学田湾 许专干")],
    ),
    (
        "street-5",
        "大坪街道",
        "500103012000",
        "大坪街道 程主任",
        "沈海波",
        [
            ("community-f", "大坪正街社区", "500103012001", "大坪正街 曾专干"),
            ("community-g", "马家堡社区", "500103012002", "马家堡 吕专干"),
        ],
    ),
    (
        "street-6",
        "化龙桥街道",
        "500103013000",
        "化龙桥街道 傅主任",
        "宋丽萍",
        [("community-h", "虎头岩社区", "500103013001", "虎头岩 萧专干")],
    ),
]
COUPLES, SINGLES = 12, 14  # per community: 38 residents and their children
# Where the residents were born (their ID numbers' first six digits): elsewhere in Chongqing, their
# household registered in the community since; the migrants come from 成都市武侯区.
BIRTHPLACES = ["500105", "500106", "500107", "500108"]
MIGRANT_HOME = "510107000000"
MIGRANTS = [(-160, "verified"), (-75, "submitted"), (-15, None)]  # days before the anchor, certificate


async def seed(live: Live) -> None:
    rng = random.Random(live.anchor.toordinal() + 5001034)  # noqa: S311 - deterministic demo data
    await _orgs_and_users(live)
    taken: set[str] = set()
    for _street, _name, _code, _admin, _leader, communities in STREETS:
        for community, *_ in communities:
            await _people(live, rng, community, taken)
            await _migrants(live, rng, community, taken)
    await _books(live)


async def _orgs_and_users(live: Live) -> None:
    session, ctx = live.session, live.ctx
    password_hash = hash_password(DEMO_PASSWORD)
    district = ctx.orgs["district"]
    for street_key, street_name, street_code, admin, _leader, communities in STREETS:
        street = await _org(live, street_key, OrgKind.street, street_name, street_code, district)
        for key, name, code, _officer in communities:
            await _org(live, key, OrgKind.community, name, code, street)
        people = [(street_key, admin, Role.street_admin, street_key)]
        people += [(key, officer, Role.community_officer, key) for key, _n, _c, officer in communities]
        for username, full, role, org_key in people:
            user = User(
                username=username,
                full_name=full,
                role=role.value,
                org_id=ctx.orgs[org_key].id,
                password_hash=password_hash,
            )
            session.add(user)
            ctx.users[username] = user
        await session.flush()
        for username, *_ in people:
            live.actors[username] = principal_of(ctx, username)


async def _org(live: Live, key: str, kind: OrgKind, name: str, code: str, parent: Org) -> Org:
    org = Org(kind=kind, name=name, code=code, parent_id=parent.id, path="")
    live.session.add(org)
    await live.session.flush()
    path = f"{parent.path}{org.id}/"  # as in orgs.create_org: the path needs the id
    await live.session.execute(update(Org).where(Org.id == org.id).values(path=path))
    set_committed_value(org, "path", path)
    live.ctx.orgs[key] = org
    return org


def _id_number(rng: random.Random, address: str, birth: date, sex: Sex, taken: set[str]) -> str:
    """A valid ID number not given before (odd sequence: male, even: female)."""
    while True:
        seq = rng.randrange(1, 500) * 2 + (1 if sex is Sex.male else 0)
        number = make_id_number(address, birth, seq)
        if number not in taken:
            taken.add(number)
            return number


async def _people(live: Live, rng: random.Random, community: str, taken: set[str]) -> None:
    """Couples with one to three children (the last of some born this year) and single people."""
    session, ctx, anchor = live.session, live.ctx, live.anchor
    cipher = pii_cipher(ctx.settings)
    org = ctx.orgs[community]

    def person(sex: Sex, birth: date, married: bool) -> Resident:
        id_number = _id_number(rng, rng.choice(BIRTHPLACES), birth, sex, taken)
        phone = f"136{rng.randint(10_000_000, 99_999_999)}"
        resident = Resident(
            id_number_enc=cipher.encrypt(id_number),
            id_number_hash=cipher.lookup_hash(id_number),
            id_number_masked=mask_id_number(id_number),
            phone_enc=cipher.encrypt(phone),
            phone_masked=mask_phone(phone),
            name=full_name(rng, sex),
            sex=sex,
            birth_date=birth,
            household_division_code=org.code,
            community_id=org.id,
            marital_status=MaritalStatus.married if married else MaritalStatus.unmarried,
        )
        session.add(resident)
        return resident

    for i in range(COUPLES):
        wife_birth = date(anchor.year - rng.randint(27, 40), rng.randint(1, 12), rng.randint(1, 28))
        husband = person(Sex.male, wife_birth - timedelta(days=rng.randint(100, 1500)), True)
        wife = person(Sex.female, wife_birth, True)
        await session.flush()
        marriage = wife_birth + timedelta(days=365 * 23 + rng.randint(0, 700))
        family = Family(community_id=org.id, husband_id=husband.id, wife_id=wife.id, marriage_date=marriage)
        session.add(family)
        await session.flush()
        # Every third couple's latest child was born this year (before the anchor).
        last = anchor - timedelta(days=rng.randint(0, anchor.timetuple().tm_yday - 1))
        if i % 3:
            last = min(last - timedelta(days=400 * (i % 3)), anchor - timedelta(days=400))
        kids = 1 + i % 3
        for order in range(1, kids + 1):
            birth = max(last - timedelta(days=730 * (kids - order)), marriage + timedelta(days=300))
            sex = rng.choice(list(Sex))
            session.add(
                Child(
                    family_id=family.id,
                    name=full_name(rng, sex, husband.name[0]),
                    sex=sex,
                    birth_date=birth,
                    birth_order=order,
                )
            )
    for _ in range(SINGLES):
        person(rng.choice(list(Sex)), date(anchor.year - rng.randint(20, 60), rng.randint(1, 12), 15), False)
    await session.flush()


async def _migrants(live: Live, rng: random.Random, community: str, taken: set[str]) -> None:
    """Three arrivals from 成都市武侯区: one certificate verified, one submitted, one still missing."""
    session, ctx, anchor = live.session, live.ctx, live.anchor
    actor = live.actors[community]
    cipher = pii_cipher(ctx.settings)
    for n, (offset, certificate) in enumerate(MIGRANTS):
        sex = Sex.female if n % 2 == 0 else Sex.male
        birth = date(anchor.year - 26 - n, 1 + n * 3, 10 + n)
        id_number = _id_number(rng, MIGRANT_HOME[:6], birth, sex, taken)
        phone = f"137{rng.randint(10_000_000, 99_999_999)}"
        resident = Resident(
            id_number_enc=cipher.encrypt(id_number),
            id_number_hash=cipher.lookup_hash(id_number),
            id_number_masked=mask_id_number(id_number),
            phone_enc=cipher.encrypt(phone),
            phone_masked=mask_phone(phone),
            name=full_name(rng, sex),
            sex=sex,
            birth_date=birth,
            household_division_code=MIGRANT_HOME,
            community_id=ctx.orgs[community].id,
            marital_status=MaritalStatus.married,
        )
        session.add(resident)
        await session.flush()
        arrived = live.day(offset)
        migrant = await register_arrival(
            session,
            actor,
            MigrantCreate(
                resident_id=resident.id,
                arrival_date=arrived,
                address=f"{ctx.orgs[community].name}{rng.randint(1, 200)}号",
                household_division_code=TOWNSHIP_CODE if n != 2 else None,
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
                number=f"川武侯婚育{arrived.year}{migrant.id:05d}",
                issuer="成都市武侯区卫生健康局",
                issued_on=arrived - timedelta(days=30),
            ),
            expected_version=None,
            today=anchor,
        )
        if certificate == "verified":
            await verify_certificate(session, actor, migrant.id, expected_version=None)


async def _books(live: Live) -> None:
    """This year's book of the district with each street but the first (whose book
    ``activity_leadership`` signs), signed in January (or on the anchor)."""
    session, district, year = live.session, live.actors["district"], live.anchor.year
    rows = await session.execute(
        select(Indicator.code, Indicator.id).where(Indicator.code.in_([c for c, _, _ in STREET_BOOK]))
    )
    ids = dict(rows.tuples().all())
    streets = [("street-2", live.ctx.orgs["street-2"].name, SECOND_STREET_SIGNATORIES[1].name)]
    streets += [(key, name, leader) for key, name, _code, _admin, leader, _communities in STREETS]
    for street_key, street_name, leader in streets:
        book = await create_book(
            session,
            district,
            BookCreate(
                org_id=live.ctx.orgs[street_key].id,
                year=year,
                title=f"{year}年度{street_name}生殖健康促进目标管理责任书",
                indicators=[
                    BookIndicatorIn(indicator_id=ids[code], weight=weight, target=target)
                    for code, weight, target in STREET_BOOK
                ],
            ),
        )
        signatories = [
            *DISTRICT_SIGNATORIES[:2],
            Signatory(role=SignatoryRole.counterpart, name=leader, title=f"{street_name}办事处副主任"),
        ]
        await sign_book(
            session,
            district,
            book.id,
            BookSign(signed_on=min(date(year, 1, 15), live.anchor), signatories=signatories),
            None,
        )
