"""The resident's life as a table: active, moved out (may come back) or deceased (final)."""

from __future__ import annotations

from app.models.core.resident import ResidentStatus
from app.workflow import Workflow, step

R = ResidentStatus

RESIDENT_WORKFLOW = Workflow(
    "resident",
    ResidentStatus,
    [
        step(
            "move",
            [R.active],
            R.active,
            "residents:move",
            "to another community of the caller's street",
            zh="迁移",
            en="Move",
        ),
        step(
            "mark_moved_out",
            [R.active],
            R.moved_out,
            "residents:life-events",
            "from a day between birth and today (also a migrant's departure); benefits stop",
            zh="标记为迁出",
            en="Mark moved out",
        ),
        step(
            "mark_deceased",
            [R.active],
            R.deceased,
            "residents:life-events",
            "from a day between birth and today; final; benefits stop",
            zh="标记为死亡",
            en="Mark deceased",
        ),
        step(
            "move_back_in",
            [R.moved_out],
            R.active,
            "migrants:write",
            "a departed migrant who comes back, not before the move-out",
            zh="迁回",
            en="Move back in",
        ),
    ],
)
