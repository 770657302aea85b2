#!/usr/bin/env bash
# Install the project with its test tools (only when pyproject.toml changed) and run the suite.
# Without FPW_DATABASE_URL the suite runs on a throw-away embedded PostgreSQL server
# (scripts/embedded_pg.py: a fresh cluster in a temp folder, started here, deleted afterwards). With
# FPW_DATABASE_URL it runs on that server; the named database need not exist (the suite creates and
# drops its own next to it, one per test module, cloned from a migrated template).
# FPW_TEST_WORKERS: pytest-xdist workers (default: 2 on a machine with 2 or more cores; 0 = serial).
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3.11}
[ -x .venv/bin/python ] || "$PY" -m venv .venv
stamp=.venv/.fpwork-installed-dev
want="$(sha256sum pyproject.toml | cut -d' ' -f1) dev embedded"
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
  .venv/bin/python -m pip install --quiet --upgrade pip
  .venv/bin/python -m pip install --quiet -e '.[dev,embedded]'
  echo "$want" > "$stamp"
fi
# --install-only: install (as above) and run nothing (.ci/run installs first, then runs the static
# checks beside the suite)
[ "${1:-}" = "--install-only" ] && exit 0
cores=$(nproc 2>/dev/null || echo 1)
default_workers=0
[ "$cores" -ge 2 ] && default_workers=2
workers=${FPW_TEST_WORKERS:-$default_workers}
xdist=()
# loadfile: a module's tests stay together on one worker, with the module's own database.
# --no-loadscope-reorder: keep the collection order (tests/conftest.py puts the longest modules
# first); pytest-xdist's default sorts modules by their number of tests, which sent the
# one-test fuzz modules last, to run on after everything else was done.
[ "$workers" != "0" ] && xdist=(-n "$workers" --dist loadfile --no-loadscope-reorder)
pytest=(.venv/bin/python -m pytest ${xdist[@]+"${xdist[@]}"} "$@")
if [ -n "${FPW_DATABASE_URL:-}" ]; then exec "${pytest[@]}"; fi
data="$(mktemp -d "${TMPDIR:-/tmp}/fpwork-test-pg.XXXXXX")"
exec .venv/bin/python -m scripts.embedded_pg run "$data" --temporary --database fpwork_test -- "${pytest[@]}"
