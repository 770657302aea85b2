"""A benefit application's outcome is texted to the consenting applicant (the family's wife)."""

from __future__ import annotations

from datetime import date, time

from sqlalchemy import select

from app.models.core.family import Family
from app.models.core.messaging import SmsMessage
from app.models.core.resident import Resident
from app.security import mask_phone, pii_cipher
from tests.api.benefits.benefit_helpers import ALL_MATERIALS, apply, child, new_family, program_ids, review
from tests.api.core.message_helpers import grant, office_clock


async def _wife(api, family_id: int, phone: str) -> int:
    async with api.session() as session:
        family = await session.get(Family, family_id)
        wife = await session.get(Resident, family.wife_id)
        wife.phone_enc = pii_cipher(api.settings).encrypt(phone)
        wife.phone_masked = mask_phone(phone)
        await session.commit()
        return wife.id


async def _bodies(api, resident_id: int) -> list[str]:
    async with api.session() as session:
        stmt = select(SmsMessage).where(SmsMessage.resident_id == resident_id).order_by(SmsMessage.id)
        return [(m.purpose, m.body) for m in (await session.execute(stmt)).scalars()]


async def test_a_return_and_a_rejection_are_texted(api):
    programs = await program_ids(api)
    family = await new_family(
        api,
        mother_birth=date(1960, 1, 1),
        children=[child("1985-01-01", status="deceased", died="2011-01-01")],
    )
    wife_id = await _wife(api, family, "13700001234")
    with office_clock(date(2019, 3, 4), time(10, 0)):
        assert (await grant(api, wife_id)).status_code == 201
        materials = ALL_MATERIALS["special_support_death"]
        app_id = (await apply(api, "community-a", programs["special_support_death"], family, materials))["id"]
        assert (
            await api.post("community-a", f"/api/v1/benefit-applications/{app_id}/submit")
        ).status_code == 200
        returned = await review(
            api, "community-a", app_id, "return", comment="请补正", missing_materials=["x"]
        )
        assert returned.status_code == 200, returned.text
        assert await _bodies(api, wife_id) == [
            (
                "application_outcome",
                "张晓明您好，您申请的计划生育家庭特别扶助(死亡)审核结果：退回补正。"
                "需补正材料1项，请到所在社区领取一次性告知书。如有疑问请联系所在社区。",
            )
        ]
    other = await new_family(
        api,
        mother_birth=date(1961, 1, 1),
        children=[child("1986-01-01", status="deceased", died="2012-01-01")],
    )
    other_wife = await _wife(api, other, "13700005678")
    with office_clock(date(2019, 3, 4), time(10, 0)):
        assert (await grant(api, other_wife)).status_code == 201
        app_id = (await apply(api, "community-a", programs["special_support_death"], other, materials))["id"]
        assert (
            await api.post("community-a", f"/api/v1/benefit-applications/{app_id}/submit")
        ).status_code == 200
        rejected = await review(api, "community-a", app_id, "reject", comment="户籍不在本区")
        assert rejected.status_code == 200, rejected.text
    ((purpose, body),) = await _bodies(api, other_wife)
    assert purpose == "application_outcome" and "审核结果：未通过。原因：户籍不在本区。" in body
