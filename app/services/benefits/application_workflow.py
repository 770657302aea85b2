"""The benefit application's path as a table (申请→社区审核→公示→街道审核→区审批).

The review steps decide their next state from the decision (approve moves on, return sends the
case back for correction once per level, reject closes it); submit and withdraw have fixed targets.
"""

from __future__ import annotations

from app.models.benefits.benefit import ApplicationStatus
from app.workflow import Workflow, step

A = ApplicationStatus

APPLICATION_WORKFLOW = Workflow(
    "benefit_application",
    ApplicationStatus,
    [
        step(
            "submit",
            [A.draft, A.returned],
            A.submitted,
            "benefits:apply",
            "every required material handed in (all missing ones named at once); the family is eligible",
            zh="提交",
            en="Submit",
        ),
        step(
            "edit",
            [A.draft, A.returned],
            None,
            "benefits:apply",
            "hand in materials or change the note (补正); the state stays",
            zh="修改",
            en="Edit",
        ),
        step(
            "community_review",
            [A.submitted],
            None,
            "benefits:review:community",
            "approve → in_notice (posted ≥ 7 days); return (once at this level, every missing item) → "
            "returned; reject (with a reason) → rejected",
            zh="社区审核",
            en="Community review",
        ),
        step(
            "street_review",
            [A.in_notice],
            None,
            "benefits:review:street",
            "approve after the notice window with no open objection → street_approved; return once; reject",
            zh="街道审核",
            en="Street review",
        ),
        step(
            "district_review",
            [A.street_approved],
            None,
            "benefits:approve:district",
            "approve → enrolled (eligibility re-checked); return once; reject",
            zh="区级审批",
            en="District approval",
        ),
        step(
            "withdraw",
            [A.draft, A.submitted, A.returned, A.in_notice, A.street_approved],
            A.withdrawn,
            "benefits:apply",
            "any time before district approval",
            zh="撤回",
            en="Withdraw",
        ),
    ],
)

REVIEW_STEP_BY_STATUS = {
    A.submitted: "community_review",
    A.in_notice: "street_review",
    A.street_approved: "district_review",
}
