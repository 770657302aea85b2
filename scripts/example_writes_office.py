"""Grassroots writes for scripts/capture_examples.py (after the benefits'): activities, campaigns,
the association, care cases, commitments, demonstration sites, feedback, integrity agreements,
trainings, partners, workers, and a migrant import."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from app.id_numbers import make_id_number
from scripts.example_writes import V1, day, made, org, write


# -- grassroots -----------------------------------------------------------------------------------
@write("createActivity")
async def _activity(w: Any) -> Any:
    return (
        "street",
        f"{V1}/activities",
        {
            "org_id": await org(w, "community-a"),
            "kind": "lecture",
            "title": "优生优育知识讲座",
            "held_on": day(-2),
            "place": "民生路社区人口学校",
        },
    )


@write("reportActivity")
async def _report_activity(w: Any) -> Any:
    return (
        "community-a",
        f"{V1}/activities/{made(w, 'createActivity')}/report",
        {
            "attendance": 45,
            "materials_handed_out": 120,
            "notes": "居民反响良好",
        },
    )


@write("createCampaign")
async def _campaign(w: Any) -> Any:
    return (
        "street",
        f"{V1}/campaigns",
        {
            "org_id": await org(w, "street"),
            "theme": "2026年9·26世界避孕日宣传",
            "key_day": "other",
            "key_day_name": "世界避孕日",
            "held_on": day(103),
            "report_due_on": day(110),
        },
    )


@write("createAssociationBranch")
async def _branch(w: Any) -> Any:
    return (
        "street",
        f"{V1}/association/branches",
        {
            "org_id": await org(w, "community-b"),
            "name": "较场口社区计生协会",
            "founded_on": "2006-05-29",
        },
    )


@write("addAssociationMember")
async def _member(w: Any) -> Any:
    return (
        "street",
        f"{V1}/association/members",
        {
            "branch_id": made(w, "createAssociationBranch"),
            "resident_id": (await w.first(f"{V1}/residents", ("community-b",), status="active"))["id"],
            "role": "member",
            "joined_on": day(-1),
        },
    )


@write("openCareCase")
async def _care(w: Any) -> Any:
    return (
        "community-a",
        f"{V1}/care-cases",
        {
            "family_id": made(w, "createFamily"),
            "kind": "other_need",
            "reason": "家庭主要劳动力患重病",
        },
    )


@write("pairCareCase")
async def _pair(w: Any) -> Any:
    return (
        "community-a",
        f"{V1}/care-cases/{made(w, 'openCareCase')}/pair",
        {"worker_id": 2, "visit_every_days": 30},
    )


@write("addCareVisit")
async def _care_visit(w: Any) -> Any:
    return (
        "community-a",
        f"{V1}/care-cases/{made(w, 'openCareCase')}/visits",
        {
            "visited_on": day(-1),
            "notes": "上门走访，送去慰问品",
        },
    )


@write("addCareAssistance")
async def _assistance(w: Any) -> Any:
    return (
        "community-a",
        f"{V1}/care-cases/{made(w, 'openCareCase')}/assistance",
        {
            "kind": "money",
            "amount_fen": 50000,
            "description": "春节慰问金",
            "given_on": day(-1),
        },
    )


@write("closeCareCase")
async def _close_care(w: Any) -> Any:
    return "community-a", f"{V1}/care-cases/{made(w, 'openCareCase')}/close", {"reason": "家庭困难已解决"}


@write("createCommitment")
async def _commitment(w: Any) -> Any:
    return (
        "street",
        f"{V1}/commitments",
        {
            "org_id": await org(w, "street"),
            "content": "流动人口婚育证明材料齐全的当场办结",
            "due_on": "2026-12-31",
            "publish": True,
        },
    )


@write("updateCommitment")
async def _update_commitment(w: Any) -> Any:
    return "street", f"{V1}/commitments/{made(w, 'createCommitment')}", {"fulfilled_on": day()}


@write("createDemonstration")
async def _demo(w: Any) -> Any:
    return (
        "street",
        f"{V1}/demonstrations",
        {
            "org_id": await org(w, "community-b"),
            "theme": "publicity",
            "year": 2026,
            "pass_score": 85,
            "criteria": [
                {"title": "宣传阵地齐全", "weight": 50},
                {"title": "重点节日宣传按时开展", "weight": 50},
            ],
        },
    )


def _scores(w: Any, score: int) -> dict[str, Any]:
    criteria = w.made["createDemonstration"]["criteria"]
    return {"scores": [{"criterion_id": c["id"], "score": score} for c in criteria]}


@write("selfAssessDemonstration")
async def _self(w: Any) -> Any:
    path = f"{V1}/demonstrations/{made(w, 'createDemonstration')}/self-assessment"
    return "community-b", path, _scores(w, 45)


@write("assessDemonstration")
async def _assess(w: Any) -> Any:
    return "street", f"{V1}/demonstrations/{made(w, 'createDemonstration')}/assessment", _scores(w, 44)


@write("returnDemonstration")
async def _return_demo(w: Any) -> Any:
    path = f"{V1}/demonstrations/{made(w, 'createDemonstration')}/return"
    return "street", path, {"reason": "请补充宣传活动照片"}


@write("selfAssessDemonstration")
async def _self_again(w: Any) -> Any:
    path = f"{V1}/demonstrations/{made(w, 'createDemonstration')}/self-assessment"
    return "community-b", path, _scores(w, 46)


@write("assessDemonstration")
async def _assess_again(w: Any) -> Any:
    return "street", f"{V1}/demonstrations/{made(w, 'createDemonstration')}/assessment", _scores(w, 45)


@write("nameDemonstration")
async def _name(w: Any) -> Any:
    return "district", f"{V1}/demonstrations/{made(w, 'createDemonstration')}/name", {}


@write("revokeDemonstration")
async def _revoke(w: Any) -> Any:
    return (
        "district",
        f"{V1}/demonstrations/{made(w, 'createDemonstration')}/revoke",
        {"reason": "复查不达标"},
    )


@write("fileFeedback")
async def _feedback(w: Any) -> Any:
    return (
        None,
        f"{V1}/public/feedback",
        {
            "org_code": "500103003001",
            "category": "suggestion",
            "subject": "建议延长周末办事时间",
            "content": "上班族工作日没时间，建议周六上午也能办理生育登记。",
            "name": "刘女士",
            "contact": "13700001234",
            "sms_consent": True,
            "sms_phone": "13700001234",
        },
    )


@write("replyFeedback")
async def _reply(w: Any) -> Any:
    feedback = await w.first(f"{V1}/feedback", ("community-a",), subject="建议延长周末办事时间")
    return (
        "community-a",
        f"{V1}/feedback/{feedback['id']}/reply",
        {"reply": "感谢建议，自7月起每周六上午安排专人值班。"},
    )


@write("rateFeedback")
async def _rate(w: Any) -> Any:
    return (
        None,
        f"{V1}/public/feedback/{made(w, 'fileFeedback', 'tracking_code')}/rating",
        {"satisfaction": 5},
    )


@write("stopPublicFeedbackTexts")
async def _stop_public_texts(w: Any) -> Any:
    return None, f"{V1}/public/feedback/{made(w, 'fileFeedback', 'tracking_code')}/texts/stop", None


@write("stopFeedbackTexts")
async def _stop_texts(w: Any) -> Any:
    feedback = await w.first(f"{V1}/feedback", ("community-a",), subject="药具发放站周末不开门")
    return "community-a", f"{V1}/feedback/{feedback['id']}/texts/stop", {"source": "phone_call"}


@write("escalateOverdueFeedback")
async def _escalate(w: Any) -> Any:
    return "street", f"{V1}/feedback/escalations", None


@write("signIntegrityAgreement")
async def _agreement(w: Any) -> Any:
    return (
        "community-a",
        f"{V1}/integrity-agreements",
        {
            "family_id": made(w, "createFamily"),
            "signed_on": day(-1),
            "term_years": 3,
            "commitments": ["依法生育", "如实提供婚育信息"],
        },
    )


@write("reviewIntegrityAgreement")
async def _agreement_review(w: Any) -> Any:
    path = f"{V1}/integrity-agreements/{made(w, 'signIntegrityAgreement')}/reviews"
    return "community-a", path, {"year": 2026, "outcome": "kept"}


@write("createTraining")
async def _training(w: Any) -> Any:
    return (
        "street",
        f"{V1}/trainings",
        {
            "org_id": await org(w, "street"),
            "title": "2026年计生专干业务培训",
            "held_on": day(-3),
            "hours": 4,
            "worker_ids": [2],
        },
    )


@write("addTrainingAttendance")
async def _attendance(w: Any) -> Any:
    return "street", f"{V1}/trainings/{made(w, 'createTraining')}/attendance", {"worker_ids": [1]}


@write("createPartner")
async def _partner(w: Any) -> Any:
    return (
        "street",
        f"{V1}/partners",
        {
            "org_id": await org(w, "street"),
            "kind": "clinic",
            "name": "较场口社区卫生服务站",
            "address": "较场口日月光广场旁",
            "contact_name": "何医生",
            "contact_phone": "023-63801234",
            "services": ["避孕药具发放"],
        },
    )


@write("updatePartner")
async def _update_partner(w: Any) -> Any:
    return "street", f"{V1}/partners/{made(w, 'createPartner')}", {"contact_name": "何主任"}


@write("createWorker")
async def _worker(w: Any) -> Any:
    return (
        "street",
        f"{V1}/workers",
        {
            "org_id": await org(w, "community-b"),
            "kind": "volunteer",
            "name": "邱秀英",
            "post": "计生志愿者",
            "phone": "13600002345",
            "started_on": day(-10),
        },
    )


@write("updateWorker")
async def _update_worker(w: Any) -> Any:
    return "street", f"{V1}/workers/{made(w, 'createWorker')}", {"post": "计生协会志愿者"}


@write("createImport")
async def _import(w: Any) -> Any:
    number = make_id_number("510104", date(1990, 6, 2), 146)  # the third resident created
    row = {
        "id_number": number,
        "arrival_date": day(-40),
        "address": "民生路88号",
        "employer_name": "某商贸公司",
    }
    return "street", f"{V1}/imports?kind=migrants&mode=per_row", json.dumps(row, ensure_ascii=False) + "\n"
