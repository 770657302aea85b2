"""Residents: registration rules, masking, reveal with audit, filters, moves and status."""

from __future__ import annotations

import pytest
from sqlalchemy import select, text

from app.models.core.audit import AuditEvent
from app.models.core.resident import Resident
from tests.demo_ids import org_ids
from tests.factories import new_id_number, resident_body

pytestmark = pytest.mark.asyncio


async def test_create_derives_birth_date_and_sex_and_masks(api):
    ids = await org_ids(api)
    body = resident_body(ids["community-a"], id_number="11010519491231002X", phone="13812345678")
    response = await api.post("community-a", "/api/v1/residents", body)
    assert response.status_code == 201, response.text
    data = response.json()
    assert data["birth_date"] == "1949-12-31"
    assert data["sex"] == "female"
    assert data["id_number"] == "110105********002X"
    assert data["phone"] == "138****5678"
    assert response.headers["location"] == f"/api/v1/residents/{data['id']}"
    assert response.headers["etag"] == '"1"'

    again = await api.post("community-a", "/api/v1/residents", body)
    assert again.status_code == 409
    assert again.headers["content-type"] == "application/problem+json"


@pytest.mark.parametrize(
    ("field", "value", "loc"),
    [
        ("id_number", "110105194912310021", "id_number"),  # wrong check character
        ("id_number", "110105199902300011", "id_number"),  # 30 February
        ("sex", "male", "sex"),  # disagrees with the ID number (female)
        ("birth_date", "1950-01-01", "birth_date"),
    ],
)
async def test_invalid_identity_is_422_and_writes_nothing(api, field, value, loc):
    ids = await org_ids(api)
    body = resident_body(ids["community-a"], id_number="11010519491231002X")
    body[field] = value
    async with api.session() as session:
        before = (await session.execute(text("SELECT count(*) FROM residents"))).scalar_one()
    response = await api.post("community-a", "/api/v1/residents", body)
    assert response.status_code in (409, 422)
    if response.status_code == 422:
        assert response.json()["errors"][0]["loc"][-1] == loc
    async with api.session() as session:
        after = (await session.execute(text("SELECT count(*) FROM residents"))).scalar_one()
    assert after == before


async def test_list_never_shows_full_id_numbers_or_phones(api):
    response = await api.get("street", "/api/v1/residents", params={"limit": 100})
    assert response.status_code == 200
    for item in response.json()["items"]:
        assert "*" in item["id_number"] and len(item["id_number"]) == 18
        assert item["phone"] is None or "****" in item["phone"]


async def test_reveal_needs_pii_read_and_is_audited(api):
    ids = await org_ids(api)
    id_number = new_id_number(male=True)
    created = (
        await api.post(
            "community-a",
            "/api/v1/residents",
            resident_body(ids["community-a"], id_number=id_number, male=True),
        )
    ).json()
    masked = await api.get("community-a", f"/api/v1/residents/{created['id']}")
    assert masked.json()["id_number"] != id_number

    revealed = await api.get("community-a", f"/api/v1/residents/{created['id']}", params={"reveal": "true"})
    assert revealed.status_code == 200
    assert revealed.json()["id_number"] == id_number
    assert revealed.json()["phone"] == "13800138000"
    assert revealed.headers["cache-control"] == "no-store"

    async with api.session() as session:
        events = (
            (
                await session.execute(
                    select(AuditEvent).where(
                        AuditEvent.action == "resident.pii_revealed",
                        AuditEvent.object_id == str(created["id"]),
                    )
                )
            )
            .scalars()
            .all()
        )
    assert len(events) == 1
    assert events[0].actor_username == "community-a"
    assert id_number not in str(events[0].detail)

    # district integration reads residents but holds no pii:read
    refused = await api.get("integration", f"/api/v1/residents/{created['id']}", params={"reveal": "true"})
    assert refused.status_code == 403


async def test_database_holds_no_plaintext_id_numbers(api):
    ids = await org_ids(api)
    id_number = new_id_number(male=False)
    await api.post("community-a", "/api/v1/residents", resident_body(ids["community-a"], id_number=id_number))
    async with api.session() as session:
        rows = (await session.execute(select(Resident))).scalars().all()
        dump = " ".join(" ".join(str(getattr(r, c.key)) for c in Resident.__table__.columns) for r in rows)
    assert id_number not in dump
    assert id_number[:14] not in dump  # not even address + birth date
    assert "13800138000" not in dump


