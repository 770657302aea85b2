"""Grassroots work: network (Task 1), publicity (Task 2), Association and integrity (Task 7),
sunshine feedback, work style and self-governance (Task 8), the Reproductive Care Action and
demonstration communities."""

from app.models.grassroots import (  # noqa: F401
    association,
    care,
    care_project,
    conduct,
    demonstration,
    facility,
    labels,  # registers the area's enum labels
    network,
    publicity,
    publicity_effect,
    self_governance,
    sunshine,
)
