"""Workflows as tables: each workflow declares its states and steps once, and its service enforces that table.

A step is (name, the states it may start from, the state it leads to, the permission it needs, the guard
in words). ``Workflow.begin(state, step)`` answers the step or raises ``InvalidTransition`` (409 with the
current state), so no service repeats a hand-written state check per step. On a loaded record,
``Workflow.check(record, step, expected_version)`` adds the ``If-Match`` check (412 first) and
``Workflow.move`` answers the next state as the workflow's enumeration: a step's service is then
load in scope → ``move`` → change → audit (app/step_routes.py declares its route). Every workflow registers
itself here; ``GET /api/v1/meta/workflows`` lists the tables (with zh-CN and en labels of each step)
and docs/workflows.md describes them.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from app.errors import Conflict, InvalidTransition
from app.preconditions import check_version

E = TypeVar("E", bound=enum.Enum)

WORKFLOWS: dict[str, Workflow[Any]] = {}


@dataclass(frozen=True)
class Step:
    """One row of a workflow table."""

    name: str
    sources: tuple[str, ...]
    target: str | None
    permission: str
    guard: str = ""
    label_zh: str = ""
    label_en: str = ""
    # The 409's detail where the step has always answered a plain conflict in its own words (the
    # ``conflict`` problem type, not ``invalid-transition``); the body carries the state either way.
    refusal: str = ""

    def describe(self) -> dict[str, object]:
        return {
            "step": self.name,
            "from": list(self.sources),
            "to": self.target,
            "permission": self.permission,
            "guard": self.guard,
            "label": {"zh-CN": self.label_zh or self.name, "en": self.label_en or self.name},
        }


def step(
    name: str,
    sources: Iterable[enum.Enum | str],
    target: enum.Enum | str | None,
    permission: str,
    guard: str = "",
    *,
    zh: str = "",
    en: str = "",
    refusal: str = "",
) -> Step:
    """Declare a step; ``target`` None means the step's outcome decides the next state (e.g. a review)."""
    return Step(
        name=name,
        sources=tuple(_value(s) for s in sources),
        target=None if target is None else _value(target),
        permission=permission,
        guard=guard,
        label_zh=zh,
        label_en=en,
        refusal=refusal,
    )


def _value(state: enum.Enum | str) -> str:
    return str(state.value) if isinstance(state, enum.Enum) else state


class Workflow(Generic[E]):
    """A named transition table over one state enumeration, kept in a record's ``attribute``."""

    def __init__(
        self, name: str, states: type[E], steps: Iterable[Step], *, attribute: str = "status"
    ) -> None:
        self.name = name
        self.states = states
        self.attribute = attribute
        self.steps: dict[str, Step] = {}
        known = {str(m.value) for m in states}
        for s in steps:
            unknown = (set(s.sources) | ({s.target} if s.target else set())) - known
            if unknown:
                raise ValueError(f"workflow {name}: step {s.name} names unknown states {sorted(unknown)}")
            if s.name in self.steps:
                raise ValueError(f"workflow {name}: step {s.name} declared twice")
            self.steps[s.name] = s
        if name in WORKFLOWS:
            raise ValueError(f"workflow {name} declared twice")
        WORKFLOWS[name] = self

    def begin(self, current: enum.Enum | str, step_name: str) -> Step:
        """The step if the table allows it from ``current``; otherwise 409 with the current state."""
        declared = self.steps[step_name]
        state = _value(current)
        if state not in declared.sources:
            if declared.refusal:
                message = declared.refusal  # in the zh catalogue (tests/api/contract/test_zh_sweep.py)
                raise Conflict(message, extra={"current_state": state, "action": step_name})
            raise InvalidTransition(state, step_name)
        return declared

    def advance(self, current: enum.Enum | str, step_name: str) -> str:
        """The state a fixed-target step leads to from ``current`` (409 if the table does not allow it)."""
        target = self.begin(current, step_name).target
        if target is None:
            raise ValueError(f"workflow {self.name}: step {step_name} decides its next state itself")
        return target

    def check(self, record: Any, step_name: str, expected_version: int | None = None) -> Step:
        """The step on a loaded record: 412 if ``expected_version`` (If-Match) is stale, then 409 if
        the record's state does not allow it."""
        check_version(record, expected_version)
        return self.begin(getattr(record, self.attribute), step_name)

    def move(self, record: Any, step_name: str, expected_version: int | None = None) -> E:
        """``check``, then the state a fixed-target step leads the record to (not yet set)."""
        self.check(record, step_name, expected_version)
        return self.states(self.advance(getattr(record, self.attribute), step_name))

    def allowed(self, current: enum.Enum | str) -> list[str]:
        """The steps that may start from ``current`` (for clients that show the next actions)."""
        state = _value(current)
        return [s.name for s in self.steps.values() if state in s.sources]

    def describe(self) -> dict[str, object]:
        return {
            "states": [str(m.value) for m in self.states],
            "steps": [s.describe() for s in self.steps.values()],
        }


def describe_all() -> dict[str, dict[str, object]]:
    return {name: wf.describe() for name, wf in sorted(WORKFLOWS.items())}
