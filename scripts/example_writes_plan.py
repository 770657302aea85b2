"""Writes for scripts/capture_examples.py on in-year accountability and care projects (issue 29):
a case opened on the demo's community B book (its migrants' certificate rate was behind plan at the
end of the first quarter), followed up and closed; a care project with the office's care case as
its beneficiary and a care-action lecture, completed; a work-style activity with a finding rectified
and a resident meeting with an adopted clause and its volunteer (issue 29, points 3 and 8); a board
of community A recorded, inspected and refreshed; the newest campaign's reach by text message and a
survey before it; the five links' pairing, network member (that later leaves) and contact visit in
community A."""

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


# -- work style (作风建设, 三项活动, 政风行风) and resident self-governance (村(居)民自治) ---------
@write("createConductActivityKind")
async def _kind(w: Any) -> Any:
    return (
        "street",
        f"{V1}/conduct-activity-kinds",
        {
            "org_id": await org(w, "street"),
            "code": "window_visit",
            "name_zh": "窗口作风暗访",
            "name_en": "Window visit",
        },
    )


@write("updateConductActivityKind")
async def _kind_update(w: Any) -> Any:
    return (
        "street",
        f"{V1}/conduct-activity-kinds/{made(w, 'createConductActivityKind')}",
        {"name_en": "Unannounced visit to the service window"},
    )


@write("createConductActivity")
async def _conduct_activity(w: Any) -> Any:
    workers = await w.items(f"{V1}/workers", ("street",))
    return (
        "street",
        f"{V1}/conduct-activities",
        {
            "org_id": await org(w, "street"),
            "kind_id": made(w, "createConductActivityKind"),
            "title": "计生服务窗口作风暗访",
            "held_on": day(-10),
            "summary": "暗访街道和社区计生服务窗口的服务态度与一次性告知落实情况。",
            "participants": [{"worker_id": workers[0]["id"]}],
        },
    )


@write("addConductParticipant")
async def _conduct_participant(w: Any) -> Any:
    workers = await w.items(f"{V1}/workers", ("street",))
    return (
        "street",
        f"{V1}/conduct-activities/{made(w, 'createConductActivity')}/participants",
        {"worker_id": workers[1]["id"]},
    )


@write("addConductFinding")
async def _conduct_finding(w: Any) -> Any:
    return (
        "street",
        f"{V1}/conduct-activities/{made(w, 'createConductActivity')}/findings",
        {
            "org_id": await org(w, "community-a"),
            "problem": "窗口人员未佩戴工作牌，未一次性告知所需材料",
            "rectification": "统一亮牌上岗，窗口公示一次性告知清单",
            "due_on": day(20),
        },
    )


@write("rectifyConductFinding")
async def _rectify(w: Any) -> Any:
    return (
        "community-a",
        f"{V1}/conduct-findings/{made(w, 'addConductFinding')}/rectify",
        {"rectified_on": day(), "note": "已制作工作牌并公示一次性告知清单"},
    )


@write("createResidentMeeting")
async def _meeting(w: Any) -> Any:
    return (
        "community-a",
        f"{V1}/resident-meetings",
        {
            "org_id": await org(w, "community-a"),
            "held_on": day(-3),
            "title": "民生路社区居民代表会议",
            "matters": "讨论将孕前优生健康检查写入居民公约",
            "resolutions": "一致同意增补条款",
            "attendance": 48,
        },
    )


@write("adoptCommunityRule")
async def _rule(w: Any) -> Any:
    return (
        "community-a",
        f"{V1}/resident-meetings/{made(w, 'createResidentMeeting')}/rules",
        {
            "book": "residents_convention",
            "clause_no": "第十条",
            "text": "新婚夫妇主动参加免费孕前优生健康检查。",
        },
    )


@write("addRuleVolunteer")
async def _volunteer(w: Any) -> Any:
    members = await w.items(f"{V1}/association/members", ("community-a",))
    return (
        "community-a",
        f"{V1}/community-rules/{made(w, 'adoptCommunityRule')}/volunteers",
        {"member_id": members[0]["id"], "duty": "入户宣讲、监督执行"},
    )


# -- facilities, the publicity environment and its effectiveness (issue 29, points 1 and 4) -------
@write("createFacility")
async def _facility(w: Any) -> Any:
    return (
        "community-a",
        f"{V1}/facilities",
        {
            "org_id": await org(w, "community-a"),
            "kind": "publicity_board",
            "name": "民生路小区南门宣传栏",
            "location": "民生路小区南门东侧",
            "opened_on": day(-200),
            "refresh_every_days": 90,
        },
    )


@write("inspectFacility")
async def _inspect(w: Any) -> Any:
    return (
        "community-a",
        f"{V1}/facilities/{made(w, 'createFacility')}/inspections",
        {
            "inspected_on": day(-1),
            "inspector": "张桂兰",
            "condition": "needs_repair",
            "findings": "栏体玻璃破损一块，已报修",
            "photo_links": ["https://example.org/photos/south-board.jpg"],
        },
    )


@write("refreshFacility")
async def _refresh(w: Any) -> Any:
    return (
        "community-a",
        f"{V1}/facilities/{made(w, 'createFacility')}/refreshes",
        {
            "refreshed_on": day(-1),
            "theme": "优生优育 健康家庭",
            "photo_links": ["https://example.org/photos/south-board-new.jpg"],
        },
    )


@write("recordCampaignReach")
async def _reach(w: Any) -> Any:
    # the newest campaign: the one the reads before the writes found with no reach yet
    campaign = (await w.items(f"{V1}/campaigns", ("street",)))[0]
    return (
        "community-a",
        f"{V1}/campaigns/{campaign['id']}/reach",
        {
            "org_id": await org(w, "community-a"),
            "channel": "sms",
            "people_reached": 320,
            "recorded_on": day(-1),
            "notes": "活动通知短信",
        },
    )


@write("recordKnowledgeSurvey")
async def _survey(w: Any) -> Any:
    campaign = (await w.items(f"{V1}/campaigns", ("street",)))[0]
    return (
        "community-a",
        f"{V1}/knowledge-surveys",
        {
            "org_id": await org(w, "community-a"),
            "campaign_id": campaign["id"],
            "stage": "pre",
            "conducted_on": day(-1),
            "questions": 10,
            "respondents": 30,
            "correct_answers": 186,
            "notes": "活动前入户问卷",
        },
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
