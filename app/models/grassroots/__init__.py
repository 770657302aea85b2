"""Grassroots work: network (Task 1), publicity (Task 2), Association and integrity (Task 7),
sunshine feedback (Task 8), the Reproductive Care Action and demonstration communities."""

from app.models.grassroots import (  # noqa: F401
    association,
    care,
    care_project,
    demonstration,
    facility,
    labels,  # registers the area's enum labels
    network,
    publicity,
    publicity_effect,
    sunshine,
)
