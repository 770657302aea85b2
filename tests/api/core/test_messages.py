"""Text messages: consent (recorded, revocable, audited), quiet hours, limits, the worker, receipts."""

from __future__ import annotations

from datetime import date, time

from sqlalchemy import select, update

from app.models.core.audit import AuditEvent
from app.models.core.messaging import SmsConsent, SmsMessage
from app.services.core.sms_providers import AliyunProvider
from app.worker import Worker
from tests.api.core.message_helpers import (
    beijing,
    grant,
    message,
    office_clock,
    queue_reminder,
    resident_with_phone,
)
from tests.api.core.sms_provider_server import provider_server

DAY = date(2019, 3, 4)  # a Monday
NEXT = date(2019, 3, 5)
JUNE = date(2019, 6, 3)


async def test_a_consent_is_recorded_with_its_date_and_source_and_audited(api):
    resident_id = await resident_with_phone(api)
    with office_clock(DAY, time(10, 0)):
        granted = await grant(api, resident_id)
        assert granted.status_code == 201, granted.text
        body = granted.json()
        assert body["granted_on"] == "2019-01-02" and body["source"] == "paper_form"
        assert body["evidence"] == "同意书 2019-0001" and body["in_force"] is True
        assert (await grant(api, resident_id)).status_code == 409  # one in force per channel
        future = await grant(api, 10**6, granted_on="2019-03-05")
        assert future.status_code == 404  # an unknown resident first: nothing said about the date
        other = await resident_with_phone(api, skip=5)
        late = await grant(api, other, granted_on="2019-03-05")
        assert late.status_code == 422 and late.json()["errors"][0]["loc"] == ["body", "granted_on"]
        wrong = await grant(api, other, source="rumour")
        assert wrong.status_code == 422
    response = await api.get("community-a", f"/api/v1/residents/{resident_id}/consents")
    assert response.status_code == 200, response.text
    assert [c["id"] for c in response.json()] == [body["id"]]
    async with api.session() as session:
        event = (
            await session.execute(select(AuditEvent).where(AuditEvent.action == "consent.granted"))
        ).scalar_one()
        assert event.object_id == str(body["id"]) and event.actor_username == "community-a"
        assert event.detail["source"] == "paper_form" and event.detail["resident_id"] == resident_id
        assert (
            await session.execute(select(SmsConsent).where(SmsConsent.resident_id == other))
        ).first() is None


async def test_no_consent_no_message(api):
    resident_id = await resident_with_phone(api, skip=1)
    with office_clock(DAY, time(10, 0)):
        assert await queue_reminder(api, resident_id) is None
    page = (await api.get("community-a", f"/api/v1/residents/{resident_id}/messages")).json()
    assert page["items"] == []


async def test_a_reminder_queued_at_2200_is_sent_at_0800_with_its_receipt(api):
    resident_id = await resident_with_phone(api, skip=2)
    worker = Worker(api.database, api.settings)
    with office_clock(DAY, time(10, 0)):
        assert (await grant(api, resident_id)).status_code == 201
    with office_clock(DAY, time(22, 0)):
        message_id = await queue_reminder(api, resident_id, key="reminder-2200")
        assert message_id is not None
        assert await queue_reminder(api, resident_id, key="reminder-2200") is None  # queued once
        held = await message(api, message_id)
        assert held.status == "queued" and held.status_reason == "quiet_hours"
        assert held.next_attempt_at == beijing(NEXT, time(8, 0))
        assert await worker.send_messages() == 0  # nothing due
    with office_clock(NEXT, time(7, 59)):
        assert await worker.send_messages() == 0
        assert (await message(api, message_id)).status == "queued"
    with office_clock(NEXT, time(8, 0)):
        assert await worker.send_messages() == 1
    sent = await message(api, message_id)
    assert sent.status == "delivered" and sent.provider == "log" and sent.attempts == 1
    assert sent.sent_at == beijing(NEXT, time(8, 0))
    assert sent.receipt_code == "DELIVRD" and sent.receipt_at is not None
    assert sent.body.startswith("张三您好，您享受的农村部分计划生育家庭奖励扶助年审将于2019年3月31日截止")
    page = (await api.get("community-a", f"/api/v1/residents/{resident_id}/messages")).json()
    row = page["items"][0]
    assert row["id"] == message_id and row["status"] == "delivered" and row["receipt_code"] == "DELIVRD"
    assert row["phone_masked"] and "****" in row["phone_masked"] and "phone" not in row
    assert row["purpose"] == "reverification_due" and row["sent_at"].startswith("2019-03-05T00:00:00")


