"""Users and orgs: who may create whom, where."""

from __future__ import annotations

import httpx
import pytest
from sqlalchemy import select

from app.models.core.audit import AuditEvent
from app.models.core.user import AuthSession, User
from tests.demo_ids import org_ids

pytestmark = pytest.mark.asyncio


def _user(org_id: int, username: str, role: str = "community_officer") -> dict:
    return {
        "username": username,
        "full_name": "新同事",
        "role": role,
        "org_id": org_id,
        "password": "a-long-enough-password",
    }


async def test_community_worker_cannot_create_users(api):
    ids = await org_ids(api)
    response = await api.post("community-a", "/api/v1/users", _user(ids["community-a"], "new.worker1"))
    assert response.status_code == 403
    async with api.session() as session:
        assert (await session.execute(select(User).where(User.username == "new.worker1"))).first() is None


async def test_street_admin_creates_users_inside_its_street_only(api):
    ids = await org_ids(api)
    created = await api.post("street", "/api/v1/users", _user(ids["community-b"], "new.worker2"))
    assert created.status_code == 201, created.text
    assert created.json()["org_id"] == ids["community-b"]
    assert "password" not in created.json() and "password_hash" not in created.json()
    login = await api.client.post(
        "/api/v1/auth/token",
        data={"grant_type": "password", "username": "new.worker2", "password": "a-long-enough-password"},
    )
    assert login.status_code == 200

    outside = await api.post("street", "/api/v1/users", _user(ids["community-c"], "new.worker3"))
    assert outside.status_code == 404
    above = await api.post("street", "/api/v1/users", _user(ids["street"], "new.boss", "district_officer"))
    assert above.status_code == 403
    wrong_kind = await api.post(
        "street", "/api/v1/users", _user(ids["community-a"], "new.officer", "street_officer")
    )
    assert wrong_kind.status_code == 422
    duplicate = await api.post("street", "/api/v1/users", _user(ids["community-b"], "new.worker2"))
    assert duplicate.status_code == 409
    async with api.session() as session:
        event = (
            await session.execute(
                select(AuditEvent).where(
                    AuditEvent.action == "user.created", AuditEvent.object_id == str(created.json()["id"])
                )
            )
        ).scalar_one()
        assert event.actor_username == "street"
        assert "password" not in event.detail


async def test_street_cannot_move_a_user_out_of_its_street_or_promote_above_itself(api):
    ids = await org_ids(api)
    user = (await api.post("street", "/api/v1/users", _user(ids["community-a"], "mover.one"))).json()
    moved_out = await api.patch("street", f"/api/v1/users/{user['id']}", {"org_id": ids["community-c"]})
    assert moved_out.status_code == 404
    promoted = await api.patch(
        "street", f"/api/v1/users/{user['id']}", {"role": "district_officer", "org_id": ids["street"]}
    )
    assert promoted.status_code == 403
    moved = await api.patch(
        "street", f"/api/v1/users/{user['id']}", {"org_id": ids["community-b"]}, headers={"If-Match": '"1"'}
    )
    assert moved.status_code == 200 and moved.json()["org_id"] == ids["community-b"]
    stale = await api.patch(
        "street", f"/api/v1/users/{user['id']}", {"full_name": "x"}, headers={"If-Match": '"1"'}
    )
    assert stale.status_code == 412
    district_user = (await api.get("district", "/api/v1/users", params={"role": "district_officer"})).json()
    assert (await api.get("street", f"/api/v1/users/{district_user['items'][0]['id']}")).status_code == 404


async def test_orgs_are_created_under_a_parent_of_the_right_kind(api):
    ids = await org_ids(api)
    unit = await api.post(
        "street",
        "/api/v1/orgs",
        {"kind": "unit", "name": "第二中学", "code": "12500103400000001B", "parent_id": ids["street"]},
    )
    assert unit.status_code == 201, unit.text
    assert unit.json()["path"].endswith(f"/{unit.json()['id']}/")
    under_community = await api.post(
        "street",
        "/api/v1/orgs",
        {"kind": "unit", "name": "x", "code": "12500103400000002E", "parent_id": ids["community-a"]},
    )
    assert under_community.status_code == 422
    other_street = await api.post(
        "street",
        "/api/v1/orgs",
        {"kind": "community", "name": "x", "code": "500103001010", "parent_id": ids["street-2"]},
    )
    assert other_street.status_code == 404
    duplicate = await api.post(
        "street",
        "/api/v1/orgs",
        {"kind": "community", "name": "x", "code": "500103003001", "parent_id": ids["street"]},
    )
    assert duplicate.status_code == 409
    bad_code = await api.post(
        "street",
        "/api/v1/orgs",
        {"kind": "community", "name": "x", "code": "12345", "parent_id": ids["street"]},
    )
    assert bad_code.status_code == 422
    assert (
        await api.post(
            "community-a",
            "/api/v1/orgs",
            {"kind": "community", "name": "x", "code": "500103003011", "parent_id": ids["street"]},
        )
    ).status_code == 403
    renamed = await api.patch("street", f"/api/v1/orgs/{unit.json()['id']}", {"name": "第二中学(新校区)"})
    assert renamed.status_code == 200 and renamed.json()["version"] == 2


async def test_ones_own_password_change_keeps_this_session_and_ends_the_others(api):
    ids = await org_ids(api)
    created = await api.post("district", "/api/v1/users", _user(ids["street"], "pw.admin", "street_admin"))
    assert created.status_code == 201, created.text
    user_id = created.json()["id"]

    async def sign_in(password: str) -> httpx.Response:
        data = {"grant_type": "password", "username": "pw.admin", "password": password}
        return await api.client.post("/api/v1/auth/token", data=data)

    async def me(token: str) -> int:
        response = await api.client.get("/api/v1/auth/me", headers={"Authorization": f"Bearer {token}"})
        return response.status_code

    this, other = [(await sign_in("a-long-enough-password")).json()["access_token"] for _ in range(2)]
    changed = await api.client.patch(
        f"/api/v1/users/{user_id}",
        json={"password": "another-long-password"},
        headers={"Authorization": f"Bearer {this}"},
    )
    assert changed.status_code == 200, changed.text
    assert await me(this) == 200  # the session that changed it goes on
    assert await me(other) == 401  # every other session of the account has ended
    assert (await sign_in("a-long-enough-password")).status_code == 400
    assert (await sign_in("another-long-password")).status_code == 200
    async with api.session() as session:
        reasons = (
            (
                await session.execute(
                    select(AuthSession.revoked_reason)
                    .where(AuthSession.user_id == user_id)
                    .order_by(AuthSession.id)
                )
            )
            .scalars()
            .all()
        )
        audited = (
            (
                await session.execute(
                    select(AuditEvent.detail).where(
                        AuditEvent.action == "user.updated", AuditEvent.object_id == str(user_id)
                    )
                )
            )
            .scalars()
            .all()
        )
    # the other session ended; this one and the one the new password opened go on
    assert sorted(reasons, key=str) == [None, None, "account_changed"]
    assert audited and audited[-1] == {"password_changed": True}  # the fact, never the password

    # someone else changing it ends every session of the account, the newest included
    by_district = await api.patch(
        "district", f"/api/v1/users/{user_id}", {"password": "a-third-long-password"}
    )
    assert by_district.status_code == 200, by_district.text
    assert await me(this) == 401
