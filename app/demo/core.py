"""Core demo data: the org tree, the demo accounts, residents with valid ID numbers, families."""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import date, timedelta

from sqlalchemy import update
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm.attributes import set_committed_value

from app.authz import Role
from app.demo.context import DEMO_CLIENT_SECRET, DEMO_PASSWORD, DemoContext
from app.demo.people import SURNAMES, compose
from app.id_numbers import make_id_number
from app.models.core.family import Child, ChildStatus, Family
from app.models.core.org import Org, OrgKind
from app.models.core.resident import MaritalStatus, Resident, Sex
from app.models.core.user import User
from app.security import hash_password, hash_secret_token, mask_id_number, mask_phone, pii_cipher

# The 2019 loader drew given names from this one list; its length fixes how draws consume the generator.
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红建国志文斌辉鹏宇浩凯秀云"

# The demo sits in Chongqing, where the work plan comes from. The district and the two streets carry
# their real statistical division codes (统计用区划代码, National Bureau of Statistics; taken from the
# street-level table of github.com/modood/Administrative-divisions-of-China, dist/streets.csv):
# 渝中区 500103, 七星岗街道 500103001, 解放碑街道 500103003. The communities, their last three
# digits and the unit are demo values (the unit's credit code has a valid GB 32100 check character).
ORGS = [
    # key, kind, name, code, parent key
    ("district", OrgKind.district, "渝中区", "500103000000", None),
    ("street", OrgKind.street, "解放碑街道", "500103003000", "district"),
    ("street-2", OrgKind.street, "七星岗街道", "500103001000", "district"),
    ("community-a", OrgKind.community, "民生路社区", "500103003001", "street"),
    ("community-b", OrgKind.community, "较场口社区", "500103003002", "street"),
    ("community-c", OrgKind.community, "中山一路社区", "500103001001", "street-2"),
    ("unit", OrgKind.unit, "解放碑商圈服务有限公司", "91500103MA01ABCD1W", "street"),
]

USERS = [
    ("district", "渝中区卫健委 刘主任", Role.district_officer, "district"),
    ("street", "解放碑街道 王主任", Role.street_admin, "street"),
    ("street-officer", "解放碑计生办 李干事", Role.street_officer, "street"),
    ("community-a", "民生路 张专干", Role.community_officer, "community-a"),
    ("community-b", "较场口 陈专干", Role.community_officer, "community-b"),
    ("unit", "商圈服务 赵联络员", Role.unit_liaison, "unit"),
]
# The second street and its community, created after the integration account (the ids above stay).
SECOND_STREET_USERS = [
    ("street-2", "七星岗街道 黄主任", Role.street_admin, "street-2"),
    ("community-c", "中山一路 杨专干", Role.community_officer, "community-c"),
]

RESIDENTS_PER_COMMUNITY = {"community-a": 200, "community-b": 150, "community-c": 50}
LOCAL_ADDRESS = "500103"  # 渝中区 (GB/T 2260)
MIGRANT_ADDRESSES = ["440524", "510104", "410102", "320102"]


async def seed(session: AsyncSession, ctx: DemoContext) -> None:
    rng = random.Random(2019)  # noqa: S311 - deterministic demo data, not security
    await _seed_orgs(session, ctx)
    await _seed_users(session, ctx)
    await _seed_people(session, ctx, rng)


async def _seed_orgs(session: AsyncSession, ctx: DemoContext) -> None:
    for key, kind, name, code, parent_key in ORGS:
        parent = ctx.orgs[parent_key] if parent_key else None
        org = Org(kind=kind, name=name, code=code, parent_id=parent.id if parent else None, path="")
        session.add(org)
        await session.flush()
        # As in orgs.create_org: the path needs the id, and writing it is not a new version.
        path = f"{parent.path if parent else '/'}{org.id}/"
        await session.execute(update(Org).where(Org.id == org.id).values(path=path))
        set_committed_value(org, "path", path)
        ctx.orgs[key] = org


async def _seed_users(session: AsyncSession, ctx: DemoContext) -> None:
    password_hash = hash_password(DEMO_PASSWORD)
    _add_people(session, ctx, USERS, password_hash)
    integration = User(
        username="integration",
        full_name="区级人口信息系统",
        role=Role.district_integration.value,
        org_id=ctx.orgs["district"].id,
        client_secret_hash=hash_secret_token(DEMO_CLIENT_SECRET),
    )
    session.add(integration)
    ctx.users["integration"] = integration
    await session.flush()
    _add_people(session, ctx, SECOND_STREET_USERS, password_hash)
    await session.flush()


def _add_people(
    session: AsyncSession, ctx: DemoContext, users: list[tuple[str, str, Role, str]], password_hash: str
) -> None:
    for username, full_name, role, org_key in users:
        user = User(
            username=username,
            full_name=full_name,
            role=role.value,
            org_id=ctx.orgs[org_key].id,
            password_hash=password_hash,
        )
        session.add(user)
        ctx.users[username] = user


def _name_draw(rng: random.Random) -> tuple[str, list[int]]:
    """A surname and given-name draws, consuming the generator as the 2019 loader always did (the
    dates and phones drawn after a name stay the same); the characters follow the sex later."""
    indices = [rng.choice(range(len(GIVEN))) for _ in range(rng.choice((1, 2)))]
    return rng.choice(SURNAMES), indices


