"""What every part of the demo's live layer lays its work with (``Live``): the session, the fixed
demo's orgs and users, the anchor date, a seeded random source, the actors' principals, and the
residents and families laid so far. The parts (``activity_*``) import this module; ``activity``
runs them in order.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, timedelta

from sqlalchemy.ext.asyncio import AsyncSession

from app.authz import PERMISSIONS, Principal, Role
from app.demo.context import DemoContext
from app.demo.people import full_name
from app.id_numbers import make_id_number
from app.models.core.family import ChildStatus, Family
from app.models.core.org import OrgKind
from app.models.core.resident import MaritalStatus, Resident, Sex
from app.schemas.core.family import ChildCreate, FamilyCreate
from app.schemas.core.resident import ResidentCreate
from app.services.core.families import create_family
from app.services.core.residents import create_resident

# Honour certificates (独生子女父母光荣证) were issued only for children born before the
# two-child policy took effect on 2016-01-01.
LAST_CERTIFICATE_BIRTH = date(2015, 12, 31)
ACTORS = (
    "district",
    "street",
    "street-officer",
    "community-a",
    "community-b",
    "unit",
    "street-2",
    "community-c",
)
MIGRANT_CODE = "510104000000"  # 成都市锦江区: a migrant's household registration


@dataclass
class Kid:
    sex: Sex
    birth: date
    status: ChildStatus = ChildStatus.living
    disability_grade: int | None = None
    deceased_on: date | None = None


@dataclass
class Live:
    """What the live seeders share: the anchor, the actors, a deterministic generator."""

    session: AsyncSession
    ctx: DemoContext
    anchor: date
    rng: random.Random
    actors: dict[str, Principal] = field(default_factory=dict)
    sequence: int = 430  # ID sequences 860–999: above those of the fixed demo
    families: dict[str, list[Family]] = field(default_factory=dict)

    def day(self, offset: int) -> date:
        """The anchor plus ``offset`` days (negative: in the past)."""
        return self.anchor + timedelta(days=offset)

    async def resident(
        self,
        community: str,
        sex: Sex,
        birth: date,
        *,
        name: str | None = None,
        employer: str | None = None,
        local: bool = True,
        married: bool = True,
    ) -> Resident:
        self.sequence += 1
        seq = (self.sequence * 2 + (1 if sex is Sex.male else 0)) % 1000
        code = self.ctx.orgs[community].code if local else MIGRANT_CODE
        data = ResidentCreate(
            id_number=make_id_number(code[:6], birth, seq),
            name=name or full_name(self.rng, sex),
            phone=f"139{self.rng.randint(10_000_000, 99_999_999)}",
            household_division_code=code,
            community_id=self.ctx.orgs[community].id,
            employer_unit_id=self.ctx.orgs[employer].id if employer else None,
            marital_status=MaritalStatus.married if married else MaritalStatus.unmarried,
        )
        return await create_resident(self.session, self.ctx.settings, self.actors[_officer(community)], data)

    async def family(
        self,
        community: str,
        *,
        mother_birth: date,
        kids: list[Kid],
        marriage: date | None = None,
        certificate: bool = False,
        employer: str | None = None,
        local: bool = True,
    ) -> Family:
        """A married couple (the husband a year or two older) and their children.

        The marriage precedes the first birth; an honour certificate is issued half a year after
        the only child's birth, and only for a child born before 2016.
        """
        husband_birth = mother_birth - timedelta(days=self.rng.randint(200, 1100))
        husband = await self.resident(community, Sex.male, husband_birth, employer=employer, local=local)
        wife = await self.resident(community, Sex.female, mother_birth, employer=employer, local=local)
        first_birth = min((k.birth for k in kids), default=None)
        if marriage is None:
            marriage = mother_birth + timedelta(days=365 * 25 + self.rng.randint(0, 700))
            if first_birth is not None:
                marriage = min(marriage, first_birth - timedelta(days=self.rng.randint(300, 700)))
        surname = husband.name[0]
        only = kids[0] if len(kids) == 1 else None
        issued = only.birth + timedelta(days=180) if only else None
        if certificate and (only is None or only.birth > LAST_CERTIFICATE_BIRTH or issued is None):
            raise ValueError("an honour certificate needs one child born before 2016")
        data = FamilyCreate(
            community_id=self.ctx.orgs[community].id,
            husband_id=husband.id,
            wife_id=wife.id,
            marriage_date=marriage,
            honour_certificate_no=f"渝中{issued.year}{wife.id:05d}" if certificate and issued else None,
            honour_certificate_issued_on=issued if certificate else None,
            children=[
                ChildCreate(
                    name=full_name(self.rng, k.sex, surname),
                    sex=k.sex,
                    birth_date=k.birth,
                    status=k.status,
                    disability_grade=k.disability_grade,
                    deceased_on=k.deceased_on,
                )
                for k in kids
            ],
        )
        family = await create_family(self.session, self.actors[_officer(community)], data)
        self.families.setdefault(community, []).append(family)
        return family


def _officer(community: str) -> str:
    return community if community in ("community-a", "community-b", "community-c") else "street"


def principal_of(ctx: DemoContext, username: str) -> Principal:
    user = ctx.users[username]
    org = next(o for o in ctx.orgs.values() if o.id == user.org_id)
    role = Role(user.role)
    return Principal(
        user_id=user.id,
        username=user.username,
        role=role,
        org_id=org.id,
        org_kind=OrgKind(org.kind),
        org_path=org.path,
        session_id="demo-loader",
        permissions=PERMISSIONS[role],
    )
