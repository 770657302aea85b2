"""Both keys rotated under traffic with no failed request (docs/operations.md, "Key rotation").

Two live API processes on one database behind a round-robin "balancer" in the test; settings reach
a process by its environment, so each step of the procedure restarts the processes one at a time
(taken out of rotation, stopped gracefully, started with the new environment, put back once
healthy), as a deployment rolls. Meanwhile clients sign in, reveal residents (decrypting) and change
their phones (encrypting) on whichever process the balancer picks, and one client keeps the token it
got before the rotation began. The steps:

1. both keys added as accepted-only (JWT: verifies; PII: decrypts), the lookup key named;
2. the new keys made current (new tokens signed, new values encrypted with them), the old accepted;
3. the worker's re-encryption (here in the test process, as the worker would) while traffic runs;
   then every value must read with the new PII key alone (step 4, retiring the old keys, is one more
   rolling restart; left out here to keep CI fast, its precondition is what is checked).
"""

from __future__ import annotations

import asyncio
import itertools
import secrets
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass, field
from pathlib import Path

import httpx
import pytest
import pytest_asyncio
from jose import jwt
from sqlalchemy import text

from app.config import Settings, get_settings
from app.db import Database
from app.demo.context import DEMO_PASSWORD
from app.pii_reencryption import Reencryption, remaining
from app.security import PiiCipher, key_id, pii_cipher
from tests.databases import DatabaseFactory
from tests.demo_ids import CODES
from tests.live_server import start_uvicorn, stop, wait_until_serving

pytestmark = pytest.mark.asyncio

CLIENTS = 3  # concurrent clients, each with residents of its own
# Between a client's rounds: steady traffic, not a stress test that starves the restarting processes
# of CPU on a 2-core machine (each round is 3 or 4 requests; a sign-in costs an argon2 hash).
PAUSE_SECONDS = 0.05
# After a process is back, both settings serve together for this many requests before the next
# process restarts (without step 1 this is where tokens and values made by the new settings meet the
# old ones): counted in requests, not seconds, so a loaded machine does not shrink the overlap.
SIDE_BY_SIDE_REQUESTS = 40


@dataclass
class Node:
    """One API process; restarted with a new environment, on a new port."""

    database_url: str
    log_dir: Path
    name: str
    base: str = ""
    process: object = None
    starts: int = 0

    async def start(self, env: dict[str, str]) -> None:
        self.starts += 1
        log_path = self.log_dir / f"{self.name}-{self.starts}.log"
        process, self.base = start_uvicorn(
            self.database_url, log_path, FPW_SHUTDOWN_DRAIN_SECONDS="0", FPW_LOG_LEVEL="WARNING", **env
        )
        self.process = process
        await wait_until_serving(process, self.base, log_path)

    def stop(self) -> None:
        if self.process is not None:
            stop(self.process)  # type: ignore[arg-type]
            self.process = None


@dataclass
class Balancer:
    """Round robin over the nodes in rotation; a node leaves it, and its requests in flight finish
    (connection draining), before it is stopped."""

    in_rotation: list[Node]
    turn: itertools.count = field(default_factory=itertools.count)
    in_flight: dict[int, int] = field(default_factory=dict)

    async def request(
        self, client: httpx.AsyncClient, method: str, path: str, **kwargs: object
    ) -> httpx.Response:
        node = self.in_rotation[next(self.turn) % len(self.in_rotation)]
        self.in_flight[id(node)] = self.in_flight.get(id(node), 0) + 1
        try:
            return await client.request(method, f"{node.base}{path}", **kwargs)  # type: ignore[arg-type]
        finally:
            self.in_flight[id(node)] -= 1

    async def restart(
        self, node: Node, env: dict[str, str], side_by_side: Callable[[], Awaitable[None]]
    ) -> None:
        self.in_rotation = [n for n in self.in_rotation if n is not node]
        while self.in_flight.get(id(node), 0):
            await asyncio.sleep(0.05)
        await asyncio.to_thread(node.stop)
        await node.start(env)
        self.in_rotation = [*self.in_rotation, node]
        await side_by_side()  # old and new settings serve together, as in a real roll


