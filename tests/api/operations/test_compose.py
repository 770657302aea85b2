"""compose.yaml (docker compose up): valid against the Compose Specification's schema, and wired
as docs/operations.md says — images pinned by digest, migrations once before the API and the worker,
health checks, secrets only from the uncommitted .env."""

from __future__ import annotations

import json
import re
from pathlib import Path

import jsonschema
import yaml

ROOT = Path(__file__).resolve().parents[3]
SCHEMA = Path(__file__).parent / "compose_spec" / "compose-spec.json"
DIGEST = re.compile(r"@sha256:[0-9a-f]{64}$")


def _compose() -> dict:
    return yaml.safe_load((ROOT / "compose.yaml").read_text())


def test_the_compose_file_is_valid_against_the_compose_specification():
    validator = jsonschema.Draft7Validator(json.loads(SCHEMA.read_text()))
    errors = sorted(validator.iter_errors(_compose()), key=lambda e: list(e.path))
    assert errors == [], [f"{list(e.path)}: {e.message}" for e in errors]
    broken = {**_compose(), "services": {"api": {"image": "x", "depends_on": {"db": {"condition": "up"}}}}}
    assert list(validator.iter_errors(broken)), "the schema catches a wrong condition"


def test_migrations_run_once_before_the_api_and_the_worker_with_health_checks():
    services = _compose()["services"]
    assert set(services) == {"db", "migrate", "api", "worker"}
    assert services["migrate"]["command"] == ["alembic", "upgrade", "head"]
    assert services["migrate"]["restart"] == "no"
    for name in ("api", "worker"):
        assert services[name]["depends_on"]["migrate"] == {"condition": "service_completed_successfully"}
        assert services[name]["depends_on"]["db"] == {"condition": "service_healthy"}
        assert services[name]["healthcheck"]["test"][0] == "CMD"
        assert "alembic" not in " ".join(services[name]["command"])
    assert "pg_isready" in services["db"]["healthcheck"]["test"]
    assert "/readyz" in services["api"]["healthcheck"]["test"][-1]


def test_images_are_pinned_by_digest_and_postgresql_is_15_or_later():
    images = [s["image"] for s in _compose()["services"].values() if not s["image"].startswith("fpwork:")]
    assert images and all(DIGEST.search(image) for image in images), images
    (postgres,) = (image for image in images if image.startswith("postgres:"))
    assert int(postgres.split(":")[1].split("-")[0]) >= 15
    froms = re.findall(r"^FROM (\S+)", (ROOT / "Dockerfile").read_text(), flags=re.MULTILINE)
    assert froms and all(DIGEST.search(image) for image in froms), froms


def test_secrets_come_from_the_uncommitted_env_file_only():
    text = (ROOT / "compose.yaml").read_text()
    example = (ROOT / ".env.example").read_text()
    for secret in ("POSTGRES_PASSWORD", "FPW_JWT_SECRET", "FPW_PII_KEY", "FPW_METRICS_TOKEN"):
        assert f"${{{secret}:?" in text, f"{secret} must come from .env, with an error when missing"
        assert f"{secret}=replace-with" in example, f"{secret}: a placeholder, never a usable value"
    assert ".env" in (ROOT / ".gitignore").read_text().split()