async def test_a_revoked_consent_stops_the_next_message(api):
    resident_id = await resident_with_phone(api, skip=3)
    worker = Worker(api.database, api.settings)
    with office_clock(DAY, time(10, 0)):
        consent = (await grant(api, resident_id)).json()
        first = await queue_reminder(api, resident_id, key="revoke-1")
        assert await worker.send_messages() >= 1
        assert (await message(api, first)).status == "delivered"
    with office_clock(DAY, time(22, 30)):
        waiting = await queue_reminder(api, resident_id, key="revoke-2")  # held for the morning
        revoked = await api.post(
            "community-a",
            f"/api/v1/residents/{resident_id}/consents/{consent['id']}/revoke",
            {"revoked_on": "2019-03-04", "source": "phone_call"},
        )
        assert revoked.status_code == 200, revoked.text
        assert revoked.json()["in_force"] is False and revoked.json()["revoked_source"] == "phone_call"
        again = await api.post(
            "community-a",
            f"/api/v1/residents/{resident_id}/consents/{consent['id']}/revoke",
            {"revoked_on": "2019-03-04", "source": "phone_call"},
        )
        assert again.status_code == 409
        assert await queue_reminder(api, resident_id, key="revoke-3") is None  # nothing new is queued
    with office_clock(NEXT, time(8, 0)):
        await worker.send_messages()
    stopped = await message(api, waiting)
    assert stopped.status == "cancelled" and stopped.status_reason == "no_consent" and stopped.sent_at is None
    async with api.session() as session:
        event = (
            await session.execute(select(AuditEvent).where(AuditEvent.action == "consent.revoked"))
        ).scalar_one()
        assert event.detail["messages_cancelled"] == 1 and event.object_id == str(consent["id"])
    history = (await api.get("community-a", f"/api/v1/residents/{resident_id}/consents")).json()
    assert [c["revoked_on"] for c in history] == ["2019-03-04"]
    # consent given again later: a new row, the old one kept as proof
    with office_clock(NEXT, time(9, 0)):
        assert (await grant(api, resident_id, granted_on="2019-03-05", source="in_person")).status_code == 201
    history = (await api.get("community-a", f"/api/v1/residents/{resident_id}/consents")).json()
    assert [c["in_force"] for c in history] == [True, False]


async def test_limits_hold_the_rest_for_the_next_morning(api):
    resident_id = await resident_with_phone(api, skip=4)
    worker = Worker(api.database, api.settings)
    rules = (await api.get("community-a", "/api/v1/message-rules")).json()
    rule = rules[-1]
    assert (rule["quiet_from"], rule["quiet_until"]) == ("21:00:00", "08:00:00")
    assert rule["max_per_day"] == 3 and rule["source"]
    with office_clock(DAY, time(10, 0)):
        assert (await grant(api, resident_id)).status_code == 201
        queued = [await queue_reminder(api, resident_id, key=f"limit-{n}") for n in range(4)]
        assert await worker.send_messages() == 4
    statuses = [(await message(api, m)).status for m in queued]
    assert statuses == ["delivered", "delivered", "delivered", "queued"]
    held = await message(api, queued[3])
    assert held.status_reason == "limit_reached" and held.next_attempt_at == beijing(NEXT, time(8, 0))
    with office_clock(NEXT, time(8, 0)):
        assert await worker.send_messages() == 1
    assert (await message(api, queued[3])).status == "delivered"


async def test_a_community_worker_sees_no_other_communitys_consents_or_messages(api):
    resident_id = await resident_with_phone(api, community="community-b")
    with office_clock(DAY, time(10, 0)):
        consent = (await grant(api, resident_id, user="community-b")).json()
        assert await queue_reminder(api, resident_id, key="scope-b") is not None
        checks = [
            await api.get("community-a", f"/api/v1/residents/{resident_id}/consents"),
            await api.get("community-a", f"/api/v1/residents/{resident_id}/messages"),
            await grant(api, resident_id, user="community-a"),
            await api.post(
                "community-a",
                f"/api/v1/residents/{resident_id}/consents/{consent['id']}/revoke",
                {"revoked_on": "2019-03-04", "source": "phone_call"},
            ),
        ]
    assert [r.status_code for r in checks] == [404] * 4
    assert (await api.get("community-b", f"/api/v1/residents/{resident_id}/consents")).json()[0]["in_force"]
    assert len((await api.get("street", f"/api/v1/residents/{resident_id}/messages")).json()["items"]) == 1
    unit = await api.get("unit", f"/api/v1/residents/{resident_id}/messages")
    assert unit.status_code == 403  # a unit liaison does not read messages at all


async def test_templates_are_data_with_effective_dates(api):
    listed = (await api.get("community-a", "/api/v1/message-templates")).json()
    assert {t["purpose"] for t in listed} >= {"reverification_due", "request_returned", "complaint_reply"}
    body = {
        "purpose": "reverification_due",
        "body": "${name}您好：${program}年审${deadline}截止，请到社区确认。",
        "effective_from": "2019-03-05",
        "source": "街道办事处2019年第3号通知",
        "aliyun_template_code": "SMS_123456",
    }
    assert (await api.post("community-a", "/api/v1/message-templates", body)).status_code == 403
    created = await api.post("street", "/api/v1/message-templates", body)
    assert created.status_code == 201, created.text
    assert created.json()["variables"] == ["name", "program", "deadline"]
    assert (await api.post("street", "/api/v1/message-templates", body)).status_code == 409
    broken = await api.post(
        "street", "/api/v1/message-templates", {**body, "body": "${Name}您好", "effective_from": "2019-04-01"}
    )
    assert broken.status_code == 422
    resident_id = await resident_with_phone(api, skip=6)
    with office_clock(DAY, time(10, 0)):
        await grant(api, resident_id)
        before = await queue_reminder(api, resident_id, key="wording-1")
    with office_clock(NEXT, time(10, 0)):
        after = await queue_reminder(api, resident_id, key="wording-2")
    assert (await message(api, before)).body.startswith("张三您好，您享受的")
    assert (await message(api, after)).body.startswith(
        "张三您好：农村部分计划生育家庭奖励扶助年审2019年3月31日截止"
    )


