"""A simulated mobile device for the sync tests: its own sign-in session, registration, and the
download loop an app runs (pages until has_more is false, keeping the token)."""

from __future__ import annotations

import gzip
import json
import uuid
from dataclasses import dataclass, field
from typing import Any

import httpx

from app.demo.context import DEMO_PASSWORD

FEED = "/api/v1/sync/feed"
UPLOADS = "/api/v1/sync/uploads"
DEVICES = "/api/v1/sync/devices"


@dataclass
class Device:
    """What an app keeps: its token, secret, sync token and local records by (kind, id)."""

    client: httpx.AsyncClient
    username: str
    access_token: str = ""
    secret: str = ""
    device_id: int = 0
    sync_token: str | None = None
    records: dict[tuple[str, int], dict[str, Any]] = field(default_factory=dict)
    lookups: dict[str, Any] = field(default_factory=dict)
    bytes_received: int = 0

    def headers(self, **extra: str) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.access_token}", "Fpw-Device": self.secret, **extra}

    async def sign_in(self) -> None:
        data = {"grant_type": "password", "username": self.username, "password": DEMO_PASSWORD}
        response = await self.client.post("/api/v1/auth/token", data=data)
        assert response.status_code == 200, response.text
        self.access_token = response.json()["access_token"]

    async def register(self, installation_id: str | None = None) -> httpx.Response:
        body = {"installation_id": installation_id or uuid.uuid4().hex, "label": f"{self.username} 的手机"}
        response = await self.client.post(
            DEVICES, json=body, headers={"Authorization": f"Bearer {self.access_token}"}
        )
        if response.status_code == 201:
            self.secret, self.device_id = response.json()["secret"], response.json()["id"]
        return response

    async def page(self, *, limit: int = 500, reveal: bool = False) -> httpx.Response:
        params: dict[str, Any] = {"limit": limit}
        if self.sync_token:
            params["token"] = self.sync_token
        if reveal:
            params["reveal"] = "true"
        # httpx decodes gzip itself; ask for the raw bytes to count what travels
        response = await self.client.get(
            FEED, params=params, headers=self.headers(**{"Accept-Encoding": "gzip"})
        )
        return response

    async def sync_down(self, *, limit: int = 500, reveal: bool = False) -> list[dict[str, Any]]:
        """Download until the pass is done; apply upserts and tombstones; answer the items seen."""
        seen: list[dict[str, Any]] = []
        while True:
            response = await self.page(limit=limit, reveal=reveal)
            assert response.status_code == 200, response.text
            self.bytes_received += int(response.headers.get("content-length", len(response.content)))
            body = response.json()
            if body["lookups"] is not None:
                self.lookups = body["lookups"]
            for item in body["items"]:
                key = (item["kind"], item["id"])
                if item["op"] == "delete":
                    self.records.pop(key, None)
                else:
                    self.records[key] = item["data"]
            seen += body["items"]
            self.sync_token = body["next_token"]
            if not body["has_more"]:
                return seen

    async def upload(self, operations: list[dict[str, Any]], **headers: str) -> httpx.Response:
        return await self.client.post(
            UPLOADS, json={"operations": operations}, headers=self.headers(**headers)
        )


def wire_size(response: httpx.Response) -> int:
    """Bytes of the body as sent (compressed when the answer was)."""
    return int(response.headers.get("content-length", len(response.content)))


def decoded(raw: bytes) -> Any:
    return json.loads(gzip.decompress(raw))


async def device_headers(api: Any, username: str) -> dict[str, str]:
    """Headers of a device registered for ``username`` under the test client's cached session."""
    token = await api.token(username)
    response = await api.client.post(
        DEVICES,
        json={"installation_id": f"sweep-{username}", "label": "sweep"},
        headers={"Authorization": f"Bearer {token}"},
    )
    assert response.status_code == 201, response.text
    return {"Authorization": f"Bearer {token}", "Fpw-Device": response.json()["secret"]}
