"""``FPW_DATABASE_URL``: PostgreSQL only, in the forms people paste, and what each client takes.

The settings validate it (``app/config.py``); the engine, the fast read path's pool, the principal
cache's listener and the scripts turn it into what their driver takes.
"""

from __future__ import annotations

from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

DATABASE_URL_EXAMPLE = "postgresql+asyncpg://user:password@127.0.0.1:5432/fpwork"
_SAME_SERVER_SCHEMES = ("postgresql://", "postgres://")


class DatabaseNotConfigured(RuntimeError):
    """The API, the worker or a migration was started without ``FPW_DATABASE_URL``."""


def postgresql_url(url: str) -> str:
    """``FPW_DATABASE_URL`` as the engine takes it: a ``postgresql+asyncpg://`` URL.

    ``postgresql://`` and ``postgres://`` (what libpq, Heroku-style platforms and ``psql`` print)
    name the same server and are rewritten to the asyncpg driver; anything else is a ValueError
    naming the variable and an example. The message never repeats the URL (it may hold a password),
    only its scheme.
    """
    for scheme in _SAME_SERVER_SCHEMES:
        if url.startswith(scheme):
            url = "postgresql+asyncpg://" + url[len(scheme) :]
    try:
        driver = make_url(url).drivername
    except ArgumentError:
        driver = None
    if driver != "postgresql+asyncpg":
        got = f"a {driver!r} URL" if driver else "not a database URL"
        raise ValueError(
            f"FPW_DATABASE_URL must name a PostgreSQL database, e.g. {DATABASE_URL_EXAMPLE} "
            f"(postgresql:// and postgres:// are taken as postgresql+asyncpg://); got {got}"
        )
    return url


def require_database_url(database_url: str) -> str:
    """The engine URL of a configured database; ``DatabaseNotConfigured`` when none is set."""
    if not database_url:
        raise DatabaseNotConfigured(
            "FPW_DATABASE_URL is not set. ./scripts/run.sh and ./scripts/test.sh start the embedded "
            "PostgreSQL server and set it; started any other way, set it to a PostgreSQL database, "
            f"e.g. FPW_DATABASE_URL={DATABASE_URL_EXAMPLE}"
        )
    return postgresql_url(database_url)


def asyncpg_dsn(database_url: str) -> str:
    """The plain asyncpg DSN of ``FPW_DATABASE_URL`` (``DatabaseNotConfigured`` when unset)."""
    url = make_url(require_database_url(database_url))
    return url.set(drivername="postgresql").render_as_string(hide_password=False)
