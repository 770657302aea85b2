"""The last writes for scripts/capture_examples.py: leadership (responsibility books, assignments,
evaluations), administration, exchange and webhooks, and the session (last: logout)."""

from __future__ import annotations

from typing import Any

from app.demo.context import DEMO_PASSWORD
from scripts.example_writes import V1, day, made, org, write


# -- leadership ---------------------------------------------------------------------------------
@write("createIndicator")
async def _indicator(w: Any) -> Any:
    return (
        "district",
        f"{V1}/indicators",
        {
            "code": "migrant_service_coverage",
            "name_zh": "流动人口服务覆盖率",
            "name_en": "Migrant service coverage",
            "direction": "at_least",
            "unit": "percent",
            "source": "reported",
        },
    )


def _book_indicators(w: Any) -> list[dict[str, Any]]:
    return [{"indicator_id": made(w, "createIndicator"), "target": 90, "weight": 100}]


@write("createResponsibilityBook")
async def _book(w: Any) -> Any:
    return (
        "street",
        f"{V1}/responsibility-books",
        {
            "org_id": await org(w, "community-a"),
            # The demo holds this year's and last year's books: this is 2024's, entered afterwards.
            "year": 2024,
            "title": "2024年人口和计划生育目标管理责任书",
            "pass_mark": 80,
            "indicators": _book_indicators(w),
        },
    )


@write("updateResponsibilityBook")
async def _update_book(w: Any) -> Any:
    return "street", f"{V1}/responsibility-books/{made(w, 'createResponsibilityBook')}", {"pass_mark": 85}


@write("signResponsibilityBook")
async def _sign(w: Any) -> Any:
    return (
        "street",
        f"{V1}/responsibility-books/{made(w, 'createResponsibilityBook')}/sign",
        {
            "signed_on": "2024-01-15",
            "signatories": [
                {"name": "王主任", "role": "government_leader", "title": "解放碑街道办事处主任"},
                {"name": "李干事", "role": "leader_in_charge", "title": "解放碑街道计生办"},
                {"name": "张专干", "role": "counterpart", "title": "民生路社区计生专干"},
            ],
        },
    )


@write("amendResponsibilityBook")
async def _amend(w: Any) -> Any:
    path = f"{V1}/responsibility-books/{made(w, 'createResponsibilityBook')}/amendments"
    indicators = [{"indicator_id": made(w, "createIndicator"), "target": 85, "weight": 100}]
    return "street", path, {"indicators": indicators, "reason": "年中调整目标"}


@write("reportBookIndicator")
async def _report(w: Any) -> Any:
    book = made(w, "createResponsibilityBook")
    indicator = (await w.items(f"{V1}/responsibility-books/{book}/indicators", ("street", "district")))[0]
    path = f"{V1}/responsibility-books/{book}/indicators/{indicator['id']}/report"
    return "community-a", path, {"value": 92.5, "evidence": "流动人口服务台账，2026年1-6月"}


@write("createAssignment")
async def _assignment(w: Any) -> Any:
    return (
        "street",
        f"{V1}/assignments",
        {
            "book_id": made(w, "createResponsibilityBook"),
            "assignee_id": 3,
            "task": "整理流动人口服务台账",
            "due_on": day(10),
        },
    )


@write("addAssignmentNote")
async def _note(w: Any) -> Any:
    path = f"{V1}/assignments/{made(w, 'createAssignment')}/notes"
    return "street-officer", path, {"note": "已完成民生路社区台账", "progress_percent": 50}


@write("reassignAssignments")
async def _reassign(w: Any) -> Any:
    return "street", f"{V1}/assignments/reassign", {"from_user_id": 3, "to_user_id": 2, "note": "李干事休假"}


@write("copyResponsibilityBook")
async def _copy(w: Any) -> Any:
    return (
        "street",
        f"{V1}/responsibility-books/copies",
        {
            "source_book_id": made(w, "createResponsibilityBook"),
            "year": 2027,
        },
    )


@write("createEvaluation")
async def _evaluation(w: Any) -> Any:
    return (
        "street",
        f"{V1}/evaluations",
        {"book_id": made(w, "createResponsibilityBook"), "as_of": "2024-12-31"},
    )


