"""Every audit action the API can write has a zh-CN and an English label, and GET /audit-events
answers each row's ``action_label`` in the caller's language."""

from __future__ import annotations

import ast
import re
from pathlib import Path

from app.audit_labels import AUDIT_ACTIONS
from app.models.benefits.enrolment import CheckStatus, EnrolmentStatus
from app.models.migrants.imports import ImportStatus
from app.models.migrants.transfer import TransferStatus
from app.models.quality.pregnancy import PregnancyState
from app.models.quality.referral import ReferralStatus
from app.schemas.quality.stock import StockMovementCreate
from app.services.leadership.period_reports import REPORT_WORKFLOW
from app.services.migrants.migrants import PERMIT_WORKFLOW

APP = Path(__file__).resolve().parents[3] / "app"
CJK = re.compile(r"[\u4e00-\u9fff]")
CODE = re.compile(r"^[a-z][a-z_]*\.[a-z][a-z_]*$")


def _is_record(call: ast.Call) -> bool:
    return (
        isinstance(call.func, ast.Attribute)
        and call.func.attr == "record"
        and any(kw.arg == "action" for kw in call.keywords)
    )


def _constants(node: ast.expr) -> list[str]:
    """The strings an argument can be: a literal, or either branch of a conditional."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value]
    if isinstance(node, ast.IfExp):
        return _constants(node.body) + _constants(node.orelse)
    return []


def _helpers(tree: ast.Module) -> dict[str, str]:
    """Functions that pass their own argument as the action: name → the f-string's fixed prefix."""
    found = {}
    for fn in ast.walk(tree):
        if not isinstance(fn, ast.FunctionDef | ast.AsyncFunctionDef):
            continue
        for call in [n for n in ast.walk(fn) if isinstance(n, ast.Call) and _is_record(n)]:
            value = next(kw.value for kw in call.keywords if kw.arg == "action")
            if isinstance(value, ast.JoinedStr):
                head = value.values[0]
                found[fn.name] = head.value if isinstance(head, ast.Constant) else ""
            elif not isinstance(value, ast.Constant):
                found[fn.name] = ""
    return found


def written_in_source() -> set[str]:
    """Every action code the source spells out: ``action="…"`` and the helpers' literal arguments."""
    trees = {path: ast.parse(path.read_text(encoding="utf-8")) for path in APP.rglob("*.py")}
    public: dict[str, str] = {}
    for tree in trees.values():
        public.update({name: prefix for name, prefix in _helpers(tree).items() if not name.startswith("_")})
    codes = set()
    for tree in trees.values():
        helpers = {**public, **_helpers(tree)}
        for call in [n for n in ast.walk(tree) if isinstance(n, ast.Call)]:
            if _is_record(call):
                value = next(kw.value for kw in call.keywords if kw.arg == "action")
                codes.update(_constants(value))
                continue
            name = getattr(call.func, "id", None) or getattr(call.func, "attr", None)
            if name not in helpers:
                continue
            for arg in call.args:
                for text in _constants(arg):
                    code = helpers[name] + text
                    if CODE.match(code):
                        codes.add(code)
    return {code for code in codes if CODE.match(code)}


def built_from_states() -> set[str]:
    """The codes areas build from a state or a step (f-strings over a variable)."""
    return {
        *(f"referral.{s.value}" for s in ReferralStatus),
        *(f"migrant_transfer.{s.value}" for s in TransferStatus),
        *(f"pregnancy.{s.value}" for s in PregnancyState),
        *(f"benefit_enrolment.{s.value}" for s in EnrolmentStatus),
        *(f"reverification.check_{s.value}" for s in CheckStatus),
        *(f"import.{s.value}" for s in ImportStatus),
        *(f"migrant.permit_{name}" for name in PERMIT_WORKFLOW.steps),
        *(f"period_report.{name}" for name in REPORT_WORKFLOW.steps),
        *(f"stock.{kind}" for kind in StockMovementCreate.model_fields["kind"].annotation.__args__),
    }


def test_every_action_the_api_can_write_has_both_labels():
    spelled = written_in_source()
    assert len(spelled) > 100  # the scan finds the codes (it would pass vacuously otherwise)
    assert {"feedback.answered", "service_request.returned", "consent.revoked"} <= spelled
    missing = sorted((spelled | built_from_states()) - set(AUDIT_ACTIONS))
    assert missing == [], f"audit actions without labels in app/audit_labels.py: {missing}"
    for code, (zh, en) in AUDIT_ACTIONS.items():
        assert CJK.search(zh) and not re.search(r"[a-z]_[a-z]", zh), code
        assert en.strip() and not CJK.search(en), code


async def test_audit_rows_say_what_happened_in_the_callers_language(api):
    resident = (await api.get("community-a", "/api/v1/residents", params={"limit": 1})).json()["items"][0]
    revealed = await api.get("community-a", f"/api/v1/residents/{resident['id']}", params={"reveal": "true"})
    assert revealed.status_code == 200, revealed.text
    query = {"action": "resident.pii_revealed", "limit": 5}
    zh = await _events(api, query, "zh-CN")
    assert zh.status_code == 200, zh.text
    rows = zh.json()["items"]
    assert rows and all(row["action_label"] == "查看居民身份证号和电话" for row in rows)
    en = await _events(api, query, "en")
    assert {row["action_label"] for row in en.json()["items"]} == {"Resident's ID number and phone revealed"}
    enums = (await api.get("district", "/api/v1/meta/enums")).json()
    labels = enums.get("audit_action") or enums.get("enums", {}).get("audit_action")
    assert labels["feedback.answered"] == {"zh-CN": "答复意见投诉", "en": "Feedback answered"}


async def _events(api, query, language):
    headers = await api.headers("district", **{"Accept-Language": language})
    return await api.client.get("/api/v1/audit-events", params=query, headers=headers)
