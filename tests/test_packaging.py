"""The container installs exactly what requirements.lock pins, by hash, and the lock covers pyproject."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _norm(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _locked() -> dict[str, str]:
    text = (ROOT / "requirements.lock").read_text()
    entries = re.findall(
        r"^([A-Za-z0-9_.-]+)==([^\s\\]+)((?:\s*\\\n\s+--hash=sha256:[0-9a-f]{64})+)", text, re.M
    )
    pins = {_norm(name): version for name, version, _ in entries}
    # every requirement line is pinned and hashed
    requirement_lines = [line for line in text.splitlines() if re.match(r"^[A-Za-z0-9]", line)]
    assert len(requirement_lines) == len(entries) > 0
    return pins


def test_lock_pins_every_runtime_dependency_with_hashes():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    pins = _locked()
    for requirement in project["dependencies"]:
        name = _norm(re.split(r"[\[<>=!~; ]", requirement, maxsplit=1)[0])
        assert name in pins, f"{name} is missing from requirements.lock: run scripts/lock_requirements.sh"


def test_dockerfile_installs_from_the_lock_with_hashes_only():
    dockerfile = (ROOT / "Dockerfile").read_text()
    installs = re.findall(r"pip install[^\n]*", dockerfile)
    assert installs, "the image installs its dependencies"
    for line in installs:
        assert "--require-hashes" in line and "-r requirements.lock" in line, line


def test_the_basics_an_adopter_looks_for_say_the_same_thing():
    """One licence story (the server proprietary, the contract and its clients Apache-2.0) in the
    LICENSE, the README and the document; a kept changelog; the versioning and deprecation policy;
    the port setting."""
    import json

    licence = " ".join((ROOT / "LICENSE").read_text().split())
    readme = (ROOT / "README.md").read_text()
    info = json.loads((ROOT / "openapi" / "openapi.json").read_text())["info"]
    assert "is proprietary" in licence and "Apache License, Version 2.0" in licence
    for path in ("openapi/", "clients/python/", "clients/typescript/"):
        assert path in licence, path
    assert info["license"]["name"].startswith("Apache-2.0") and "proprietary" in info["license"]["name"]
    assert "the server is proprietary" in readme and "Apache-2.0" in readme and "(LICENSE)" in readme
    changelog = (ROOT / "CHANGELOG.md").read_text()
    assert "## Unreleased" in changelog and "`Deprecation`/`Sunset`" in changelog
    assert "`Deprecation` and `Sunset`" in readme and "six months" in readme
    assert "## Deprecation" in (ROOT / "docs" / "api.md").read_text()
    assert "| `FPW_HOST` / `FPW_PORT` |" in readme