async def _seed_people(session: AsyncSession, ctx: DemoContext, rng: random.Random) -> None:
    cipher = pii_cipher(ctx.settings)
    sequence = 0

    def person(
        community: str,
        sex: Sex,
        birth: date,
        *,
        migrant: bool = False,
        employer: str | None = None,
        married: bool = True,
    ) -> Resident:
        nonlocal sequence
        sequence += 1
        # Odd sequence for men, even for women; unique while there are fewer than 500 people.
        seq = (sequence * 2 + (1 if sex is Sex.male else 0)) % 1000
        address = rng.choice(MIGRANT_ADDRESSES) if migrant else LOCAL_ADDRESS
        id_number = make_id_number(address, birth, seq)
        phone = f"13{rng.randint(0, 9)}{rng.randint(10_000_000, 99_999_999)}"
        surname, indices = _name_draw(rng)
        resident = Resident(
            id_number_enc=cipher.encrypt(id_number),
            id_number_hash=cipher.lookup_hash(id_number),
            id_number_masked=mask_id_number(id_number),
            phone_enc=cipher.encrypt(phone),
            phone_masked=mask_phone(phone),
            name=compose(surname, indices, sex),
            sex=sex,
            birth_date=birth,
            household_division_code=(address + "000000") if migrant else ctx.orgs[community].code,
            community_id=ctx.orgs[community].id,
            employer_unit_id=ctx.orgs[employer].id if employer else None,
            marital_status=MaritalStatus.married if married else MaritalStatus.unmarried,
        )
        session.add(resident)
        ctx.residents.append(resident)
        return resident

    for community, count in RESIDENTS_PER_COMMUNITY.items():
        couples = count // 3
        for i in range(couples):
            husband_birth = date(rng.randint(1955, 1995), rng.randint(1, 12), rng.randint(1, 28))
            wife_birth = husband_birth + timedelta(days=rng.randint(-1500, 1500))
            employer = "unit" if community != "community-c" and i % 6 == 0 else None
            migrant = i % 7 == 3
            husband = person(community, Sex.male, husband_birth, migrant=migrant, employer=employer)
            wife = person(
                community,
                Sex.female,
                wife_birth,
                migrant=migrant,
                employer="unit" if employer and i % 12 == 0 else None,
            )
            await session.flush()
            marriage = max(husband_birth, wife_birth) + timedelta(days=365 * rng.randint(22, 30))
            marriage_date = min(marriage, date(2019, 1, 1))
            family = Family(
                community_id=ctx.orgs[community].id,
                husband_id=husband.id,
                wife_id=wife.id,
                marriage_date=marriage_date,
            )
            session.add(family)
            await session.flush()
            ctx.families.append(family)
            first_birth = min(marriage_date + timedelta(days=400), date(2019, 3, 1))
            kids = 1 if i % 3 else 2
            for order in range(1, kids + 1):
                _, indices = _name_draw(rng)  # children carry the father's surname
                sex = rng.choice(list(Sex))
                session.add(
                    Child(
                        family_id=family.id,
                        name=compose(husband.name[0], indices, sex),
                        sex=sex,
                        birth_date=first_birth + timedelta(days=800 * (order - 1)),
                        birth_order=order,
                    )
                )
            # Honour certificates went to one-child parents until the two-child policy of 2016.
            if kids == 1 and 2002 <= first_birth.year < 2016 and i % 2 == 0:
                family.honour_certificate_no = f"渝中{first_birth.year}{family.id:05d}"
                family.honour_certificate_issued_on = first_birth + timedelta(days=200)
        for _ in range(count - couples * 2):
            person(
                community,
                rng.choice(list(Sex)),
                date(rng.randint(1950, 2000), rng.randint(1, 12), rng.randint(1, 28)),
                married=False,
            )
    await session.flush()
    await _seed_showcase(session, ctx, person)


async def _seed_showcase(session: AsyncSession, ctx: DemoContext, person: Callable[..., Resident]) -> None:
    """Families that the benefit rules are shown on: bereaved, disabled-child, one-child at the unit."""
    cases = {
        # mother 54 in 2019, only child died 2015: special support (death)
        "special_support_death": (date(1965, 3, 8), ChildStatus.deceased, None, None),
        # mother 51, only child disabled grade 2: special support (disability)
        "special_support_disability": (date(1968, 7, 19), ChildStatus.disabled, 2, None),
        # parents employed by the unit, honour certificate, child 10: one-child award paid by the unit
        "one_child_award_unit": (date(1982, 5, 2), ChildStatus.living, None, "unit"),
    }
    for key, (mother_birth, status, grade, employer) in cases.items():
        husband = person("community-a", Sex.male, mother_birth - timedelta(days=700), employer=employer)
        wife = person("community-a", Sex.female, mother_birth, employer=employer)
        await session.flush()
        family = Family(
            community_id=ctx.orgs["community-a"].id,
            husband_id=husband.id,
            wife_id=wife.id,
            marriage_date=mother_birth + timedelta(days=365 * 24),
        )
        child_birth = mother_birth + timedelta(days=365 * 26) if employer is None else date(2009, 4, 1)
        family.honour_certificate_no = f"渝中{child_birth.year}9{len(ctx.showcase):04d}"
        family.honour_certificate_issued_on = child_birth + timedelta(days=180)
        session.add(family)
        await session.flush()
        session.add(
            Child(
                family_id=family.id,
                name="独生子女",
                sex=Sex.male,
                birth_date=child_birth,
                birth_order=1,
                status=status,
                disability_grade=grade,
                deceased_on=date(2015, 6, 1) if status is ChildStatus.deceased else None,
            )
        )
        ctx.families.append(family)
        ctx.showcase[key] = family
    await session.flush()
