"""A returned request texts its one-time notification list; its outcome is texted too (with consent)."""

from __future__ import annotations

from datetime import date, time

from sqlalchemy import select

from app.models.core.family import Family
from app.models.core.messaging import SmsMessage
from app.models.core.resident import Resident
from app.security import mask_phone, pii_cipher
from tests.api.core.message_helpers import grant, office_clock
from tests.api.lawful_services.request_helpers import REQUESTS, file_request, request_family


async def _wife_with_phone(api, family_id: int) -> int:
    async with api.session() as session:
        family = await session.get(Family, family_id)
        wife = await session.get(Resident, family.wife_id)
        if not wife.phone_enc:
            wife.phone_enc = pii_cipher(api.settings).encrypt("13900001111")
            wife.phone_masked = mask_phone("13900001111")
            await session.commit()
        return wife.id


async def _messages(api, resident_id: int) -> list[SmsMessage]:
    async with api.session() as session:
        stmt = select(SmsMessage).where(SmsMessage.resident_id == resident_id).order_by(SmsMessage.id)
        return list((await session.execute(stmt)).scalars())


async def test_the_returned_list_and_the_outcome_are_texted_to_a_consenting_applicant(api):
    family = await request_family(api, "community-a")
    wife_id = await _wife_with_phone(api, family["id"])
    with office_clock(date(2019, 3, 4), time(10, 0)):
        assert (await grant(api, wife_id)).status_code == 201
        filed = await file_request(api, "community-a", family["id"], [{"code": "husband_id_card"}])
        returned = await api.post("community-a", f"{REQUESTS}/{filed['id']}/return", {"comment": "请补齐"})
        assert returned.status_code == 200, returned.text
        (notice,) = await _messages(api, wife_id)
        assert notice.purpose == "request_returned" and notice.status == "queued"
        assert "女方居民身份证、结婚证" in notice.body and filed["tracking_code"] in notice.body
        assert notice.reference == f"service_request:{filed['id']}"
        rejected = await api.post("community-a", f"{REQUESTS}/{filed['id']}/reject", {"reason": "逾期未补正"})
        assert rejected.status_code == 200, rejected.text
    outcome = (await _messages(api, wife_id))[1]
    assert outcome.purpose == "request_outcome" and "不予办理（逾期未补正）" in outcome.body


async def test_no_consent_no_text(api):
    family = await request_family(api, "community-a")
    wife_id = await _wife_with_phone(api, family["id"])
    with office_clock(date(2019, 3, 4), time(10, 0)):
        filed = await file_request(api, "community-a", family["id"], [{"code": "husband_id_card"}])
        returned = await api.post("community-a", f"{REQUESTS}/{filed['id']}/return", {"comment": "请补齐"})
        assert returned.status_code == 200
    assert await _messages(api, wife_id) == []
