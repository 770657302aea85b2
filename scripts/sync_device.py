"""A reference mobile device: the walk-through of docs/mobile-sync.md against a running server.

    python -m scripts.sync_device --base-url http://127.0.0.1:8000 [--user community-a]

It does what an app does: sign in, register the device, download the working set (pages until
``has_more`` is false, keeping ``next_token``), record a day of work offline (a care-case visit if
the community has an open case, a pregnancy follow-up, a handout, a phone correction), upload it,
show each operation's outcome, send the same batch again (nothing runs twice: every outcome comes
back ``replayed``), download the day's changes and list the conflicts to resolve. It prints what
travelled, in bytes as sent (gzip). Nothing here is specific to Python: the app does the same with
the generated TypeScript types (clients/typescript/schema.d.ts).
"""

from __future__ import annotations

import argparse
import asyncio
import uuid
from datetime import timedelta
from typing import Any

import httpx

from app.clock import CHINA
from app.clock import now as clock_now

PASSWORD = "demo-pass-2019"  # documented demo credential (README "Demo accounts")


class SimulatedDevice:
    def __init__(self, client: httpx.AsyncClient, username: str) -> None:
        self.client, self.username = client, username
        self.access = self.secret = ""
        self.token: str | None = None
        self.records: dict[tuple[str, int], dict[str, Any]] = {}
        self.lookups: dict[str, Any] = {}
        self.bytes = 0

    def headers(self) -> dict[str, str]:
        return {
            "Authorization": f"Bearer {self.access}",
            "Fpw-Device": self.secret,
            "Accept-Encoding": "gzip",
        }

    async def sign_in_and_register(self, installation_id: str) -> None:
        form = {"grant_type": "password", "username": self.username, "password": PASSWORD}
        signed = await self.client.post("/api/v1/auth/token", data=form)
        signed.raise_for_status()
        self.access = signed.json()["access_token"]
        registered = await self.client.post(
            "/api/v1/sync/devices",
            json={"installation_id": installation_id, "label": f"{self.username} 的模拟设备"},
            headers={"Authorization": f"Bearer {self.access}"},
        )
        registered.raise_for_status()
        self.secret = registered.json()["secret"]

    async def download(self, limit: int = 500) -> list[dict[str, Any]]:
        """One pass: pages until has_more is false; upserts kept, tombstones dropped."""
        seen: list[dict[str, Any]] = []
        while True:
            params: dict[str, Any] = {"limit": limit, **({"token": self.token} if self.token else {})}
            response = await self.client.get("/api/v1/sync/feed", params=params, headers=self.headers())
            if response.status_code == 503:  # busy: wait as told, then the same page again
                await asyncio.sleep(float(response.headers.get("retry-after", "1")))
                continue
            if response.status_code == 401 and response.json().get("wipe"):
                self.records.clear()
                raise SystemExit("The device was revoked: its records are wiped")
            response.raise_for_status()
            self.bytes += int(response.headers.get("content-length", len(response.content)))
            page = response.json()
            self.lookups = page["lookups"] or self.lookups
            for item in page["items"]:
                key = (item["kind"], item["id"])
                if item["op"] == "delete":
                    self.records.pop(key, None)
                else:
                    self.records[key] = item["data"]
            seen += page["items"]
            self.token = page["next_token"]
            if not page["has_more"]:
                return seen

    async def upload(self, operations: list[dict[str, Any]]) -> list[dict[str, Any]]:
        response = await self.client.post(
            "/api/v1/sync/uploads", json={"operations": operations}, headers=self.headers()
        )
        response.raise_for_status()
        self.bytes += int(response.headers.get("content-length", len(response.content)))
        outcomes: list[dict[str, Any]] = response.json()["outcomes"]
        return outcomes

    def of_kind(self, kind: str) -> list[dict[str, Any]]:
        return [data for (k, _), data in sorted(self.records.items()) if k == kind]


def day_of_work(device: SimulatedDevice) -> list[dict[str, Any]]:
    """What a worker records offline on a round of visits, each with its own id and moment; an
    event's date is the day it was recorded on."""
    now = clock_now().astimezone(CHINA).replace(microsecond=0)
    operations: list[dict[str, Any]] = []

    def record(kind: str, data: dict[str, Any], minutes_ago: int, dated: str | None = None) -> None:
        at = now - timedelta(minutes=minutes_ago)
        if dated:
            data = {**data, dated: at.date().isoformat()}
        operations.append(
            {"op_id": uuid.uuid4().hex, "kind": kind, "recorded_at": at.isoformat(), "data": data}
        )

    cases = device.of_kind("care_case")
    if cases:
        record("care_visit", {"case_id": cases[0]["id"], "notes": "入户走访，情况稳定"}, 240, "visited_on")
    pregnancies = device.of_kind("pregnancy")
    if pregnancies:
        record("pregnancy_follow_up", {"pregnancy_id": pregnancies[0]["id"]}, 200, "visited_on")
    stock = device.of_kind("stock")
    if stock:
        batch = stock[0]
        record(
            "contraceptive_handout", {"point_id": batch["point_id"], "product_id": batch["product_id"]}, 150
        )
    residents = device.of_kind("resident")
    if residents:
        record("phone_correction", {"resident_id": residents[0]["id"], "phone": "13800000000"}, 90)
    record("care_visit", {"case_id": 999999999, "notes": "不存在的个案"}, 30, "visited_on")
    return operations


async def walk_through(base_url: str, username: str) -> None:
    async with httpx.AsyncClient(base_url=base_url, timeout=60) as client:
        device = SimulatedDevice(client, username)
        await device.sign_in_and_register(f"simulator-{uuid.uuid4().hex[:12]}")
        items = await device.download()
        kinds: dict[str, int] = {}
        for item in items:
            kinds[item["kind"]] = kinds.get(item["kind"], 0) + 1
        print(f"1. working set: {len(items)} records {kinds}, lookups {sorted(device.lookups)}")
        print(f"   {device.bytes:,} bytes as sent (gzip)")
        operations = day_of_work(device)
        print(f"2. offline: {len(operations)} operations recorded")
        outcomes = await device.upload(operations)
        for op, outcome in zip(operations, outcomes, strict=True):
            problem = (outcome.get("problem") or {}).get("detail", "")
            print(f"3. {op['kind']:<22} {outcome['outcome']:<9} {problem}")
        again = await device.upload(operations)
        replayed = all(o["replayed"] for o in again)
        print(f"4. the same batch again: every outcome replayed, nothing ran twice: {replayed}")
        await asyncio.sleep(3)  # the feed hands out changes older than its settle margin (2 s)
        before = device.bytes
        changes = await device.download()
        tombstones = sum(1 for i in changes if i["op"] == "delete")
        print(
            f"5. changes: {len(changes)} records ({tombstones} tombstones), {device.bytes - before:,} bytes"
        )
        conflicts = await client.get(
            "/api/v1/sync/conflicts", params={"state": "open"}, headers=device.headers()
        )
        print(f"6. open conflicts to resolve: {len(conflicts.json()['items'])}")


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--base-url", default="http://127.0.0.1:8000")
    parser.add_argument("--user", default="community-a")
    args = parser.parse_args()
    asyncio.run(walk_through(args.base_url, args.user))


if __name__ == "__main__":
    main()