@write("adjustEvaluationScore")
async def _adjust(w: Any) -> Any:
    evaluation = w.made["createEvaluation"]
    book_indicator = (
        await w.items(f"{V1}/responsibility-books/{made(w, 'createResponsibilityBook')}/indicators")
    )[0]
    return (
        "street",
        f"{V1}/evaluations/{evaluation['id']}/adjustments",
        {
            "book_indicator_id": book_indicator["id"],
            "adjusted_score": 95,
            "reason": "台账核实后更正",
        },
    )


@write("createAccountabilityAction")
async def _action(w: Any) -> Any:
    return (
        "street",
        f"{V1}/evaluations/{made(w, 'createEvaluation')}/accountability-actions",
        {
            "kind": "reminder_talk",
            "person_name": "王主任",
            "reason": "流动人口服务覆盖率未达年度目标",
            "decided_on": day(),
        },
    )


@write("finalizeEvaluation")
async def _finalize(w: Any) -> Any:
    return "street", f"{V1}/evaluations/{made(w, 'createEvaluation')}/finalize", None


# -- periodic reports (统计报表): May's report prepared, returned, resubmitted, accepted, amended ------
_REPORT = f"{V1}/period-reports"
_SIGNED = [
    {"role": "preparer", "name": "李干事", "title": "解放碑街道计生办"},
    {"role": "leader", "name": "王主任", "title": "解放碑街道办事处主任"},
]


@write("createReportForm")
async def _form(w: Any) -> Any:
    items = [
        {"figure_code": "core.births", "name_zh": "出生人数", "name_en": "Births"},
        {"indicator_code": "policy_compliant_birth_rate"},
        {"indicator_code": "birth_statistics_accuracy"},
    ]
    body = {
        "code": "monthly_statistics",
        "name_zh": "人口和计划生育统计月报",
        "name_en": "Monthly population and family planning statistics",
        "period_kind": "monthly",
        "items": items,
        "deadline_working_days": 5,
        "effective_from": "2026-01-01",
        "source": "渝中卫健发〔2026〕3号",
    }
    return "district", f"{V1}/report-forms", body


@write("preparePeriodReport")
async def _prepare_report(w: Any) -> Any:
    return "street", _REPORT, {"form_id": made(w, "createReportForm"), "period_start": "2026-05-01"}


def _report(w: Any) -> str:
    return f"{_REPORT}/{made(w, 'preparePeriodReport')}"


@write("revisePeriodReport")
async def _revise_report(w: Any) -> Any:
    fix = [{"code": "birth_statistics_accuracy", "numerator": 48, "denominator": 50}]
    return "street", f"{_report(w)}/revise", {"reason": "补录出生统计准确率(抽查台账)", "corrections": fix}


@write("submitPeriodReport")
async def _submit_report(w: Any) -> Any:
    return "street", f"{_report(w)}/submit", {"signed_on": day(), "signatories": _SIGNED}


@write("returnPeriodReport")
async def _return_report(w: Any) -> Any:
    return "district", f"{_report(w)}/return", {"reason": "出生统计准确率与抽查记录不符,请核实后重报"}


@write("revisePeriodReport")
async def _revise_again(w: Any) -> Any:
    fix = [{"code": "birth_statistics_accuracy", "numerator": 47, "denominator": 50}]
    return "street", f"{_report(w)}/revise", {"reason": "按抽查记录更正", "corrections": fix}


@write("submitPeriodReport")
async def _submit_again(w: Any) -> Any:
    return "street", f"{_report(w)}/submit", {"signed_on": day(), "signatories": _SIGNED}


@write("acceptPeriodReport")
async def _accept_report(w: Any) -> Any:
    return "district", f"{_report(w)}/accept", None


@write("amendPeriodReport")
async def _amend_report(w: Any) -> Any:
    accepted = made(w, "acceptPeriodReport", "versions")[-1]["values"]
    births = next(v["numerator"] for v in accepted if v["code"] == "core.births") + 1
    return (
        "street",
        f"{_report(w)}/amend",
        {
            "reason": "补报一例5月出生(延迟登记)",
            "corrections": [{"code": "core.births", "numerator": births}],
            "signed_on": day(),
            "signatories": _SIGNED,
        },
    )


