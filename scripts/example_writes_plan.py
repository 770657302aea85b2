"""Writes for scripts/capture_examples.py on in-year accountability and care projects (issue 29):
a case opened on the demo's community B book (its migrants' certificate rate was behind plan at the
end of the first quarter), followed up and closed; a care project with the office's care case as
its beneficiary and a care-action lecture, completed; the five links' pairing, network member (that
later leaves) and contact visit in community A."""

from __future__ import annotations

from typing import Any

from scripts.example_writes import V1, day, made, org, write


@write("openAccountabilityCase")
async def _open(w: Any) -> Any:
    answer = await w.call("street", "get", f"{V1}/accountability-cases/flags", params={"quarter": 1})
    flag = next(
        f
        for f in answer.json()["flags"]
        if f["indicator_code"] == "migrant_certificate_rate" and f["org_name"] == "较场口社区"
    )
    return (
        "street",
        f"{V1}/accountability-cases",
        {
            "book_id": flag["book_id"],
            "book_indicator_id": flag["book_indicator_id"],
            "quarter": 1,
            "subject": "person",
            "person_name": "陈专干",
            "measure": "reminder_talk",
            "reason": "一季度流动人口婚育证明查验率未达90%，进度滞后",
            "opened_on": day(-60),
        },
    )


@write("addAccountabilityFollowUp")
async def _follow_up(w: Any) -> Any:
    return (
        "community-b",
        f"{V1}/accountability-cases/{made(w, 'openAccountabilityCase')}/follow-ups",
        {"on": day(-30), "note": "已逐户上门催办，3人补交婚育证明"},
    )


@write("closeAccountabilityCase")
async def _close(w: Any) -> Any:
    return (
        "street",
        f"{V1}/accountability-cases/{made(w, 'openAccountabilityCase')}/close",
        {"on": day(-1), "note": "约谈已完成，整改到位，办结"},
    )


@write("createCareProject")
async def _project(w: Any) -> Any:
    return (
        "street",
        f"{V1}/care-projects",
        {
            "org_id": await org(w, "street"),
            "year": 2026,
            "name": "困难家庭“暖心陪伴”关怀项目",
            "aim": "为困难计生家庭提供结对走访、健康讲座和临时救助",
            "beneficiaries": "辖区失独、伤残及其他困难计生家庭",
            "beneficiary_target": 20,
            "budget_fen": 5_000_000,
        },
    )


@write("addCareProjectBeneficiary")
async def _beneficiary(w: Any) -> Any:
    return (
        "street",
        f"{V1}/care-projects/{made(w, 'createCareProject')}/beneficiaries",
        {"id": made(w, "openCareCase")},
    )


@write("addCareProjectActivity")
async def _activity(w: Any) -> Any:
    activities = await w.items(f"{V1}/activities", ("street",))
    return (
        "street",
        f"{V1}/care-projects/{made(w, 'createCareProject')}/activities",
        {"id": activities[0]["id"]},
    )


@write("completeCareProject")
async def _complete(w: Any) -> Any:
    return (
        "street",
        f"{V1}/care-projects/{made(w, 'createCareProject')}/complete",
        {"completed_on": day(), "results": "走访困难家庭12户，发放救助金6000元，举办健康讲座2场"},
    )


# -- the five links of the quality service action (五联) ------------------------------------------
async def _hospital(w: Any) -> int:
    return int((await w.first(f"{V1}/partners", ("community-a",), name="渝中区妇幼保健院"))["id"])


@write("createPartnerPairing")
async def _pairing(w: Any) -> Any:
    return (
        "community-a",
        f"{V1}/partner-pairings",
        {
            "org_id": await org(w, "community-a"),
            "partner_id": await _hospital(w),
            "target_group": "pregnant_women",
            "title": "区妇幼保健院结对民生路社区孕产妇",
            "services": ["孕期保健咨询", "产后访视"],
            "started_on": day(-30),
            "resident_ids": [made(w, "wife")],
            "family_ids": [made(w, "createFamily")],
        },
    )


@write("createNetworkMember")
async def _network_member(w: Any) -> Any:
    return (
        "community-a",
        f"{V1}/network-members",
        {
            "org_id": await org(w, "community-a"),
            "partner_id": await _hospital(w),
            "service_point": "区妇幼保健院民生路孕期保健咨询点",
            "address": "民生路88号社区服务中心二楼",
            "services": ["孕期保健咨询", "生殖健康咨询"],
            "joined_on": day(-20),
        },
    )


@write("leaveNetwork")
async def _leave(w: Any) -> Any:
    return (
        "community-a",
        f"{V1}/network-members/{made(w, 'createNetworkMember')}/leave",
        {"left_on": day(-1)},
    )


@write("createContactVisit")
async def _contact(w: Any) -> Any:
    return (
        "community-a",
        f"{V1}/contact-visits",
        {
            "org_id": await org(w, "community-a"),
            "kind": "partner_visit",
            "partner_id": await _hospital(w),
            "contacted_on": day(-2),
            "contact_by": "张专干",
            "notes": "商定下月进社区义诊安排",
        },
    )
