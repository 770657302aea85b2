"""Service and supply writes for scripts/capture_examples.py: service requests and types,
policies and birth-policy rules, the working calendar, contraceptives, screening and referrals."""

from __future__ import annotations

from typing import Any

from scripts.example_writes import V1, day, made, org, write


# -- services and policies ------------------------------------------------------------------------
def _materials(w: Any) -> list[dict[str, Any]]:
    return [{"code": "husband_id_card"}, {"code": "wife_id_card"}, {"code": "marriage_certificate"}]


@write("fileServiceRequest")
async def _request(w: Any) -> Any:
    return (
        "community-a",
        f"{V1}/service-requests",
        {
            "service_type": "birth_registration",
            "family_id": made(w, "createFamily"),
            "materials": _materials(w),
            "note": "申请第二个子女生育登记",
        },
    )


@write("forwardServiceRequest")
async def _forward(w: Any) -> Any:
    return "community-a", f"{V1}/service-requests/{made(w, 'fileServiceRequest')}/forward", None


@write("acceptServiceRequest")
async def _accept(w: Any) -> Any:
    return "street", f"{V1}/service-requests/{made(w, 'fileServiceRequest')}/accept", None


@write("completeServiceRequest")
async def _complete(w: Any) -> Any:
    accepted = await w.first(f"{V1}/service-requests", ("street",), state="accepted")
    return "street", f"{V1}/service-requests/{accepted['id']}/complete", None


@write("fileServiceRequest")
async def _request2(w: Any) -> Any:
    return (
        "community-a",
        f"{V1}/service-requests",
        {
            "service_type": "birth_registration",
            "family_id": made(w, "createFamily"),
            "materials": [{"code": "husband_id_card"}],
        },
    )


@write("returnServiceRequest")
async def _return(w: Any) -> Any:
    return "street", f"{V1}/service-requests/{made(w, 'fileServiceRequest')}/return", {}


@write("resubmitServiceRequest")
async def _resubmit(w: Any) -> Any:
    path = f"{V1}/service-requests/{made(w, 'fileServiceRequest')}/resubmit"
    return "community-a", path, {"materials": _materials(w)}


@write("rejectServiceRequest")
async def _reject(w: Any) -> Any:
    path = f"{V1}/service-requests/{made(w, 'fileServiceRequest')}/reject"
    return "street", path, {"reason": "经核查，该子女已办理生育登记，不得重复申请"}


@write("createServiceType")
async def _service_type(w: Any) -> Any:
    return (
        "district",
        f"{V1}/service-types",
        {
            "code": "migrant_marriage_certificate_copy",
            "name": "流动人口婚育证明补办",
            "subject": "resident",
            "description": "婚育证明遗失的补办",
            "time_limit_working_days": 5,
            "where_to_apply": "户籍地社区居委会",
            "accepting_level": "community",
            "issuing_level": "community",
            "materials": [{"code": "id_card", "name": "居民身份证"}],
        },
    )


@write("updateServiceType")
async def _update_service_type(w: Any) -> Any:
    return "district", f"{V1}/service-types/{made(w, 'createServiceType')}", {"time_limit_working_days": 3}


@write("createPolicy")
async def _policy(w: Any) -> Any:
    return (
        "street",
        f"{V1}/policies",
        {
            "title": "解放碑街道计划生育特殊家庭帮扶办法",
            "category": "preferential",
            "issuing_authority": "解放碑街道办事处",
            "effective_on": day(15),
            "body": "第一条 为做好计划生育特殊家庭帮扶工作，制定本办法。",
            "document_no": "解放碑街办发〔2026〕8号",
        },
    )


@write("updatePolicy")
async def _update_policy(w: Any) -> Any:
    return (
        "street",
        f"{V1}/policies/{made(w, 'createPolicy')}",
        {"title": "解放碑街道计划生育特殊家庭帮扶暂行办法"},
    )


@write("publishPolicy")
async def _publish(w: Any) -> Any:
    return "street", f"{V1}/policies/{made(w, 'createPolicy')}/publish", None


@write("repealPolicy")
async def _repeal(w: Any) -> Any:
    return "street", f"{V1}/policies/{made(w, 'createPolicy')}/repeal", {"reason": "已被区级新办法取代"}


@write("createBirthPolicyRule")
async def _rule(w: Any) -> Any:
    return (
        "district",
        f"{V1}/birth-policy-rules",
        {
            "code": "three_child_2027",
            "name": "三孩生育政策（示例修订）",
            "name_en": "Three-child policy (example revision)",
            "scope": "district",
            "children_within_policy": 3,
            "registration_max_order": 3,
            "beyond_registration": "reapproval",
            "effective_from": "2027-01-01",
            "source_authority": "重庆市人民代表大会常务委员会",
            "source_title": "重庆市人口与计划生育条例",
            "source_issued_on": "2026-11-25",
        },
    )


@write("putWorkingCalendar")
async def _calendar(w: Any) -> Any:
    return (
        "district",
        f"{V1}/working-calendar/2027",
        {
            "holidays": [{"day": "2027-01-01", "name": "元旦"}],
            "workdays": [{"day": "2027-02-07", "name": "春节调休上班"}],
        },
    )


