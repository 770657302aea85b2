"""Service requests built over the API: a family that needs one, the request filed and forwarded."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import func, select

from app.models.core.family import Child, Family
from tests.demo_ids import org_ids

REQUESTS = "/api/v1/service-requests"


BOTH_ID_CARDS = [{"code": "husband_id_card"}, {"code": "wife_id_card"}]


COMPLETE_BIRTH = [*BOTH_ID_CARDS, {"code": "marriage_certificate"}]


families_taken: set[int] = set()


async def request_family(
    api: Any,
    community: str,
    *,
    without_certificate: bool = False,
    children: int | None = 1,
    born_before: date | None = None,
    born_from: date | None = None,
) -> dict[str, Any]:
    """A demo family of the community not used by another test of this module, with ``children``
    children on record (the youngest born before ``born_before``)."""
    ids = await org_ids(api)
    async with api.session() as session:
        counts = dict(
            (await session.execute(select(Child.family_id, func.count()).group_by(Child.family_id))).all()
        )
        youngest = dict(
            (
                await session.execute(
                    select(Child.family_id, func.max(Child.birth_date)).group_by(Child.family_id)
                )
            ).all()
        )
        stmt = select(Family).where(Family.community_id == ids[community]).order_by(Family.id)
        if without_certificate:
            stmt = stmt.where(Family.honour_certificate_no.is_(None))
        families = list((await session.execute(stmt)).scalars())
    for family in families:
        if family.id in families_taken or (children is not None and counts.get(family.id, 0) != children):
            continue
        if born_before is not None and not (youngest.get(family.id) and youngest[family.id] < born_before):
            continue
        if born_from is not None and not (youngest.get(family.id) and youngest[family.id] >= born_from):
            continue
        families_taken.add(family.id)
        return {"id": family.id, "community_id": family.community_id}
    raise AssertionError("no demo family left for this test")


async def file_request(
    api: Any,
    user: str,
    family_id: int,
    materials: list[dict[str, Any]],
    service_type: str = "birth_registration",
) -> dict[str, Any]:
    response = await api.post(
        user, REQUESTS, {"service_type": service_type, "family_id": family_id, "materials": materials}
    )
    assert response.status_code == 201, response.text
    return response.json()


async def forward_request(api: Any, user: str, request_id: int) -> dict[str, Any]:
    forwarded = await api.post(user, f"{REQUESTS}/{request_id}/forward")
    assert forwarded.status_code == 200, forwarded.text
    assert forwarded.json()["state"] == "forwarded"
    return forwarded.json()
