"""Builders for the leadership tests: a new community with its own worker, books over the API."""

from __future__ import annotations

import itertools
from datetime import date
from typing import Any

from sqlalchemy import select

from app.demo.context import DEMO_PASSWORD
from app.models.leadership.indicator import Indicator
from tests.conftest import Api
from tests.demo_ids import org_ids
from tests.factories import resident_body

_codes = itertools.count(90)


async def indicator_ids(api: Api) -> dict[str, int]:
    async with api.session() as session:
        return dict((await session.execute(select(Indicator.code, Indicator.id))).all())


async def new_community(api: Api, username: str) -> dict[str, Any]:
    """A community of the first street with no demo records, and a community officer for it."""
    ids = await org_ids(api)
    n = next(_codes)
    org = await api.post(
        "street",
        "/api/v1/orgs",
        {
            "kind": "community",
            "name": f"测试社区{n}",
            "code": f"500103003{n:03d}",
            "parent_id": ids["street"],
        },
    )
    assert org.status_code == 201, org.text
    user = await api.post(
        "street",
        "/api/v1/users",
        {
            "username": username,
            "full_name": "测试计生专干",
            "role": "community_officer",
            "org_id": org.json()["id"],
            "password": DEMO_PASSWORD,
        },
    )
    assert user.status_code == 201, user.text
    return {"org": org.json(), "user": user.json()}


async def new_resident(api: Api, user: str, community_id: int, **overrides: Any) -> int:
    response = await api.post(user, "/api/v1/residents", resident_body(community_id, **overrides))
    assert response.status_code == 201, response.text
    return int(response.json()["id"])


async def new_family(
    api: Api,
    user: str,
    community_id: int,
    children: list[tuple[date, str, bool]],
    *,
    certificate: bool = False,
) -> int:
    """A family (mother only) with children given as (birth date, sex, adopted)."""
    wife = await new_resident(api, user, community_id)
    body: dict[str, Any] = {
        "community_id": community_id,
        "wife_id": wife,
        "marriage_date": "2008-05-01",
        "children": [
            {"name": f"孩子{i}", "sex": sex, "birth_date": born.isoformat(), "adopted": adopted}
            for i, (born, sex, adopted) in enumerate(children, start=1)
        ],
    }
    if certificate:
        body |= {"honour_certificate_no": f"渝中T{wife}", "honour_certificate_issued_on": "2013-01-01"}
    response = await api.post(user, "/api/v1/families", body)
    assert response.status_code == 201, response.text
    return int(response.json()["id"])


def book_body(org_id: int, year: int, indicators: list[tuple[int, float, float, bool]]) -> dict[str, Any]:
    return {
        "org_id": org_id,
        "year": year,
        "title": f"{year}年度人口和计划生育目标管理责任书",
        "indicators": [{"indicator_id": i, "weight": w, "target": t, "veto": v} for i, w, t, v in indicators],
    }


SIGN = {
    "signed_on": "2019-01-10",
    "signatories": [
        {"role": "party_leader", "name": "王建国", "title": "街道党工委书记"},
        {"role": "leader_in_charge", "name": "李红", "title": "分管副主任"},
        {"role": "counterpart", "name": "赵敏", "title": "社区居委会主任"},
    ],
}
