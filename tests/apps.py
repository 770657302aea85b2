"""One app per test process for each set of settings, reset for every module that takes it.

Building an app's routing (FastAPI's route contexts for each included router, then the read lane's
table) costs about a second of CPU on its first requests. Every module used to build its own app
(about 170 per run); now a worker builds one per set of settings and each module gets it back in a
fresh state: no dependency overrides, the module's settings, a new principal cache. The database is
not part of the app (the app reaches it through ``app.db``'s current database, which the ``api``
fixture sets per module), so settings that differ only in ``database_url`` share an app.
"""

from __future__ import annotations

import json
from typing import Any

from fastapi import FastAPI
from pydantic import SecretStr

from app.config import Settings
from app.principal_cache import PrincipalCache

_APPS: dict[str, FastAPI] = {}


def settings_key(settings: Settings) -> str:
    """The settings as one string, secrets included (their masked form would make two keys equal),
    the database URL left out."""

    def plain(value: Any) -> Any:
        return value.get_secret_value() if isinstance(value, SecretStr) else value

    values = {name: plain(value) for name, value in settings.model_dump(exclude={"database_url"}).items()}
    return json.dumps(values, sort_keys=True, default=str)


def app_for(settings: Settings) -> FastAPI:
    """The process's app for ``settings``, as a freshly created one would start."""
    from app.main import configure_process, create_app  # at first use: conftest sets the log level first

    key = settings_key(settings)
    app = _APPS.get(key)
    if app is None:
        app = _APPS[key] = create_app(settings)
        return app
    configure_process(settings)  # another module's app may have set the log or tracing otherwise
    app.dependency_overrides.clear()
    app.state.settings = settings
    app.state.principal_cache = PrincipalCache.from_settings(settings)
    return app
