"""What the zh-CN sweep (test_zh_sweep.py) reads: every raise of a problem in app/, with the text a
zh-CN caller would get, found in the source; and what counts as an English sentence."""

from __future__ import annotations

import ast
import functools
import importlib
import pkgutil
import re
from dataclasses import dataclass
from pathlib import Path

import app
from app.errors import AppError, known_zh
from app.messages_zh import ACTIONS

APP = Path(app.__file__).resolve().parent
SAMPLE = "x1"  # what stands for a variable part of a message


@functools.cache
def parsed() -> tuple[tuple[Path, ast.Module], ...]:
    """Every module of app/, parsed once for all the walks."""
    return tuple((path, ast.parse(path.read_text(encoding="utf-8"))) for path in sorted(APP.rglob("*.py")))


def error_classes() -> dict[str, type[AppError]]:
    """Every AppError subclass of the app by name (every module imported first)."""
    for info in pkgutil.walk_packages([str(APP)], "app."):
        if not info.name.startswith(("app.demo", "app.worker")):
            importlib.import_module(info.name)

    def walk(cls: type[AppError]) -> list[type[AppError]]:
        return [c for s in cls.__subclasses__() for c in (s, *walk(s))]

    return {cls.__name__: cls for cls in (AppError, *walk(AppError))}


@dataclass(frozen=True)
class Raise:
    where: str
    cls: str
    english: str | None  # the detail with SAMPLE for its variable parts; None: not a text in the source
    zh: str | None  # the zh= text given at the raise (variable parts as SAMPLE)
    args: tuple[ast.expr, ...]

    def zh_text(self) -> str | None:
        """What a zh-CN caller reads as the detail (None: no Chinese known)."""
        if self.zh is not None:
            return self.zh
        if self.english is None:
            return None
        return known_zh(self.english)


def sample(node: ast.expr) -> str | None:
    """The text an expression makes, its variable parts as SAMPLE; None if it is not text."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return "".join(sample(v) or "" if isinstance(v, ast.Constant) else SAMPLE for v in node.values)
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        left, right = sample(node.left), sample(node.right)
        return None if left is None and right is None else (left or SAMPLE) + (right or SAMPLE)
    return None


def raises(classes: dict[str, type[AppError]]) -> list[Raise]:
    """Every call of a problem class in app/ (``raise X(...)``, ``error = X(...)``)."""
    found = []
    for path, tree in parsed():
        for node in ast.walk(tree):
            # every construction of a problem: raised at once, or built and raised (or answered) later
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", None)
            if name not in classes:
                continue
            zh = next((k.value for k in node.keywords if k.arg == "zh"), None)
            args = tuple(node.args)
            found.append(
                Raise(
                    where=f"{path.relative_to(APP.parent)}:{node.lineno}",
                    cls=name,
                    english=sample(args[0]) if args else None,
                    zh=sample(zh) if zh is not None else None,
                    args=args,
                )
            )
    return found


def action_ok(node: ast.expr) -> bool:
    """InvalidTransition's action: a phrase with its Chinese, or a workflow step's code."""
    if isinstance(node, ast.Constant):
        return node.value in ACTIONS
    if isinstance(node, ast.IfExp):
        return action_ok(node.body) and action_ok(node.orelse)
    if isinstance(node, ast.JoinedStr):
        return True  # "mark {status}": each status is in ACTIONS (checked by the test on its values)
    return isinstance(node, ast.Name)  # a step name (a code)


def not_found_labels() -> set[str]:
    """The record names a 404 can carry: ReadPath labels, LABEL constants, one_or_404's ``what``."""
    labels: set[str] = set()
    for _path, tree in parsed():
        for node in ast.walk(tree):
            if isinstance(node, ast.keyword) and node.arg == "label" and isinstance(node.value, ast.Constant):
                labels.add(str(node.value.value))
            elif isinstance(node, ast.Assign) and any(
                isinstance(t, ast.Name) and t.id == "LABEL" for t in node.targets
            ):
                if isinstance(node.value, ast.Constant):
                    labels.add(str(node.value.value))
            elif isinstance(node, ast.Call) and getattr(node.func, "id", None) == "one_or_404":
                what = node.args[2] if len(node.args) > 2 else None
                if isinstance(what, ast.Constant):
                    labels.add(str(what.value))
            elif isinstance(node, ast.Constant) and isinstance(node.value, str):
                if found := re.fullmatch(r"(.+) not found", node.value):
                    labels.add(found.group(1))
    return labels


def schema_value_errors() -> list[tuple[str, str]]:
    """(where, message) of every ValueError a request schema's validator raises."""
    out = []
    for path, tree in parsed():
        if "schemas" not in path.relative_to(APP).parts:
            continue
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Raise)
                and isinstance(node.exc, ast.Call)
                and getattr(node.exc.func, "id", None) == "ValueError"
                and node.exc.args
            ):
                text = sample(node.exc.args[0])
                if text is not None:
                    out.append((f"{path.relative_to(APP.parent)}:{node.lineno}", text))
    return out
