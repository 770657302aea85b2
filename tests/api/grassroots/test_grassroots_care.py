"""Care Action: suggestions from family records, pairing, visits (encrypted, audited), assistance."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from app.clock import today
from app.models.core.audit import AuditEvent
from app.models.core.family import Child, ChildStatus
from app.models.grassroots.care import CareVisit
from tests.api.leadership.leadership_helpers import new_family
from tests.demo_ids import org_ids

CASES = "/api/v1/care-cases"


async def _demo_families_in_need(api) -> dict[int, str]:
    """The demo families whose children are all deceased, or whose only child is disabled."""
    async with api.session() as session:
        rows = (await session.execute(select(Child.family_id, Child.status))).all()
    by_family: dict[int, list[ChildStatus]] = {}
    for family_id, status in rows:
        by_family.setdefault(family_id, []).append(status)
    need = {}
    for family_id, statuses in by_family.items():
        if all(s is ChildStatus.deceased for s in statuses):
            need[family_id] = "bereaved"
        elif statuses == [ChildStatus.disabled]:
            need[family_id] = "disabled_child"
    return need


async def test_suggestions_are_exactly_the_bereaved_and_disabled_child_families(api):
    expected = await _demo_families_in_need(api)
    assert sorted(expected.values()) == ["bereaved", "disabled_child"]  # the demo's two showcase families
    for user in ("street", "district"):
        items = (await api.get(user, f"{CASES}/suggestions", params={"limit": 100})).json()["items"]
        assert {s["family_id"]: s["kind"] for s in items} == expected, user
    assert (await api.get("community-b", f"{CASES}/suggestions")).json()["items"] == []


async def test_a_family_with_a_living_child_left_is_not_suggested(api):
    ids = await org_ids(api)
    assert (await api.get("community-b", f"{CASES}/suggestions")).json()["items"] == []
    families = (await api.get("community-b", "/api/v1/families", params={"limit": 10})).json()["items"]
    family, children = None, []
    for candidate in families:
        children = (await api.get("community-b", f"/api/v1/families/{candidate['id']}/children")).json()
        if len(children) == 2:
            family = candidate
            break
    assert family is not None

    async def mark_deceased(child):
        url = f"/api/v1/families/{family['id']}/children/{child['id']}"
        patched = await api.patch("community-b", url, {"status": "deceased", "deceased_on": "2018-01-01"})
        assert patched.status_code == 200, patched.text

    await mark_deceased(children[0])  # one of two children died: a living child is left
    assert (await api.get("community-b", f"{CASES}/suggestions")).json()["items"] == []
    await mark_deceased(children[1])  # now no child lives: a bereaved family
    after = (await api.get("community-b", f"{CASES}/suggestions")).json()["items"]
    assert [(s["family_id"], s["community_id"], s["kind"]) for s in after] == [
        (family["id"], ids["community-b"], "bereaved")
    ]


async def test_case_walk_pairing_visits_with_encrypted_audited_notes_and_assistance(api):
    ids = await org_ids(api)
    api.app.dependency_overrides[today] = lambda: date(2019, 5, 20)
    try:
        suggestion = next(
            s
            for s in (await api.get("community-a", f"{CASES}/suggestions")).json()["items"]
            if s["kind"] == "bereaved"
        )
        opened = await api.post(
            "community-a", CASES, {"family_id": suggestion["family_id"], "kind": "bereaved"}
        )
        assert opened.status_code == 201, opened.text
        case = opened.json()
        assert case["org_id"] == ids["community-a"] and case["status"] == "open"
        again = await api.post(
            "community-a", CASES, {"family_id": suggestion["family_id"], "kind": "bereaved"}
        )
        assert again.status_code == 409
        remaining = (await api.get("community-a", f"{CASES}/suggestions")).json()["items"]
        assert suggestion["family_id"] not in [s["family_id"] for s in remaining]
        assert (await api.get("community-b", f"{CASES}/{case['id']}")).status_code == 404

        worker = await api.post(
            "community-a",
            "/api/v1/workers",
            {
                "org_id": ids["community-a"],
                "name": "王秀英",
                "kind": "volunteer",
                "post": "结对志愿者",
                "started_on": "2018-01-01",
                "phone": "13711112222",
            },
        )
        assert worker.status_code == 201, worker.text
        assert worker.json()["phone"] == "137****2222"
        paired = await api.post(
            "community-a",
            f"{CASES}/{case['id']}/pair",
            {"worker_id": worker.json()["id"], "visit_every_days": 30},
        )
        assert paired.status_code == 200, paired.text
        assert paired.json()["status"] == "paired" and paired.json()["next_visit_due_on"] == "2019-06-19"
        api.app.dependency_overrides[today] = lambda: date(2019, 6, 20)
        late = (await api.get("community-a", CASES, params={"visit_overdue": "true"})).json()["items"]
        assert [c["id"] for c in late] == [case["id"]]
        api.app.dependency_overrides[today] = lambda: date(2019, 5, 20)
        assert (await api.get("community-a", CASES, params={"visit_overdue": "true"})).json()["items"] == []

        unvisited = (await api.get("community-a", CASES, params={"unvisited_this_quarter": "true"})).json()[
            "items"
        ]
        assert case["id"] in [c["id"] for c in unvisited]
        visit = await api.post(
            "community-a",
            f"{CASES}/{case['id']}/visits",
            {"visited_on": "2019-05-18", "notes": "老两口情绪低落，王阿姨血压偏高。"},
        )
        assert visit.status_code == 201, visit.text
        unvisited = (await api.get("community-a", CASES, params={"unvisited_this_quarter": "true"})).json()[
            "items"
        ]
        assert case["id"] not in [c["id"] for c in unvisited]
        future = await api.post(
            "community-a", f"{CASES}/{case['id']}/visits", {"visited_on": "2019-06-01", "notes": "x"}
        )
        assert future.status_code == 422

        async with api.session() as session:
            stored = (await session.execute(select(CareVisit.notes_enc))).scalars().all()
            assert stored and all("血压" not in n for n in stored)

        mine = (await api.get("community-a", f"{CASES}/{case['id']}/visits")).json()["items"]
        assert mine[0]["notes"] == "老两口情绪低落，王阿姨血压偏高。"
        district = (await api.get("district", f"{CASES}/{case['id']}/visits")).json()["items"]
        assert district[0]["notes"] is None
        async with api.session() as session:
            reads = (
                (
                    await session.execute(
                        select(AuditEvent.actor_username).where(AuditEvent.action == "care_case.notes_read")
                    )
                )
                .scalars()
                .all()
            )
        assert reads == ["community-a"]

        money = await api.post(
            "community-a",
            f"{CASES}/{case['id']}/assistance",
            {"given_on": "2019-05-20", "kind": "money", "amount_fen": 50000, "description": "端午慰问金"},
        )
        assert money.status_code == 201, money.text
        assert (
            await api.post(
                "community-a",
                f"{CASES}/{case['id']}/assistance",
                {"given_on": "2019-05-20", "kind": "money", "amount_fen": 0, "description": "x"},
            )
        ).status_code == 422
        listed = (await api.get("street", f"{CASES}/{case['id']}/assistance")).json()["items"]
        assert [a["amount_fen"] for a in listed] == [50000]

        closed = await api.post("community-a", f"{CASES}/{case['id']}/close", {"reason": "家庭迁出本市"})
        assert closed.json()["status"] == "closed"
        late = await api.post(
            "community-a", f"{CASES}/{case['id']}/visits", {"visited_on": "2019-05-20", "notes": "x"}
        )
        assert late.status_code == 409 and late.json()["current_state"] == "closed"
        assert (
            await api.post("district", CASES, {"family_id": suggestion["family_id"], "kind": "bereaved"})
        ).status_code == 403
    finally:
        api.app.dependency_overrides.pop(today, None)


async def test_a_visit_links_the_census_screening_and_the_care_lecture_instead_of_copying_them(api):
    ids = await org_ids(api)
    api.app.dependency_overrides[today] = lambda: date(2019, 8, 20)
    try:
        # a young mother (31) whose only child is disabled: within the census's target population
        # (married women 20-49), unlike the demo's care families, whose mothers are past 49
        family_id = await new_family(
            api, "community-a", ids["community-a"], [(date(2012, 1, 1), "female", False)]
        )
        child = (await api.get("community-a", f"/api/v1/families/{family_id}/children")).json()[0]
        disabled = await api.patch(
            "community-a",
            f"/api/v1/families/{family_id}/children/{child['id']}",
            {"status": "disabled", "disability_grade": 2},
        )
        assert disabled.status_code == 200, disabled.text
        created = await api.post("community-a", CASES, {"family_id": family_id, "kind": "disabled_child"})
        assert created.status_code == 201, created.text
        case = created.json()
        family = (await api.get("community-a", f"/api/v1/families/{family_id}")).json()
        programs = (await api.get("community-a", "/api/v1/screening-programs", params={"year": 2019})).json()
        census = next(p for p in programs["items"] if p["kind"] == "reproductive_health_census")
        screening = await api.post(
            "community-a",
            "/api/v1/screenings",
            {
                "program_id": census["id"],
                "resident_id": family["wife_id"],
                "screened_on": "2019-08-19",
                "risk_level": "low",
            },
        )
        assert screening.status_code == 201, screening.text
        lecture = await api.post(
            "community-a",
            "/api/v1/activities",
            {
                "org_id": ids["community-a"],
                "kind": "lecture",
                "title": "生育关怀：更年期保健讲座",
                "held_on": "2019-08-19",
                "care_action": True,
            },
        )
        assert lecture.status_code == 201, lecture.text
        url = f"{CASES}/{case['id']}/visits"
        visit = await api.post(
            "community-a",
            url,
            {
                "visited_on": "2019-08-19",
                "notes": "陪同参加普查和讲座",
                "screening_id": screening.json()["id"],
                "activity_id": lecture.json()["id"],
            },
        )
        assert visit.status_code == 201, visit.text
        assert visit.json()["screening_id"] == screening.json()["id"]
        assert visit.json()["activity_id"] == lecture.json()["id"]
        lectures = (await api.get("street", "/api/v1/activities", params={"care_action": "true"})).json()
        assert [a["id"] for a in lectures["items"]] == [lecture.json()["id"]]
        for bad in ({"screening_id": 10**12}, {"activity_id": 10**12}):
            response = await api.post("community-a", url, {"visited_on": "2019-08-19", "notes": "x", **bad})
            assert response.status_code == 422, bad
    finally:
        api.app.dependency_overrides.pop(today, None)
