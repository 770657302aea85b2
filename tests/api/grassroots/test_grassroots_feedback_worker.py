"""Task 8: the worker escalates overdue feedback to the street on its own, once, audited as the scheduler."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from app.clock import today
from app.models.core.audit import AuditEvent
from app.models.grassroots.sunshine import Feedback
from app.worker import Worker
from tests.api.grassroots.feedback_helpers import file_feedback, set_today
from tests.demo_ids import org_ids


async def test_the_worker_escalates_an_overdue_case_the_day_after_its_deadline(api):
    ids = await org_ids(api)
    set_today(api, date(2019, 9, 2))  # Monday: due five working days later, Monday 9 September
    try:
        filed = await file_feedback(api, subject="药具站周末不开门", anonymous=False, name="王五")
        assert filed.status_code == 201, filed.text
        receipt = filed.json()
        assert receipt["due_on"] == "2019-09-09"
    finally:
        api.app.dependency_overrides.pop(today, None)
    worker = Worker(api.database, api.settings)
    on_the_deadline = await worker.run_jobs(date(2019, 9, 9))
    async with api.session() as session:
        case = (
            await session.execute(select(Feedback).where(Feedback.tracking_code == receipt["tracking_code"]))
        ).scalar_one()
        assert case.status == "open" and case.escalated_to_id is None
    assert "feedback_escalations" in on_the_deadline

    assert (await worker.run_jobs(date(2019, 9, 10)))["feedback_escalations"] >= 1
    assert (await worker.run_jobs(date(2019, 9, 10)))["feedback_escalations"] == 0  # once only
    read = (await api.get("street", f"/api/v1/feedback/{case.id}")).json()
    assert read["status"] == "escalated" and read["escalated_to_id"] == ids["street"]
    assert read["escalated_on"] == "2019-09-10"
    async with api.session() as session:
        event = (
            await session.execute(
                select(AuditEvent).where(
                    AuditEvent.action == "feedback.escalated", AuditEvent.object_id == str(case.id)
                )
            )
        ).scalar_one()
    assert event.actor_username == "scheduler"