# -- contraceptives and screening ---------------------------------------------------------------
@write("createContraceptiveProduct")
async def _product(w: Any) -> Any:
    return (
        "district",
        f"{V1}/contraceptive-products",
        {
            "code": "GEL-30",
            "name": "壬苯醇醚凝胶",
            "method": "gel",
            "form": "凝胶",
            "unit": "支",
            "units_per_pack": 1,
        },
    )


@write("updateContraceptiveProduct")
async def _update_product(w: Any) -> Any:
    return (
        "district",
        f"{V1}/contraceptive-products/{made(w, 'createContraceptiveProduct')}",
        {"name": "壬苯醇醚凝胶(外用)"},
    )


@write("createDistributionPoint")
async def _point(w: Any) -> Any:
    return (
        "street",
        f"{V1}/distribution-points",
        {
            "org_id": await org(w, "community-b"),
            "kind": "self_service_machine",
            "name": "较场口地铁站药具自助发放机",
            "address": "较场口地铁站2号口",
            "rules": {"interval_days": 30, "max_units_per_dispense": 1, "min_age": 18, "max_age": 60},
        },
    )


@write("updateDistributionPoint")
async def _update_point(w: Any) -> Any:
    return (
        "street",
        f"{V1}/distribution-points/{made(w, 'createDistributionPoint')}",
        {"address": "较场口地铁站1号口"},
    )


@write("setStockThreshold")
async def _threshold(w: Any) -> Any:
    return "street", f"{V1}/distribution-points/1/thresholds/1", {"threshold": 30}


@write("recordStockMovement")
async def _movement(w: Any) -> Any:
    return (
        "street",
        f"{V1}/stock-movements",
        {
            "kind": "receipt",
            "point_id": 1,
            "product_id": 1,
            "batch_no": "C20260601",
            "quantity": 100,
            "expires_on": "2029-05-31",
            "source": "district_allocation",
            "document_no": "渝中卫药〔2026〕6号",
        },
    )


@write("createDispensation")
async def _dispense(w: Any) -> Any:
    return (
        "community-a",
        f"{V1}/dispensations",
        {
            "point_id": 1,
            "product_id": 1,
            "quantity": 1,
            "resident_id": made(w, "wife"),
        },
    )


@write("createScreeningProgram")
async def _screening_program(w: Any) -> Any:
    return (
        "street",
        f"{V1}/screening-programs",
        {
            "kind": "pre_pregnancy_check",
            "name": "2026年民生路社区孕前优生健康检查",
            "year": 2026,
            "org_id": await org(w, "community-a"),
            "population": {"marital_status": ["married"], "min_age": 20, "max_age": 49},
            "targets": [{"org_id": await org(w, "community-a"), "target_count": 40}],
        },
    )


@write("setScreeningTarget")
async def _target(w: Any) -> Any:
    path = (
        f"{V1}/screening-programs/{made(w, 'createScreeningProgram')}/targets/{await org(w, 'community-a')}"
    )
    return "street", path, {"target_count": 30}


@write("recordScreening")
async def _screening(w: Any) -> Any:
    return (
        "community-a",
        f"{V1}/screenings",
        {
            "program_id": made(w, "createScreeningProgram"),
            "resident_id": made(w, "wife"),
            "screened_on": day(-2),
            "risk_level": "high",
            "items": ["病史询问", "体格检查"],
            "findings": "甲状腺功能异常",
            "provider_partner_id": 1,
        },
    )


@write("createReferral")
async def _referral(w: Any) -> Any:
    return (
        "community-a",
        f"{V1}/referrals",
        {
            "partner_id": 1,
            "screening_id": made(w, "recordScreening"),
            "reason": "孕前优生检查高风险，转诊妇幼保健院",
            "priority": "urgent",
            "follow_up_due_on": day(14),
        },
    )


@write("acceptReferral")
async def _accept_referral(w: Any) -> Any:
    return "community-a", f"{V1}/referrals/{made(w, 'createReferral')}/accept", {}


@write("scheduleReferral")
async def _schedule(w: Any) -> Any:
    return (
        "community-a",
        f"{V1}/referrals/{made(w, 'createReferral')}/schedule",
        {"scheduled_for": f"{day(3)}T01:00:00Z"},
    )


@write("completeReferral")
async def _complete_referral(w: Any) -> Any:
    w.later(4)  # after the appointment
    return (
        "community-a",
        f"{V1}/referrals/{made(w, 'createReferral')}/complete",
        {"outcome": "已就诊，遵医嘱治疗"},
    )


@write("createReferral")
async def _referral2(w: Any) -> Any:
    return (
        "community-a",
        f"{V1}/referrals",
        {
            "partner_id": 1,
            "resident_id": made(w, "wife"),
            "reason": "咨询遗传风险",
            "follow_up_due_on": day(30),
        },
    )


@write("declineReferral")
async def _decline_referral(w: Any) -> Any:
    return (
        "community-a",
        f"{V1}/referrals/{made(w, 'createReferral')}/decline",
        {"reason": "医院暂无该项服务"},
    )


@write("createReferral")
async def _referral3(w: Any) -> Any:
    return (
        "community-a",
        f"{V1}/referrals",
        {
            "partner_id": 2,
            "resident_id": made(w, "wife"),
            "reason": "复查",
            "follow_up_due_on": day(30),
        },
    )


@write("cancelReferral")
async def _cancel_referral(w: Any) -> Any:
    return "community-a", f"{V1}/referrals/{made(w, 'createReferral')}/cancel", {"reason": "本人已自行就诊"}