def environment(jwt_secret: str, jwt_accepted: list[str], pii_key: str, pii_decrypt: list[str], lookup: str):
    return {
        "FPW_JWT_SECRET": jwt_secret,
        "FPW_JWT_ACCEPTED_SECRETS": jwt_json(jwt_accepted),
        "FPW_PII_KEY": pii_key,
        "FPW_PII_DECRYPT_KEYS": jwt_json(pii_decrypt),
        "FPW_PII_LOOKUP_KEY": lookup,
    }


def jwt_json(values: list[str]) -> str:
    return "[" + ",".join(f'"{v}"' for v in values) + "]"


@dataclass
class Traffic:
    balancer: Balancer
    residents: list[list[tuple[int, str]]]  # per client: (resident id, its ID number)
    old_token: str
    requests: int = 0
    gave_up: bool = False
    failures: list[str] = field(default_factory=list)
    issued_kids: set[str] = field(default_factory=set)
    stopping: asyncio.Event = field(default_factory=asyncio.Event)

    async def serve(self, requests: int = SIDE_BY_SIDE_REQUESTS) -> None:
        """Return once ``requests`` more requests have been answered (or a client gave up)."""
        target = self.requests + requests
        while self.requests < target and not self.gave_up:
            await asyncio.sleep(0.05)

    def check(self, response: httpx.Response, what: str, expected: int = 200) -> bool:
        self.requests += 1
        if response.status_code != expected:
            self.failures.append(
                f"{what} on {response.request.url.host}:{response.request.url.port}: "
                f"{response.status_code} {response.text[:200]}"
            )
            return False
        return True

    async def sign_in(self, client: httpx.AsyncClient) -> str:
        data = {"grant_type": "password", "username": "community-a", "password": DEMO_PASSWORD}
        response = await self.balancer.request(client, "POST", "/api/v1/auth/token", data=data)
        if not self.check(response, "sign-in"):
            return self.old_token
        token = response.json()["access_token"]
        self.issued_kids.add(jwt.get_unverified_header(token)["kid"])
        return token

    async def client(self, number: int) -> None:
        try:
            await self._client(number)
        except httpx.HTTPError as exc:
            self.failures.append(f"client {number}: {type(exc).__name__}: {exc}")
            self.gave_up = True

    async def _client(self, number: int) -> None:
        """Sign in now and then; reveal a resident, change its phone, reveal it again elsewhere."""
        keep_old = number == 0  # this client never signs in again: its token predates the rotation
        async with httpx.AsyncClient(timeout=30) as client:
            token = self.old_token
            for round_ in itertools.count():
                if self.stopping.is_set():
                    return
                await asyncio.sleep(PAUSE_SECONDS)
                if not keep_old and round_ % 8 == 0:
                    token = await self.sign_in(client)
                headers = {"Authorization": f"Bearer {token}"}
                resident_id, id_number = self.residents[number][round_ % len(self.residents[number])]
                path = f"/api/v1/residents/{resident_id}"
                read = await self.balancer.request(client, "GET", f"{path}?reveal=true", headers=headers)
                if not self.check(read, "reveal"):
                    continue
                if read.json()["id_number"] != id_number:
                    self.failures.append(f"resident {resident_id} revealed a wrong ID number")
                phone = f"139{secrets.randbelow(10**8):08d}"
                write_headers = {**headers, "If-Match": read.headers["ETag"]}
                written = await self.balancer.request(
                    client, "PATCH", path, json={"phone": phone}, headers=write_headers
                )
                if not self.check(written, "patch"):
                    continue
                again = await self.balancer.request(client, "GET", f"{path}?reveal=true", headers=headers)
                if self.check(again, "reveal after write") and again.json()["phone"] != phone:
                    self.failures.append(f"resident {resident_id}: the phone written is not the phone read")


@pytest_asyncio.fixture
async def database_url(db_factory: DatabaseFactory) -> AsyncIterator[str]:
    yield await db_factory.clone("key_rotation_live")


