"""Complaints about a staff member's conduct (作风投诉, issue 29, point 3): said by the submitter or
found by the handler, upheld or not on the reply; clients that send neither field work as before."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from app.models.core.audit import AuditEvent
from app.models.grassroots.sunshine import Feedback, FeedbackStatus
from tests.api.grassroots.feedback_helpers import PUBLIC, file_feedback, set_today

STAFF = "/api/v1/feedback"


async def _case(api, code: str) -> Feedback:
    async with api.session() as session:
        return (await session.execute(select(Feedback).where(Feedback.tracking_code == code))).scalar_one()


async def test_a_complaint_about_staff_is_upheld_on_the_reply(api):
    set_today(api, date(2019, 11, 4))
    try:
        filed = await file_feedback(api, subject="专干态度差", about_staff=True)
        assert filed.status_code == 201, filed.text
        code = filed.json()["tracking_code"]
        case = await _case(api, code)
        assert case.about_staff is True and case.staff_upheld is None
        replied = await api.post(
            "community-a", f"{STAFF}/{case.id}/reply", {"reply": "经核实属实，已批评教育", "upheld": True}
        )
        assert replied.status_code == 200, replied.text
        assert (replied.json()["about_staff"], replied.json()["staff_upheld"]) == (True, True)
        public = (await api.client.get(f"{PUBLIC}/{code}")).json()
        assert (public["about_staff"], public["staff_upheld"]) == (True, True)
    finally:
        api.app.dependency_overrides.clear()
    async with api.session() as session:
        detail = (
            await session.execute(
                select(AuditEvent.detail).where(
                    AuditEvent.action == "feedback.answered", AuditEvent.object_id == str(case.id)
                )
            )
        ).scalar_one()
    assert detail["about_staff"] is True and detail["upheld"] is True


async def test_the_handler_finds_a_complaint_about_staff_and_old_clients_work_as_before(api):
    set_today(api, date(2019, 11, 4))
    try:
        plain = await file_feedback(api, subject="窗口无人")
        case = await _case(api, plain.json()["tracking_code"])
        wrong = await api.post(
            "community-a", f"{STAFF}/{case.id}/reply", {"reply": "已答复", "upheld": False}
        )
        assert wrong.status_code == 422, wrong.text
        assert (await _case(api, case.tracking_code)).status is FeedbackStatus.open
        found = await api.post(
            "community-a",
            f"{STAFF}/{case.id}/reply",
            {"reply": "经查不属实", "about_staff": True, "upheld": False},
        )
        assert found.status_code == 200, found.text
        assert (found.json()["about_staff"], found.json()["staff_upheld"]) == (True, False)
        old = await file_feedback(api, subject="咨询", category="inquiry")
        old_case = await _case(api, old.json()["tracking_code"])
        answered = await api.post("community-a", f"{STAFF}/{old_case.id}/reply", {"reply": "已答复"})
        assert answered.status_code == 200, answered.text
        assert (answered.json()["about_staff"], answered.json()["staff_upheld"]) == (False, None)
        praise = await file_feedback(api, category="praise", about_staff=True)
        assert praise.status_code == 422, praise.text
    finally:
        api.app.dependency_overrides.clear()
