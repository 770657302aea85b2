"""Replies to complaints by text: the submitter's consent (recorded, revocable by tracking code or by
the office), the reply queued through the outbox, held through the quiet hours, sent, its receipt;
the number never shown whole in a read or the audit trail."""

from __future__ import annotations

import json
from datetime import date, time

from sqlalchemy import select

from app.models.core.audit import AuditEvent
from app.models.core.messaging import SmsConsent, SmsMessage
from app.models.grassroots.sunshine import Feedback
from app.worker import Worker
from tests.api.core.message_helpers import beijing, office_clock
from tests.api.grassroots.feedback_helpers import PUBLIC, file_feedback

DAY = date(2019, 3, 4)  # a Monday
NEXT = date(2019, 3, 5)
PHONE = "13912345678"
REPLY = "已安排专人每周一上午在窗口坐班，并在公示栏公布值班电话，欢迎继续监督。"


async def _file(api, phone: str = PHONE) -> tuple[str, int]:
    filed = await file_feedback(api, sms_consent=True, sms_phone=phone)
    assert filed.status_code == 201, filed.text
    code = filed.json()["tracking_code"]
    async with api.session() as session:
        feedback_id = (
            await session.execute(select(Feedback.id).where(Feedback.tracking_code == code))
        ).scalar_one()
    return code, feedback_id


async def _messages(api, feedback_id: int) -> list[SmsMessage]:
    async with api.session() as session:
        rows = await session.execute(
            select(SmsMessage).where(SmsMessage.feedback_id == feedback_id).order_by(SmsMessage.id)
        )
        return list(rows.scalars())


async def _audit_text(api) -> str:
    async with api.session() as session:
        events = (await session.execute(select(AuditEvent))).scalars().all()
        return json.dumps([[e.action, e.object_id, e.detail] for e in events], ensure_ascii=False)


async def test_a_reply_answered_at_2200_is_texted_at_0800_with_its_receipt(api):
    worker = Worker(api.database, api.settings)
    with office_clock(DAY, time(10, 0)):
        code, feedback_id = await _file(api)
        public = (await api.client.get(f"{PUBLIC}/{code}")).json()
        assert public["sms_phone_masked"] == "139****5678"
        staff = (await api.get("community-a", f"/api/v1/feedback/{feedback_id}")).json()
        assert staff["sms_phone_masked"] == "139****5678" and staff["version"] == 1  # written once
    async with api.session() as session:
        consent = (
            await session.execute(select(SmsConsent).where(SmsConsent.feedback_id == feedback_id))
        ).scalar_one()
        assert consent.resident_id is None and consent.channel == "sms" and consent.revoked_on is None
        assert consent.granted_on == DAY and consent.source == "public_form"
        assert consent.phone_enc and PHONE not in consent.phone_enc and consent.phone_masked == "139****5678"
    with office_clock(DAY, time(22, 0)):
        answered = await api.post("community-a", f"/api/v1/feedback/{feedback_id}/reply", {"reply": REPLY})
        assert answered.status_code == 200, answered.text
        (held,) = await _messages(api, feedback_id)
        assert held.status == "queued" and held.status_reason == "quiet_hours"
        assert held.next_attempt_at == beijing(NEXT, time(8, 0)) and held.purpose == "complaint_reply"
        first_words = "已安排专人每周一上午在窗口坐班，并在公示栏公布值班电话，欢…"  # 30 characters
        assert held.body == f"您好，您反映的事项（查询码{code}）已答复：{first_words}"
        assert await worker.send_messages() == 0
    with office_clock(NEXT, time(7, 59)):
        assert await worker.send_messages() == 0
    with office_clock(NEXT, time(8, 0)):
        assert await worker.send_messages() == 1
    (sent,) = await _messages(api, feedback_id)
    assert sent.status == "delivered" and sent.provider == "log" and sent.attempts == 1
    assert sent.sent_at == beijing(NEXT, time(8, 0)) and sent.receipt_code == "DELIVRD"
    assert sent.phone_masked == "139****5678" and sent.resident_id is None
    # the number is never whole in a read or in the audit trail
    with office_clock(NEXT, time(9, 0)):
        for user in ("community-a", "street", "district"):
            read = await api.get(user, f"/api/v1/feedback/{feedback_id}")
            assert read.status_code == 200 and PHONE not in read.text
            listed = await api.get(user, "/api/v1/feedback")
            assert listed.status_code == 200 and PHONE not in listed.text
        assert PHONE not in (await api.client.get(f"{PUBLIC}/{code}")).text
        events = await api.get("district", "/api/v1/audit-events", params={"limit": 100})
        assert events.status_code == 200 and PHONE not in events.text
    audit_text = await _audit_text(api)
    assert PHONE not in audit_text and '"source": "public_form"' in audit_text
    assert '"text_queued": true' in audit_text


