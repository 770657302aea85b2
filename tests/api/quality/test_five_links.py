"""The five links of the quality service action (issue 29, point 6), walked as community A's officer
and the street: a partner paired with families and residents (对象联姻), a referral (工作联动), a
service point joining the network (网络联盟), an activity held with a partner (活动联办) and contact
visits (感情联络); the per-community view counts them for the period and lists the records, the
figures give the same counts, community B sees none of it."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from typing import Any

import pytest
from sqlalchemy import select

from app.clock import local_today, today
from app.models.core.audit import AuditEvent
from app.models.core.family import Family
from app.models.core.org import Org
from app.models.core.partner import Partner
from app.models.core.resident import Resident
from app.models.quality.five_links import ContactVisit, PartnerPairingMember
from app.services.quality.figures import FIGURES
from tests.conftest import Api
from tests.demo_ids import org_ids

TODAY = date(2019, 11, 20)
PERIOD = {"date_from": "2019-11-01", "date_to": "2019-11-30"}


@pytest.fixture(autouse=True)
def fixed_day(api: Api) -> Iterator[None]:
    api.app.dependency_overrides[today] = lambda: TODAY
    yield
    api.app.dependency_overrides.pop(today, None)


def _ok(response: Any, status: int = 201) -> Any:
    assert response.status_code == status, response.text
    return response.json()


async def _setup(api: Api) -> dict[str, Any]:
    ids = await org_ids(api)
    async with api.session() as session:
        hospital = await session.scalar(select(Partner.id).where(Partner.name == "渝中区妇幼保健院"))
        residents = list(
            (
                await session.execute(
                    select(Resident.id)
                    .where(Resident.community_id == ids["community-a"])
                    .order_by(Resident.id)
                )
            ).scalars()
        )[:3]
        families = list(
            (
                await session.execute(
                    select(Family.id)
                    .where(Family.community_id == ids["community-a"])
                    .order_by(Family.id)
                    .limit(2)
                )
            ).scalars()
        )
        b_resident = await session.scalar(
            select(Resident.id).where(Resident.community_id == ids["community-b"])
        )
    return {"ids": ids, "hospital": hospital, "residents": residents, "families": families, "b": b_resident}


async def test_community_a_records_the_five_links_and_sees_them_counted(api: Api) -> None:
    s = await _setup(api)
    ids, a = s["ids"], s["ids"]["community-a"]
    pairing = _ok(
        await api.post(
            "community-a",
            "/api/v1/partner-pairings",
            {
                "org_id": a,
                "partner_id": s["hospital"],
                "target_group": "pregnant_women",
                "title": "区妇幼保健院结对民生路社区孕产妇",
                "services": ["孕期保健咨询", "产后访视"],
                "started_on": "2019-03-01",
                "resident_ids": s["residents"][:2],
                "family_ids": s["families"],
            },
        )
    )
    assert (pairing["members"], pairing["partner_name"], pairing["org_name"]) == (
        4,
        "渝中区妇幼保健院",
        "民生路社区",
    )
    member = _ok(
        await api.post(
            "street",
            "/api/v1/network-members",
            {
                "org_id": a,
                "partner_id": s["hospital"],
                "service_point": "区妇幼保健院民生路服务点",
                "services": ["生殖健康咨询", "避孕药具发放"],
                "joined_on": "2019-05-10",
            },
        )
    )
    again = await api.post(
        "community-a",
        "/api/v1/network-members",
        {
            "org_id": a,
            "partner_id": s["hospital"],
            "service_point": "区妇幼保健院民生路服务点",
            "services": ["生殖健康咨询"],
            "joined_on": "2019-06-10",
        },
        headers={"Accept-Language": "zh-CN"},
    )
    assert again.status_code == 409 and "网络联盟成员" in again.json()["detail"], again.text
    visits = [
        _ok(
            await api.post(
                "community-a",
                "/api/v1/contact-visits",
                {
                    "org_id": a,
                    "kind": "partner_visit",
                    "partner_id": s["hospital"],
                    "contacted_on": "2019-11-05",
                    "contact_by": "张专干",
                    "notes": "商定12月义诊安排",
                },
            )
        ),
        _ok(
            await api.post(
                "community-a",
                "/api/v1/contact-visits",
                {
                    "org_id": a,
                    "kind": "home_visit",
                    "resident_id": s["residents"][0],
                    "contacted_on": "2019-11-12",
                    "contact_by": "张专干",
                },
            )
        ),
    ]
    assert visits[0]["partner_name"] == "渝中区妇幼保健院" and visits[1]["resident_name"]
    activity = _ok(
        await api.post(
            "community-a",
            "/api/v1/activities",
            {
                "org_id": a,
                "kind": "consultation_booth",
                "title": "妇幼保健院进社区义诊",
                "held_on": "2019-11-15",
                "partner_id": s["hospital"],
            },
        )
    )
    now = local_today().isoformat()
    today_only = {"date_from": now, "date_to": now}
    before = _ok(await api.get("community-a", f"/api/v1/five-links/{a}", params=today_only), 200)
    referral = _ok(
        await api.post(
            "community-a",
            "/api/v1/referrals",
            {
                "resident_id": s["residents"][0],
                "partner_id": s["hospital"],
                "reason": "孕期保健随访",
                "follow_up_due_on": "2019-12-20",
            },
        )
    )

    summary = _ok(await api.get("street", "/api/v1/five-links", params=PERIOD), 200)
    row = next(r for r in summary["items"] if r["org_id"] == a)
    assert {k: row[k] for k in row if k not in ("org_id", "org_name")} == {
        "pairings": 1,
        "paired_members": 4,
        "referrals": 0,  # requested on the wall clock's day (its created_at), not in November 2019
        "referrals_completed": 0,
        "network_members": 1,
        "joint_activities": 1,
        "joint_activity_participants": 0,
        "contact_visits": 2,
    }
    assert ids["community-c"] not in {
        r["org_id"] for r in _ok(await api.get("street", "/api/v1/five-links"), 200)["items"]
    }
    own = _ok(await api.get("community-a", "/api/v1/five-links", params=PERIOD), 200)
    assert [r["org_id"] for r in own["items"]] == [a]

    view = _ok(await api.get("community-a", f"/api/v1/five-links/{a}", params=PERIOD), 200)
    assert view["counts"] == row
    assert [p["id"] for p in view["pairings"]] == [pairing["id"]]
    assert [m["id"] for m in view["network_members"]] == [member["id"]]
    assert [v["id"] for v in view["contact_visits"]] == [visits[1]["id"], visits[0]["id"]]
    assert [j["id"] for j in view["joint_activities"]] == [activity["id"]]
    assert view["joint_activities"][0]["partner_name"] == "渝中区妇幼保健院"
    assert view["referrals"] == []
    linked = _ok(await api.get("community-a", f"/api/v1/five-links/{a}", params=today_only), 200)
    # The fixed demo's referrals were recorded today too: one more than before.
    assert linked["counts"]["referrals"] == before["counts"]["referrals"] + 1
    assert (linked["referrals"][0]["id"], linked["referrals"][0]["requested_on"]) == (referral["id"], now)
    assert linked["referrals"][0]["partner_name"] == "渝中区妇幼保健院"
    # An earlier period: the pairing and the network member were in force, the rest came later.
    spring = _ok(
        await api.get(
            "community-a",
            f"/api/v1/five-links/{a}",
            params={"date_from": "2019-06-01", "date_to": "2019-06-30"},
        ),
        200,
    )
    assert (
        spring["counts"]["pairings"],
        spring["counts"]["network_members"],
        spring["counts"]["contact_visits"],
    ) == (1, 1, 0)

    async with api.session() as session:
        path = (await session.get(Org, a)).path
        figures = {
            code: (await FIGURES[code](session, path, date(2019, 11, 1), date(2019, 11, 30))).value
            for code in (
                "partner_pairings",
                "paired_members",
                "referrals_made",
                "network_members",
                "joint_activities",
                "contact_visits",
            )
        }
        actions = set(
            (
                await session.execute(select(AuditEvent.action).where(AuditEvent.action.like("%.create")))
            ).scalars()
        ) | set(
            (
                await session.execute(
                    select(AuditEvent.action).where(AuditEvent.action == "network_member.join")
                )
            ).scalars()
        )
        stored = (
            (
                await session.execute(
                    select(PartnerPairingMember).where(PartnerPairingMember.pairing_id == pairing["id"])
                )
            )
            .scalars()
            .all()
        )
    assert figures == {
        "partner_pairings": 1.0,
        "paired_members": 4.0,
        "referrals_made": 0.0,
        "network_members": 1.0,
        "joint_activities": 1.0,
        "contact_visits": 2.0,
    }
    assert {"partner_pairing.create", "contact_visit.create", "network_member.join"} <= actions
    assert len(stored) == 4

    left = _ok(
        await api.post(
            "community-a", f"/api/v1/network-members/{member['id']}/leave", {"left_on": "2019-11-18"}
        ),
        200,
    )
    assert left["left_on"] == "2019-11-18"
    after = _ok(await api.get("community-a", f"/api/v1/five-links/{a}", params=PERIOD), 200)
    assert after["counts"]["network_members"] == 0 and after["network_members"] == []


async def test_community_b_sees_none_of_community_a_s_links_and_bad_input_is_refused(api: Api) -> None:
    s = await _setup(api)
    a, b = s["ids"]["community-a"], s["ids"]["community-b"]
    visit = _ok(
        await api.post(
            "community-a",
            "/api/v1/contact-visits",
            {
                "org_id": a,
                "kind": "phone_call",
                "partner_id": s["hospital"],
                "contacted_on": "2019-11-19",
                "contact_by": "张专干",
            },
        )
    )
    pairing = _ok(
        await api.post(
            "community-a",
            "/api/v1/partner-pairings",
            {
                "org_id": a,
                "partner_id": s["hospital"],
                "target_group": "only_child_families",
                "title": "独生子女家庭结对",
                "started_on": "2019-01-01",
                "family_ids": s["families"][:1],
            },
        )
    )
    for path in (
        f"/api/v1/contact-visits/{visit['id']}",
        f"/api/v1/partner-pairings/{pairing['id']}",
        f"/api/v1/five-links/{a}",
    ):
        hidden = await api.get("community-b", path)
        assert hidden.status_code == 404, (path, hidden.text)
    for path in ("/api/v1/contact-visits", "/api/v1/partner-pairings", "/api/v1/network-members"):
        listed = _ok(await api.get("community-b", path), 200)
        assert all(item["org_id"] == b for item in listed["items"]), path
    mine = _ok(
        await api.get("community-a", "/api/v1/contact-visits", params={"contacted_from": "2019-11-19"}), 200
    )
    assert [v["id"] for v in mine["items"]] == [visit["id"]]

    body = {
        "org_id": a,
        "kind": "home_visit",
        "resident_id": s["residents"][0],
        "contacted_on": "2019-11-19",
        "contact_by": "陈专干",
    }
    assert (await api.post("community-b", "/api/v1/contact-visits", body)).status_code == 404
    with_b = {**body, "org_id": b}
    refused = await api.post("community-b", "/api/v1/contact-visits", with_b)
    assert refused.status_code == 404, refused.text  # community A's resident is not found for B
    both = await api.post(
        "community-a",
        "/api/v1/contact-visits",
        {**body, "partner_id": s["hospital"]},
        headers={"Accept-Language": "zh-CN"},
    )
    assert both.status_code == 422 and "只能填写一个" in both.json()["detail"], both.text
    future = await api.post("community-a", "/api/v1/contact-visits", {**body, "contacted_on": "2019-11-21"})
    assert future.status_code == 422, future.text
    other = await api.post(
        "community-a",
        "/api/v1/partner-pairings",
        {
            "org_id": a,
            "partner_id": s["hospital"],
            "target_group": "other",
            "title": "x",
            "started_on": "2019-01-01",
            "resident_ids": [s["b"]],
        },
    )
    assert other.status_code == 422 and other.json()["errors"][0]["loc"] == ["body", "resident_ids", 0], (
        other.text
    )
    street = await api.post(
        "street",
        "/api/v1/network-members",
        {
            "org_id": s["ids"]["street"],
            "partner_id": s["hospital"],
            "service_point": "x",
            "services": ["y"],
            "joined_on": "2019-01-01",
        },
    )
    assert street.status_code == 422, street.text
    unit = await api.get("unit", "/api/v1/five-links")
    assert unit.status_code == 403, unit.text
    reversed_ = await api.get(
        "community-a", "/api/v1/five-links", params={"date_from": "2019-12-01", "date_to": "2019-11-01"}
    )
    assert reversed_.status_code == 422, reversed_.text
    async with api.session() as session:
        kept = (
            await session.execute(select(ContactVisit.id).where(ContactVisit.contact_by == "陈专干"))
        ).all()
    assert kept == []


async def test_a_period_still_to_come_counts_nothing_rather_than_being_refused(api: Api) -> None:
    """Without ``date_to`` the period ends today, or on ``date_from`` when that is later: a start
    still to come is a period of its own with nothing counted yet (not a reversed range)."""
    ids = await org_ids(api)
    later = (TODAY + timedelta(days=40)).isoformat()
    for path in ("/api/v1/five-links", f"/api/v1/five-links/{ids['community-a']}"):
        answer = await api.get("street", path, params={"date_from": later})
        assert answer.status_code == 200, answer.text
        assert answer.json()["date_from"] == answer.json()["date_to"] == later
    counts = await api.get("street", f"/api/v1/five-links/{ids['community-a']}", params={"date_from": later})
    events = ("contact_visits", "joint_activities", "joint_activity_participants", "referrals")
    assert {name: counts.json()["counts"][name] for name in events} == dict.fromkeys(events, 0)
    reversed_range = await api.get(
        "street", "/api/v1/five-links", params={"date_from": later, "date_to": TODAY.isoformat()}
    )
    assert reversed_range.status_code == 422, reversed_range.text
