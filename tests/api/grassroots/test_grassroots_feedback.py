"""Task 8: an anonymous complaint routed, escalated when overdue, its reply read by tracking code."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from app.clock import today
from app.models.core.audit import AuditEvent
from app.models.grassroots.sunshine import Feedback
from tests.api.grassroots.feedback_helpers import PUBLIC, file_feedback, set_today
from tests.demo_ids import org_ids


async def test_anonymous_complaint_routed_escalated_answered_and_read_by_tracking_code(api):
    ids = await org_ids(api)
    set_today(api, date(2019, 4, 29))  # Monday; 1–4 May are holidays, Sunday 5 May is a make-up working day
    try:
        filed = await file_feedback(api, contact="13900001111")
        assert filed.status_code == 201, filed.text
        receipt = filed.json()
        code = receipt["tracking_code"]
        assert receipt["due_on"] == "2019-05-08"  # five working days: 30 Apr, 5, 6, 7, 8 May
        assert receipt["status"] == "open"

        # routed to community A: its worker sees it (with the contact, audited), community B does not
        a_list = (await api.get("community-a", "/api/v1/feedback")).json()["items"]
        case = next(f for f in a_list if f["tracking_code"] == code)
        assert case["org_id"] == ids["community-a"] and case["anonymous"] and case["submitter_name"] is None
        assert case["contact"] == "13900001111"
        b_list = (await api.get("community-b", "/api/v1/feedback")).json()["items"]
        assert code not in [f["tracking_code"] for f in b_list]
        assert (await api.get("community-b", f"/api/v1/feedback/{case['id']}")).status_code == 404
        # the district reads cases but does not handle them: no contact
        district = (await api.get("district", f"/api/v1/feedback/{case['id']}")).json()
        assert district["contact"] is None
        async with api.session() as session:
            stored = await session.get(Feedback, case["id"])
            assert stored is not None and "13900001111" not in (stored.contact_enc or "")
            reads = (
                (
                    await session.execute(
                        select(AuditEvent).where(AuditEvent.action == "feedback.contacts_read")
                    )
                )
                .scalars()
                .all()
            )
            assert any(e.actor_username == "community-a" for e in reads)

        # on the due date nothing escalates; the next day the street's sweep escalates it
        set_today(api, date(2019, 5, 8))
        assert (await api.post("street", "/api/v1/feedback/escalations")).json()["escalated_ids"] == []
        set_today(api, date(2019, 5, 9))
        assert (await api.get("community-a", f"/api/v1/feedback/{case['id']}")).json()["overdue"] is True
        assert (await api.post("community-a", "/api/v1/feedback/escalations")).status_code == 403
        swept = (await api.post("street", "/api/v1/feedback/escalations")).json()["escalated_ids"]
        assert swept == [case["id"]]
        escalated = (await api.get("street", f"/api/v1/feedback/{case['id']}")).json()
        assert escalated["status"] == "escalated" and escalated["escalated_to_id"] == ids["street"]
        public = (await api.client.get(f"{PUBLIC}/{code}")).json()
        assert public["status"] == "escalated" and public["escalated"] is True and public["reply"] is None

        # once escalated, the community no longer answers it; the street does
        late = await api.post("community-a", f"/api/v1/feedback/{case['id']}/reply", {"reply": "已处理"})
        assert late.status_code == 403
        answer = await api.post(
            "street-officer", f"/api/v1/feedback/{case['id']}/reply", {"reply": "已安排专人每周一坐班。"}
        )
        assert answer.status_code == 200, answer.text
        assert answer.json()["status"] == "answered" and answer.json()["answered_on_time"] is False
        again = await api.post("street-officer", f"/api/v1/feedback/{case['id']}/reply", {"reply": "x"})
        assert again.status_code == 409 and again.json()["current_state"] == "answered"

        # the submitter reads the reply by tracking code (lower case works too) and rates it
        public = await api.client.get(f"{PUBLIC}/{code.lower()}")
        assert public.status_code == 200
        assert public.json()["reply"] == "已安排专人每周一坐班。"
        assert "content" not in public.json() and "contact" not in public.json()
        rated = await api.client.post(f"{PUBLIC}/{code}/rating", json={"satisfaction": 4})
        assert rated.json()["status"] == "closed" and rated.json()["satisfaction"] == 4
        assert (await api.client.post(f"{PUBLIC}/{code}/rating", json={"satisfaction": 5})).status_code == 409
        assert (await api.client.get(f"{PUBLIC}/ABCDEFGHJKLM")).status_code == 404

        async with api.session() as session:
            actions = list(
                (
                    await session.execute(
                        select(AuditEvent.action)
                        .where(AuditEvent.object_type == "feedback", AuditEvent.object_id == str(case["id"]))
                        .order_by(AuditEvent.id)
                    )
                ).scalars()
            )
        assert [a for a in actions if a != "feedback.contacts_read"] == [
            "feedback.filed",
            "feedback.escalated",
            "feedback.answered",
            "feedback.rated",
        ]
    finally:
        api.app.dependency_overrides.pop(today, None)


async def test_public_posting_is_rate_limited_and_bad_input_is_422(api):
    set_today(api, date(2019, 6, 3))
    try:
        assert (await file_feedback(api, org_code="999999999999")).status_code == 422
        assert (await file_feedback(api, name="张三")).status_code == 422  # anonymous with a name
        assert (await file_feedback(api, category="nonsense")).status_code == 422
        statuses = [(await file_feedback(api, anonymous=False, name="李四")).status_code for _ in range(6)]
        # the first test of the module filed one from this client address already
        assert statuses.count(201) >= 4 and statuses[-1] == 429
    finally:
        api.app.dependency_overrides.pop(today, None)


async def test_commitments_published_to_the_public(api):
    ids = await org_ids(api)
    created = await api.post(
        "community-b",
        "/api/v1/commitments",
        {"org_id": ids["community-b"], "content": "生育登记材料齐全当场办结", "due_on": "2019-12-31"},
    )
    assert created.status_code == 201, created.text
    assert (
        await api.post(
            "community-b",
            "/api/v1/commitments",
            {"org_id": ids["community-a"], "content": "x", "due_on": "2019-12-31"},
        )
    ).status_code == 404
    public = (await api.client.get("/api/v1/public/commitments")).json()["items"]
    assert any(c["content"] == "生育登记材料齐全当场办结" and c["org_name"] == "较场口社区" for c in public)
    assert "org_id" not in public[0]
