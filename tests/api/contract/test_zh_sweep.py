"""Answers wholly in Chinese (issue 28, part 3): every problem detail the code raises, every record
name a 404 names, every pydantic message, every validator message and every reason the API writes
itself reads as Chinese to a zh-CN caller; no English sentence gets through."""

from __future__ import annotations

import ast
import re

from pydantic_core._pydantic_core import list_all_errors

from app.errors import NotFound, state_label_zh
from app.messages_zh import ACTIONS
from app.reasons import REASONS, render
from app.validation_zh import TYPES_ZH, message_zh
from tests.api.contract.zh_sweep import (
    SAMPLE,
    action_ok,
    error_classes,
    not_found_labels,
    parsed,
    raises,
    schema_value_errors,
)
from tests.api.contract.zh_text import latin_sentence, raw_codes

FIELD = re.compile(r"\{([a-z_]+)\}")

# Raises whose detail is not a text in the source, and where its Chinese comes from instead.
DYNAMIC = {
    "InvalidTransition": "zh built from the state's label and the action (ACTIONS)",
    "PreconditionNotMet": "zh built from the service type's name and the unmet conditions",
    "RetroactiveDecrease": "zh built in its __init__",
    "CalendarYearUnknown": "zh built in its __init__",
    "OutsideTargetPopulation": "zh built from each unmet rule's zh text",
    "ServiceOverloaded": "fixed zh in its __init__",
    "DatabaseUnavailable": "fixed zh in its __init__",
    "DispenseRefused": "zh from the refusal code's label",
}


def test_every_problem_the_code_raises_reads_as_chinese() -> None:
    classes = error_classes()
    found = raises(classes)
    assert len(found) > 250, len(found)  # the walk sees the whole app
    english = []
    for r in found:
        if r.cls == "InvalidTransition":
            if len(r.args) > 1 and not action_ok(r.args[1]):
                english.append((r.where, r.cls, ast.unparse(r.args[1])))
            continue
        if not r.args and r.zh is None:
            continue  # the class's own title and title_zh (test_problem_types.py)
        if r.english is None and r.zh is None:
            if r.cls not in DYNAMIC and not _known_dynamic(r):
                english.append((r.where, r.cls, ast.unparse(r.args[0])))
            continue
        if r.english == f"{SAMPLE} not found":
            continue  # a record's label: test_every_record_name_a_404_gives_is_chinese
        zh = r.zh_text()
        if zh is None or latin_sentence(zh.replace(SAMPLE, "")):
            english.append((r.where, r.cls, r.english or "", zh))
    assert english == []


def _known_dynamic(r) -> bool:
    """A detail passed on from a checked place: a ValueError's text from a checked message table."""
    text = ast.unparse(r.args[0])
    return text in {"str(exc)", "message", "answer", "detail"}


def test_the_states_and_actions_of_an_illegal_transition_read_as_chinese() -> None:
    for phrase, zh in ACTIONS.items():
        assert latin_sentence(zh) is None, phrase
    assert state_label_zh("street_approved") != "street_approved"
    assert latin_sentence(state_label_zh("street_approved")) is None


def test_every_workflow_steps_own_refusal_reads_as_chinese() -> None:
    """A step that refuses in its own words (``step(..., refusal=…)``) has them in the zh catalogue."""
    import app.main  # noqa: F401 - every workflow registers itself on import
    from app.errors import known_zh
    from app.workflow import WORKFLOWS

    refusals = [s.refusal for wf in WORKFLOWS.values() for s in wf.steps.values() if s.refusal]
    assert refusals
    assert [r for r in refusals if not known_zh(r)] == []


def test_every_record_name_a_404_gives_is_chinese() -> None:
    labels = not_found_labels()
    assert "Responsibility book" in labels and len(labels) > 40
    for label in sorted(labels):
        zh = NotFound(f"{label} not found").text("zh-CN")[1]
        assert latin_sentence(zh) is None and label not in zh, (label, zh)
    assert NotFound("Responsibility book not found").text("zh-CN")[1] == (
        "未找到该目标管理责任书，或不在您的管辖范围内"
    )