# -- administration -----------------------------------------------------------------------------
@write("createOrg")
async def _org(w: Any) -> Any:
    return (
        "district",
        f"{V1}/orgs",
        {
            "kind": "community",
            "name": "大阳沟社区",
            "code": "500103003003",
            "parent_id": await org(w, "street"),
        },
    )


@write("updateOrg")
async def _update_org(w: Any) -> Any:
    return "district", f"{V1}/orgs/{made(w, 'createOrg')}", {"name": "大阳沟社区居委会"}


@write("createUser")
async def _user(w: Any) -> Any:
    return (
        "district",
        f"{V1}/users",
        {
            "username": "community-c-officer",
            "full_name": "大阳沟 赵专干",
            "role": "community_officer",
            "org_id": made(w, "createOrg"),
            "password": "Example-pass-2026",
        },
    )


@write("updateUser")
async def _update_user(w: Any) -> Any:
    return "district", f"{V1}/users/{made(w, 'createUser')}", {"full_name": "大阳沟社区 赵专干"}


@write("unlockUser")
async def _unlock(w: Any) -> Any:
    return "district", f"{V1}/users/{made(w, 'createUser')}/unlock", None


@write("createWebhookSubscription")
async def _webhook(w: Any) -> Any:
    return (
        "district",
        f"{V1}/webhooks",
        {
            "url": "https://hooks.example.com/fpwork",
            "event_types": ["migrant.arrived"],
            "description": "区人口信息系统同步",
        },
    )


@write("deactivateWebhookSubscription")
async def _deactivate(w: Any) -> Any:
    return "district", f"{V1}/webhooks/{made(w, 'createWebhookSubscription')}/deactivate", None


@write("queueExchangeMessage")
async def _message(w: Any) -> Any:
    return (
        "street",
        f"{V1}/exchange/messages",
        {
            "kind": "verification_request",
            "counterpart_region": "510104",
            "body": {"id_number_tail": "1460", "question": "请核实该流动人口婚育情况"},
        },
    )


@write("collectExchangeMessages")
async def _collect(w: Any) -> Any:
    return "integration", f"{V1}/exchange/messages/collect", {"ids": [made(w, "queueExchangeMessage")]}


@write("deliverInboundExchangeMessage")
async def _inbound(w: Any) -> Any:
    return (
        "integration",
        f"{V1}/exchange/messages/inbound",
        {
            "kind": "verification_answer",
            "counterpart_region": "510104",
            "sender_message_id": "510104-2026-000318",
            "body": {"answer": "该人员已婚，育有一孩，未违反生育政策"},
            "org_id": await org(w, "street"),
        },
    )


@write("issueToken")
async def _token(w: Any) -> Any:
    return (
        None,
        f"{V1}/auth/token",
        {
            "_form": True,
            "grant_type": "password",
            "username": "street",
            "password": DEMO_PASSWORD,
        },
    )


@write("refreshToken")
async def _refresh(w: Any) -> Any:
    return None, f"{V1}/auth/refresh", {"refresh_token": w.made["issueToken"]["refresh_token"]}


@write("logout")
async def _logout(w: Any) -> Any:
    return "street-officer", f"{V1}/auth/logout", None


# -- text messages ------------------------------------------------------------------------------
@write("grantResidentConsent")
async def _grant_consent(w: Any) -> Any:
    body = {"granted_on": day(), "source": "paper_form", "evidence": "同意书 2026-0153"}
    return "community-a", f"{V1}/residents/{made(w, 'wife')}/consents", body


@write("revokeResidentConsent")
async def _revoke_consent(w: Any) -> Any:
    consent = made(w, "grantResidentConsent")
    body = {"revoked_on": day(), "source": "phone_call"}
    return "community-a", f"{V1}/residents/{made(w, 'wife')}/consents/{consent}/revoke", body


@write("createMessageTemplate")
async def _message_template(w: Any) -> Any:
    return (
        "street",
        f"{V1}/message-templates",
        {
            "purpose": "reverification_due",
            "body": "${name}您好，您享受的${program}年审将于${deadline}截止，请到所在社区确认。",
            "effective_from": day(30),
            "source": "街道办事处2026年第12号通知",
            "aliyun_template_code": "SMS_465320001",
            "tencent_template_id": "2049871",
        },
    )
