#!/usr/bin/env bash
# Install, migrate, load demo data (SQLite by default) and serve the API on http://127.0.0.1:8000
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3.11}
[ -x .venv/bin/python ] || "$PY" -m venv .venv
.venv/bin/python -m pip install --quiet --upgrade pip
.venv/bin/python -m pip install --quiet -e .
mkdir -p var
.venv/bin/alembic upgrade head
.venv/bin/python -m scripts.seed_demo
exec .venv/bin/uvicorn app.main:app --host "${FPW_HOST:-127.0.0.1}" --port "${FPW_PORT:-8000}" --no-access-log \
    --no-proxy-headers --timeout-graceful-shutdown 20
