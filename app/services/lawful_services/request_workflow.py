"""The service-request workflow as a table (state, step, next state, permission, guard).

The community takes the papers and pre-checks; for a street-level service it forwards (转报) and the
street accepts, completes and issues. Returns are once per request (一次性告知), with corrections
(补正) added to that same return.
"""

from __future__ import annotations

from app.models.lawful_services.service import ServiceRequestState
from app.workflow import Workflow, step

S = ServiceRequestState
SERVICE_REQUEST_WORKFLOW = Workflow(
    "service_request",
    ServiceRequestState,
    [
        step(
            "forward",
            [S.submitted],
            S.forwarded,
            "services:process",
            "community, street-level type; materials complete and preconditions met",
            zh="预审转报街道",
            en="Pre-check and forward to the street",
        ),
        step(
            "accept",
            [S.submitted, S.forwarded],
            S.accepted,
            "services:process",
            "the type's accepting level; materials complete and preconditions met; instant types complete",
            zh="受理",
            en="Accept",
        ),
        step(
            "return",
            [S.submitted, S.forwarded],
            S.returned,
            "services:process",
            "once per item: every missing item listed (一次性告知)",
            zh="退回补正",
            en="Return for correction",
        ),
        step(
            "resubmit",
            [S.returned],
            None,
            "services:process",
            "adds to the same return; submitted again once nothing listed is missing",
            zh="补正材料",
            en="Bring corrections",
        ),
        step(
            "complete",
            [S.accepted],
            S.completed,
            "services:process",
            "the type's issuing level; preconditions checked again; issues the document",
            zh="办结",
            en="Complete",
        ),
        step(
            "reject",
            [S.submitted, S.returned, S.forwarded, S.accepted],
            S.rejected,
            "services:process",
            "with the reason the applicant is told",
            zh="不予办理",
            en="Reject",
        ),
    ],
    attribute="state",
)
WORKFLOW = SERVICE_REQUEST_WORKFLOW