async def test_the_worker_retries_a_throttled_send_and_records_the_providers_receipt(api):
    """Through the Aliyun adapter, its SDK against a loopback server: throttled, retried after the
    backoff, accepted, and the receipt polled and recorded. (A template of its own from June, so the
    wording the other tests read stays.)"""
    resident_id = await resident_with_phone(api, skip=8)
    created = await api.post(
        "street",
        "/api/v1/message-templates",
        {
            "purpose": "reverification_due",
            "body": "${name}您好，${program}年审${deadline}截止。",
            "effective_from": "2019-06-01",
            "source": "街道办事处2019年第2号通知",
            "aliyun_template_code": "SMS_900001",
        },
    )
    assert created.status_code == 201, created.text
    answers = (
        {"RequestId": "r1", "Code": "isv.BUSINESS_LIMIT_CONTROL", "Message": "触发分钟级流控"},
        {"RequestId": "r2", "Code": "OK", "Message": "OK", "BizId": "biz-77"},
        {
            "RequestId": "r3",
            "Code": "OK",
            "SmsSendDetailDTOs": {
                "SmsSendDetailDTO": [
                    {"SendStatus": 3, "ErrCode": "DELIVERED", "ReceiveDate": "2019-06-03 10:05:09"}
                ]
            },
        },
    )
    async with api.session() as session:  # other tests' messages waiting: not this provider's answers
        await session.execute(
            update(SmsMessage).where(SmsMessage.status == "queued").values(status="cancelled")
        )
        await session.commit()
    worker = Worker(api.database, api.settings)
    with provider_server(*answers) as server:
        worker.sms_provider = AliyunProvider("id", "secret", "某街道计生办", server.endpoint, protocol="http")
        with office_clock(JUNE, time(10, 0)):
            assert (await grant(api, resident_id)).status_code == 201
            message_id = await queue_reminder(api, resident_id, key="aliyun-1")
            assert await worker.send_messages() == 1
            throttled = await message(api, message_id)
            assert throttled.status == "queued" and throttled.attempts == 1
            assert throttled.status_reason.startswith("isv.BUSINESS_LIMIT_CONTROL")
            wait = (throttled.next_attempt_at - beijing(JUNE, time(10, 0))).total_seconds()
            assert 15 <= wait <= 30  # half to all of the 30 s base
        with office_clock(JUNE, time(10, 5)):
            assert await worker.send_messages() == 1
    sent = await message(api, message_id)
    assert sent.status == "delivered" and sent.attempts == 2 and sent.provider == "aliyun"
    assert sent.provider_message_id == "biz-77" and sent.receipt_code == "DELIVERED"
    assert sent.receipt_at == beijing(JUNE, time(10, 5, 9))
    assert [s.headers["x-acs-action"] for s in server.seen] == ["SendSms", "SendSms", "QuerySendDetails"]
    assert "TemplateCode=SMS_900001" in server.seen[1].path


async def test_a_template_names_only_the_variables_its_purpose_gives(api):
    """A wording that names a variable its sender never gives could not be sent: refused when
    written (in Chinese when asked), nothing stored; the document's description says which."""
    body = {
        "purpose": "complaint_reply",
        "body": "${name}您好，您反映的事项（查询码${tracking_code}）已答复：${reply}",
        "effective_from": "2019-07-01",
        "source": "街道办事处2019年第5号通知",
    }
    refused = await api.post("street", "/api/v1/message-templates", body)
    assert refused.status_code == 422, refused.text
    assert "name" in refused.text and "tracking_code, reply" in refused.text
    zh = await api.post("street", "/api/v1/message-templates", body, headers={"Accept-Language": "zh-CN"})
    assert "该用途不提供的变量：name" in zh.text, zh.text
    listed = (await api.get("street", "/api/v1/message-templates")).json()
    assert all(t["effective_from"] != "2019-07-01" for t in listed)
    accepted = await api.post(
        "street", "/api/v1/message-templates", {**body, "body": body["body"].removeprefix("${name}您好，")}
    )
    assert accepted.status_code == 201, accepted.text
    described = api.app.openapi()["components"]["schemas"]["TemplateCreate"]["properties"]["body"]
    assert "complaint_reply: tracking_code, reply" in described["description"]