def test_every_pydantic_message_has_a_chinese_text() -> None:
    for error in list_all_errors():
        kind = error["type"]
        assert kind in TYPES_ZH, kind
        ctx = dict(error.get("example_context") or {})
        if kind in ("value_error", "assertion_error"):
            ctx = {"error": ValueError("children's birth_order values must be unique")}
        zh = message_zh({"type": kind, "msg": error["example_message_python"], "ctx": ctx})
        assert latin_sentence(zh) is None, (kind, zh)
    assert (
        message_zh({"type": "enum", "ctx": {"expected": "'a', 'b' or 'c'"}})
        == "应为以下值之一：'a', 'b' 或 'c'"
    )


def test_every_message_of_a_request_validator_has_a_chinese_text() -> None:
    found = schema_value_errors()
    assert len(found) > 30
    english = [
        (where, text)
        for where, text in found
        if (zh := message_zh({"type": "value_error", "ctx": {"error": ValueError(text)}})) == "取值无效"
        or latin_sentence(zh.replace(SAMPLE, ""))
    ]
    assert english == []


def test_every_reason_the_code_writes_has_both_languages() -> None:
    """Every ``Reason("<code>", …)`` in app/ names a code of the catalogue (both templates)."""
    written = set()
    for _path, tree in parsed():
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "Reason" and node.args:
                first = node.args[0]
                if isinstance(first, ast.Constant):
                    written.add(first.value)
                else:  # the code chosen by a condition: both branches are constants
                    assert isinstance(first, (ast.IfExp, ast.Name)), ast.unparse(first)
    assert len(written) >= 10 and written <= set(REASONS), sorted(written - set(REASONS))


def test_every_reason_the_api_writes_renders_in_chinese() -> None:
    for code in REASONS:
        params = {name: "2026-01-01" for name in ("on", "deadline")}
        text = render(code, {**params, "program": "one_child_award", "year": 2026}, "zh-CN")
        assert latin_sentence(text) is None, (code, text)
        assert render(code, params, "en") != text


# A value of every parameter a reason names: enumeration values (shown by their labels), a reason
# nested in another (a payment line "flagged for review: <the enrolment's reason>").
PARAMS = {
    "on": "2026-01-01",
    "deadline": "2026-03-31",
    "start": "2026-01",
    "end": "2026-03",
    "period": "2026-02",
    "program": "one_child_award",
    "group": "award",
    "year": 2026,
    "resident_status": "moved_out",
    "enrolment_status": "suspended",
    "reason": {"code": "reverification_not_confirmed", "params": {"year": 2026, "deadline": "2026-03-31"}},
}


def test_every_parameter_of_every_reason_renders_in_chinese() -> None:
    named = {name for en, zh in REASONS.values() for name in FIELD.findall(en + zh)}
    assert named - {"note", "comment", "figure_code", "area", "figure"} <= set(PARAMS), named - set(PARAMS)
    for code in REASONS:
        text = render(code, PARAMS, "zh-CN")
        assert latin_sentence(text) is None, (code, text)
        assert "moved_out" not in text and "suspended" not in text and "{" not in text, (code, text)
    assert render("beneficiary_not_active", {"resident_status": "deceased", "on": None}, "zh-CN") == (
        "受益人于日期不详死亡"
    )


def test_no_code_inside_a_chinese_sentence() -> None:
    """A zh-CN reader sees a program, state or kind by its label, never its code (field names stay)."""
    assert raw_codes("已由标准更高的项目（one_child_award）取代") == ["one_child_award"]
    assert raw_codes("granted_on 晚于今天（2026-12-07）") == [] and raw_codes("x1_from 晚于 x1_to") == []
    assert raw_codes("replaced by the higher program one_child_award") == []  # English: checked elsewhere
    found = []
    for r in raises(error_classes()):
        zh = r.zh_text()
        if zh and (codes := raw_codes(zh.replace(SAMPLE, "x1"))):
            found.append((r.where, codes, zh))
    for where, text in schema_value_errors():
        zh = message_zh({"type": "value_error", "ctx": {"error": ValueError(text)}})
        if codes := raw_codes(zh):
            found.append((where, codes, zh))
    for code in REASONS:
        text = render(code, {**PARAMS, "program_name": "独生子女父母奖励"}, "zh-CN")
        if codes := raw_codes(text):
            found.append((code, codes, text))
    for phrase, zh in ACTIONS.items():
        if codes := raw_codes(zh):
            found.append((phrase, codes, zh))
    assert found == []
    # a reason written before the program's name was kept shows the code (nothing else is known)
    assert "独生子女父母奖励" in render(
        "replaced_by_higher_program", {"program": "a", "program_name": "独生子女父母奖励"}, "zh-CN"
    )