async def _residents(url: str, cipher: PiiCipher) -> list[list[tuple[int, str]]]:
    database = Database(get_settings().model_copy(update={"database_url": url}))
    try:
        async with database.sessionmaker() as session:
            rows = (
                await session.execute(
                    text(
                        "SELECT r.id, r.id_number_enc FROM residents r JOIN orgs o ON o.id = r.community_id "
                        "WHERE o.code = :code AND r.status = 'active' ORDER BY r.id LIMIT :n"
                    ),
                    {"code": CODES["community-a"], "n": CLIENTS * 4},
                )
            ).all()
    finally:
        await database.dispose()
    pairs = [(row.id, cipher.decrypt(row.id_number_enc)) for row in rows]
    return [pairs[i::CLIENTS] for i in range(CLIENTS)]


async def _phones(url: str, resident_ids: list[int]) -> list[str]:
    database = Database(get_settings().model_copy(update={"database_url": url}))
    try:
        async with database.sessionmaker() as session:
            query = text("SELECT phone_enc FROM residents WHERE id = ANY(:ids)")
            return list((await session.execute(query, {"ids": resident_ids})).scalars())
    finally:
        await database.dispose()


async def test_both_keys_rotate_under_traffic_without_a_failed_request(database_url, tmp_path):
    seeded = get_settings()  # the keys the demo template was loaded with
    jwt_1, pii_1 = seeded.jwt_secret.get_secret_value(), seeded.pii_key.get_secret_value()
    jwt_2, pii_2 = secrets.token_urlsafe(48), secrets.token_urlsafe(48)
    steps = [
        environment(jwt_1, [jwt_2], pii_1, [pii_2], lookup=pii_1),
        environment(jwt_2, [jwt_1], pii_2, [pii_1], lookup=pii_1),
    ]
    residents = await _residents(database_url, pii_cipher(seeded))
    assert all(len(mine) == 4 for mine in residents), "the demo has residents in community A"

    nodes = [Node(database_url, tmp_path, name) for name in ("a", "b")]
    before = environment(jwt_1, [], pii_1, [], lookup="")
    del before["FPW_PII_LOOKUP_KEY"]
    await asyncio.gather(*(node.start(before) for node in nodes))
    balancer = Balancer(list(nodes))
    try:
        async with httpx.AsyncClient(timeout=30) as client:
            data = {"grant_type": "password", "username": "community-a", "password": DEMO_PASSWORD}
            answer = await balancer.request(client, "POST", "/api/v1/auth/token", data=data)
        assert answer.status_code == 200, answer.text
        traffic = Traffic(balancer, residents, answer.json()["access_token"])
        clients = [asyncio.create_task(traffic.client(n)) for n in range(CLIENTS)]
        counts = [traffic.requests]
        for env in steps:
            for node in nodes:
                await balancer.restart(node, env, traffic.serve)
            counts.append(traffic.requests)
        rotated = Settings(  # the worker's environment at step 2
            database_url=database_url,
            jwt_secret=jwt_2,
            jwt_accepted_secrets=[jwt_1],
            pii_key=pii_2,
            pii_decrypt_keys=[pii_1],
            pii_lookup_key=pii_1,
        )
        worker_database = Database(rotated)
        try:
            worker = Reencryption(worker_database.sessionmaker, pii_cipher(rotated), batch_size=50)
            moved = await worker.run_to_end()
            async with worker_database.sessionmaker() as session:
                left = await remaining(session, pii_cipher(rotated))
        finally:
            await worker_database.dispose()
        await traffic.serve()  # traffic after the re-encryption
        counts.append(traffic.requests)
        traffic.stopping.set()
        await asyncio.gather(*clients)
    finally:
        for node in nodes:
            node.stop()

    assert traffic.failures == []
    assert all(later > earlier for earlier, later in itertools.pairwise(counts)), counts  # traffic all along
    assert moved > 0 and sum(left.values()) == 0, left
    # Step 4 (the old PII key retired) needs nothing the processes lack: every value reads with P2 alone,
    # the phones the clients wrote included (test_key_rotation.py compares every row of every table).
    only_new = PiiCipher(pii_2, lookup_key=pii_1)
    assert await _residents(database_url, only_new) == residents
    phones = await _phones(database_url, [rid for mine in residents for rid, _ in mine])
    assert len(phones) == CLIENTS * 4 and all(only_new.decrypt(phone).startswith("139") for phone in phones)
    assert {key_id(jwt_1), key_id(jwt_2)} <= traffic.issued_kids  # signed with the old, then the new
