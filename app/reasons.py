"""Reasons the API writes itself, as codes with parameters, rendered in the caller's language.

Why an enrolment stopped (a death, a move, a new child, a re-verification not confirmed), why a
figure has no value: the database stores the reason's ``code`` and its ``params`` (JSON), never a
sentence; ``render`` writes the sentence in zh-CN or English when it is read. A record keeps an
English copy in its text column for the audit trail and the rows written before the codes
(migration 0023 turned those into codes where the sentence was the system's own).

The request's language (``Accept-Language``, else ``FPW_DEFAULT_LANGUAGE``) is put in
``current_language`` by the request middleware; code outside a request renders English unless told.
Text a person typed (a worker's reason to stop an enrolment) has no code and is shown as typed.

``say(en, zh)`` is for text computed on each request and never stored (an eligibility criterion's
detail): it answers in the request's language.

This module imports nothing of the app, so every area may use it.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Mapping
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import Any

from app.labels import ENUMS, register

LANGUAGES = ("zh-CN", "en")
current_language: ContextVar[str] = ContextVar("fpwork_language", default="en")

# code → (English template, zh-CN template); ``{name}`` is a parameter.
REASONS: dict[str, tuple[str, str]] = {
    # Enrolments (利益导向): status_reason / review_reason
    "beneficiary_died": (
        "beneficiary died on {on}: payments stop from the next month",
        "受益人于{on}死亡，自次月起停发",
    ),
    "beneficiary_moved_out": (
        "beneficiary moved out on {on}: payments stop from the next month",
        "受益人于{on}迁出，自次月起停发",
    ),
    "beneficiary_left_street": (
        "beneficiary moved out of the street on {on}",
        "受益人于{on}迁出本街道",
    ),
    "child_born": (
        "a child was born on {on}: payments stop from the next month",
        "家庭于{on}生育子女，自次月起停发",
    ),
    "child_adopted": (
        "a child was adopted on {on}: payments stop from the next month",
        "家庭于{on}收养子女，自次月起停发",
    ),
    "replaced_by_higher_program": (
        "replaced by the higher program {program}",
        "已由标准更高的项目（{program}）取代",
    ),
    "replaced_by_higher_program_on_import": (
        "replaced by the higher program {program} (import override: {note})",
        "已由标准更高的项目（{program}）取代（导入时确认：{note}）",
    ),
    "reverification_failed": (
        "re-verification {year} failed: {note}",
        "{year}年度资格复核未通过：{note}",
    ),
    "reverification_not_confirmed": (
        "re-verification {year} not confirmed by {deadline}",
        "{year}年度资格复核未在{deadline}前确认",
    ),
    # Applications (decision_reason) and re-verification checks (reason)
    "withdrawn_by_applicant": ("withdrawn by the applicant", "申请人撤回"),
    "objection_upheld": ("objection upheld: {comment}", "异议成立：{comment}"),
    "not_confirmed_by_deadline": ("not confirmed by the deadline", "未在截止日期前确认"),
    # Indicators and figures (目标管理): not_computable_reason
    "figure_code_invalid": (
        "'{figure_code}' is not an area.figure code",
        "“{figure_code}”不是“领域.指标”形式的指标代码",
    ),
    "area_has_no_figures": (
        "the {area} area does not export figures yet",
        "{area}领域尚未提供统计指标",
    ),
    "figure_unknown": (
        "the {area} area has no figure '{figure}' yet",
        "{area}领域尚无指标“{figure}”",
    ),
    # Payment lines (发放明细) not due, and the recoveries (追回) built from them: reason
    "enrolment_starts_later": ("enrolment starts on {on}", "待遇自{on}起始"),
    "paid_by_previous_system": (
        "paid by the previous system before {on}",
        "{on}前已由原系统发放",
    ),
    "enrolment_ended_on": ("enrolment ended on {on}", "待遇已于{on}终止"),
    "beneficiary_not_active": (
        "beneficiary {resident_status} on {on}",
        "受益人于{on}{resident_status}",
    ),
    "not_paid_by_decision": (
        "not paid by decision: resumed without back pay for {start} to {end}",
        "经决定不予发放：恢复发放时不补发{start}至{end}",
    ),
    "flagged_for_review": ("flagged for review: {reason}", "待复核：{reason}"),
    "enrolment_not_active": ("enrolment {enrolment_status}: {reason}", "待遇{enrolment_status}：{reason}"),
    "paid_in_exclusive_group": (
        "already paid under {program} for {period}: the programs of the group {group} are not paid together",
        "{period}已按{program}发放：{group}组内的项目不得同时享受",
    ),
    "not_reported": ("not reported yet", "尚未填报"),
    "entered_by_street": ("reported: the street enters it", "填报类指标，由街道填写"),
    "no_cases": (
        "no cases in the period to compute it from",
        "本期没有可据以计算的案例",
    ),
}

_FIELD = re.compile(r"\{([a-z_]+)\}")
# A parameter holding an enumeration's value is shown by its label (app/labels.py registry name).
ENUM_PARAMS = {"resident_status": "resident_status", "enrolment_status": "benefit_enrolment_status"}
# A date the system does not know
_UNKNOWN = {"en": "an unknown date", "zh-CN": "日期不详"}

# The codes as an enumeration: the schemas' ``*_reason_code`` fields, labelled in GET /meta/enums
# ("system_reason") by their templates, each parameter shown as "…".
ReasonCode = enum.StrEnum("ReasonCode", {code: code for code in REASONS})  # type: ignore[misc]
register(
    "system_reason",
    ReasonCode,
    {code: (_FIELD.sub("…", zh), _FIELD.sub("…", en)) for code, (en, zh) in REASONS.items()},
)


def language() -> str:
    """The language of the request being answered ("en" outside a request)."""
    return current_language.get()


def render(code: str, params: Mapping[str, Any] | None = None, lang: str | None = None) -> str:
    """The reason's sentence in ``lang`` (default: the request's language); an unknown code as is."""
    templates = REASONS.get(code)
    if templates is None:
        return code
    lang = lang or language()
    template = templates[1] if lang == "zh-CN" else templates[0]
    values = params or {}
    return _FIELD.sub(lambda m: _value(m.group(1), values.get(m.group(1)), lang, values), template)


def _value(name: str, value: Any, lang: str, values: Mapping[str, Any]) -> str:
    """A parameter in ``lang``: a nested reason (``{"code", "params"}``) rendered, an enumeration's
    value by its label, a missing date as "unknown", anything else as is."""
    if isinstance(value, Mapping) and "code" in value:
        return render(str(value["code"]), value.get("params"), lang)
    if name in ENUM_PARAMS and value is not None:
        labels = ENUMS.get(ENUM_PARAMS[name], {}).get(str(value))
        if labels is not None:
            # English keeps the value as the system wrote it before the codes ("moved_out").
            return labels["zh-CN"] if lang == "zh-CN" else str(value)
    if name == "program" and lang == "zh-CN" and values.get("program_name"):
        # a zh-CN sentence names the program, not its code (the code stays for English and filters)
        return str(values["program_name"])
    if name == "on" and value is None:
        return _UNKNOWN["zh-CN" if lang == "zh-CN" else "en"]
    return "" if value is None else str(value)


def nested(code: str | None, params: Mapping[str, Any] | None, text: str | None) -> Any:
    """A reason kept inside another's parameters: its code and parameters when the system wrote it,
    else the text a person typed ("" when none)."""
    if code is not None:
        return {"code": code, "params": dict(params or {})}
    return text or ""


def say(en: str, zh: str) -> str:
    """``zh`` for a zh-CN request, else ``en`` (text computed on each request, never stored)."""
    return zh if language() == "zh-CN" else en


@dataclass(frozen=True)
class Reason:
    """A reason the system writes: its code and parameters (JSON-safe values)."""

    code: str
    params: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if self.code not in REASONS:
            raise ValueError(f"unknown reason code {self.code!r}")

    def text(self, lang: str | None = None) -> str:
        return render(self.code, self.params, lang)

    @property
    def en(self) -> str:
        return self.text("en")


def localize_row(row: dict[str, Any]) -> None:
    """Render in place every ``<name>`` of a row that has ``<name>_code`` and ``<name>_params`` (a
    read-path row or a schema's values): the stored code wins over the stored English copy."""
    for key in [k for k in row if k.endswith("_code")]:
        name = key[: -len("_code")]
        code = row[key]
        if name in row and f"{name}_params" in row and code in REASONS:
            row[name] = render(code, row[f"{name}_params"])
