"""Births registered over the API in a community of the test's own: its children, the request, the
registration, the documents issued."""

from __future__ import annotations

from typing import Any

REQUESTS = "/api/v1/service-requests"


COMPLETE_BIRTH = [{"code": "husband_id_card"}, {"code": "wife_id_card"}, {"code": "marriage_certificate"}]


USER = "community-bp"


ZH = {"Accept-Language": "zh-CN"}


async def children_of(api: Any, family_id: int) -> list[dict[str, Any]]:
    response = await api.get(USER, f"/api/v1/families/{family_id}/children")
    assert response.status_code == 200, response.text
    return sorted(response.json(), key=lambda c: c["birth_order"])


async def file_birth_request(api: Any, family_id: int, child_id: int | None = None) -> dict[str, Any]:
    body: dict[str, Any] = {"service_type": "birth_registration", "family_id": family_id}
    body |= {"materials": COMPLETE_BIRTH} | ({"child_id": child_id} if child_id else {})
    response = await api.post(USER, REQUESTS, body)
    assert response.status_code == 201, response.text
    return dict(response.json())


async def register_birth(api: Any, request_id: int) -> dict[str, Any]:
    forwarded = await api.post(USER, f"{REQUESTS}/{request_id}/forward")
    assert forwarded.status_code == 200, forwarded.text
    accepted = await api.post("street", f"{REQUESTS}/{request_id}/accept")
    assert accepted.status_code == 200, accepted.text
    assert accepted.json()["state"] == "completed"
    return dict(accepted.json())


async def documents_of(api: Any, family_id: int) -> list[tuple[int, int | None, str]]:
    response = await api.get(USER, f"/api/v1/families/{family_id}/documents")
    assert response.status_code == 200, response.text
    return [(d["child_order"], d["child_id"], d["number"]) for d in response.json()]