async def test_a_revoked_consent_by_tracking_code_stops_the_reply(api):
    worker = Worker(api.database, api.settings)
    with office_clock(DAY, time(10, 0)):
        code, feedback_id = await _file(api, "13700001111")
    with office_clock(DAY, time(21, 30)):
        answered = await api.post("community-a", f"/api/v1/feedback/{feedback_id}/reply", {"reply": "已处理"})
        assert answered.status_code == 200, answered.text
        assert [m.status for m in await _messages(api, feedback_id)] == ["queued"]
        stopped = await api.client.post(f"{PUBLIC}/{code.lower()}/texts/stop")
        assert stopped.status_code == 200, stopped.text
        assert stopped.json()["sms_phone_masked"] is None and stopped.json()["reply"] == "已处理"
        again = await api.client.post(f"{PUBLIC}/{code}/texts/stop", headers={"Accept-Language": "zh-CN"})
        assert again.status_code == 409 and "短信" in again.json()["title"] + again.json()["detail"]
    with office_clock(NEXT, time(8, 0)):
        await worker.send_messages()
    (cancelled,) = await _messages(api, feedback_id)
    assert (
        cancelled.status == "cancelled"
        and cancelled.status_reason == "no_consent"
        and cancelled.sent_at is None
    )
    async with api.session() as session:
        consent = (
            await session.execute(select(SmsConsent).where(SmsConsent.feedback_id == feedback_id))
        ).scalar_one()
        assert consent.revoked_on == DAY and consent.revoked_source == "public_form"
        assert consent.phone_enc is None and consent.phone_masked == "137****1111"  # the number erased
        event = (
            await session.execute(
                select(AuditEvent).where(
                    AuditEvent.action == "consent.revoked", AuditEvent.object_id == str(consent.id)
                )
            )
        ).scalar_one()
        assert event.actor_username == "public" and event.detail["messages_cancelled"] == 1


async def test_the_office_records_a_withdrawal_before_the_reply(api):
    with office_clock(DAY, time(10, 0)):
        code, feedback_id = await _file(api, "13600002222")
        path = f"/api/v1/feedback/{feedback_id}/texts/stop"
        assert (await api.post("community-b", path, {"source": "phone_call"})).status_code == 404
        assert (await api.post("district", path, {"source": "phone_call"})).status_code == 403
        assert (await api.post("community-a", path, {"source": "rumour"})).status_code == 422
        stopped = await api.post("community-a", path, {"source": "phone_call"})
        assert stopped.status_code == 200, stopped.text
        assert stopped.json()["sms_phone_masked"] is None
        answered = await api.post("community-a", f"/api/v1/feedback/{feedback_id}/reply", {"reply": "已处理"})
        assert answered.status_code == 200, answered.text
    assert await _messages(api, feedback_id) == []  # nothing queued after the withdrawal
    async with api.session() as session:
        consent = (
            await session.execute(select(SmsConsent).where(SmsConsent.feedback_id == feedback_id))
        ).scalar_one()
        assert consent.revoked_source == "phone_call" and consent.revoked_by is not None


async def test_a_mobile_only_with_the_consent_and_a_valid_one(api):
    with office_clock(DAY, time(10, 0)):
        alone = await file_feedback(api, sms_phone=PHONE)
        assert alone.status_code == 422
        assert (await file_feedback(api, sms_consent=True)).status_code == 422
        assert (await file_feedback(api, sms_consent=True, sms_phone="0571-1234567")).status_code == 422
        before = await _consents(api)
        plain = await file_feedback(api)  # no consent: no consent row, nothing texted
        assert plain.status_code == 201
        public = (await api.client.get(f"{PUBLIC}/{plain.json()['tracking_code']}")).json()
        assert public["sms_phone_masked"] is None
    assert await _consents(api) == before


async def _consents(api) -> int:
    async with api.session() as session:
        rows = await session.execute(select(SmsConsent.id).where(SmsConsent.feedback_id.is_not(None)))
        return len(rows.all())
