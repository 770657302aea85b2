#!/usr/bin/env bash
# Install (only when pyproject.toml changed), migrate, load demo data (SQLite by default) and serve
# the API on http://127.0.0.1:8000
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3.11}
[ -x .venv/bin/python ] || "$PY" -m venv .venv
stamp=.venv/.fpwork-installed
want="$(sha256sum pyproject.toml | cut -d' ' -f1)"
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
  .venv/bin/python -m pip install --quiet --upgrade pip
  .venv/bin/python -m pip install --quiet -e .
  echo "$want" > "$stamp"
fi
mkdir -p var
.venv/bin/alembic upgrade head
.venv/bin/python -m scripts.seed_demo
# Processes: the API (uvicorn) and the background worker (python -m app.worker). On SQLite the one
# worker runs inside the API process; on PostgreSQL start `.venv/bin/python -m app.worker` (any number).
case "${FPW_DATABASE_URL:-sqlite}" in
  sqlite*) export FPW_WORKER_IN_PROCESS=${FPW_WORKER_IN_PROCESS:-true} ;;
esac
exec .venv/bin/uvicorn app.main:app --host "${FPW_HOST:-127.0.0.1}" --port "${FPW_PORT:-8000}" --no-access-log \
    --no-proxy-headers --timeout-graceful-shutdown 20