async def test_exact_id_number_and_name_prefix_filters(api):
    ids = await org_ids(api)
    id_number = new_id_number(male=True)
    created = (
        await api.post(
            "community-a",
            "/api/v1/residents",
            resident_body(ids["community-a"], id_number=id_number, male=True, name="欧阳测试"),
        )
    ).json()
    found = await api.get("community-a", "/api/v1/residents", params={"id_number": id_number})
    assert [r["id"] for r in found.json()["items"]] == [created["id"]]
    by_name = await api.get("community-a", "/api/v1/residents", params={"name_prefix": "欧阳"})
    assert created["id"] in [r["id"] for r in by_name.json()["items"]]
    assert all(r["name"].startswith("欧阳") for r in by_name.json()["items"])
    # another community's worker cannot find the person even by exact ID number
    other = await api.get("community-b", "/api/v1/residents", params={"id_number": id_number})
    assert other.json()["items"] == []


async def test_pagination_walks_every_row_once(api):
    seen: list[int] = []
    cursor = None
    while True:
        params = {"limit": 37, "community_id": (await org_ids(api))["community-b"]}
        if cursor:
            params["cursor"] = cursor
        page = (await api.get("community-b", "/api/v1/residents", params=params)).json()
        seen += [r["id"] for r in page["items"]]
        cursor = page["next_cursor"]
        if cursor is None:
            break
    assert len(seen) == len(set(seen)) == 150
    assert seen == sorted(seen)


async def test_if_match_stale_is_412_and_current_succeeds(api):
    ids = await org_ids(api)
    created = (await api.post("community-a", "/api/v1/residents", resident_body(ids["community-a"]))).json()
    path = f"/api/v1/residents/{created['id']}"
    ok = await api.patch("community-a", path, {"name": "新名字"}, headers={"If-Match": '"1"'})
    assert ok.status_code == 200 and ok.headers["etag"] == '"2"'
    stale = await api.patch("community-a", path, {"name": "旧名字"}, headers={"If-Match": '"1"'})
    assert stale.status_code == 412
    assert (await api.get("community-a", path)).json()["name"] == "新名字"


async def test_idempotent_post_creates_one_resident(api):
    ids = await org_ids(api)
    body = resident_body(ids["community-a"])
    key = {"Idempotency-Key": "3f6c1d2e-0000-4000-8000-000000000001"}
    first = await api.post("community-a", "/api/v1/residents", body, headers=key)
    second = await api.post("community-a", "/api/v1/residents", body, headers=key)
    assert first.status_code == second.status_code == 201
    assert first.json() == second.json()
    assert second.headers["idempotent-replayed"] == "true"
    found = await api.get("community-a", "/api/v1/residents", params={"id_number": body["id_number"]})
    assert len(found.json()["items"]) == 1

    other_body = resident_body(ids["community-a"])
    reused = await api.post("community-a", "/api/v1/residents", other_body, headers=key)
    assert reused.status_code == 422
    # the key belongs to its caller: another user's same key is a fresh request
    other_user = await api.post(
        "community-b", "/api/v1/residents", resident_body(ids["community-b"]), headers=key
    )
    assert other_user.status_code == 201


async def test_move_is_street_level_and_status_changes_are_final(api):
    ids = await org_ids(api)
    created = (await api.post("community-a", "/api/v1/residents", resident_body(ids["community-a"]))).json()
    path = f"/api/v1/residents/{created['id']}"
    refused = await api.post("community-a", f"{path}/move", {"community_id": ids["community-b"]})
    assert refused.status_code == 403
    outside = await api.post("street", f"{path}/move", {"community_id": ids["community-c"]})
    assert outside.status_code == 404
    moved = await api.post("street", f"{path}/move", {"community_id": ids["community-b"]})
    assert moved.status_code == 200 and moved.json()["community_id"] == ids["community-b"]
    assert (await api.get("community-a", path)).status_code == 404
    assert (await api.get("community-b", path)).status_code == 200

    dead = await api.post(
        "community-b", f"{path}/status", {"status": "deceased", "effective_date": "2019-05-01"}
    )
    assert dead.status_code == 200 and dead.json()["status"] == "deceased"
    again = await api.post(
        "community-b", f"{path}/status", {"status": "moved_out", "effective_date": "2019-06-01"}
    )
    assert again.status_code == 409
    assert again.json()["current_state"] == "deceased"
    async with api.session() as session:
        actions = (
            (
                await session.execute(
                    select(AuditEvent.action)
                    .where(AuditEvent.object_id == str(created["id"]), AuditEvent.object_type == "resident")
                    .order_by(AuditEvent.id)
                )
            )
            .scalars()
            .all()
        )
    assert actions == ["resident.created", "resident.moved", "resident.deceased"]
