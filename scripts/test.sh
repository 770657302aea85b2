#!/usr/bin/env bash
# Install the project with its test tools and run the suite.
# FPW_DATABASE_URL picks the database (default: SQLite files under a temp dir).
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3.11}
[ -x .venv/bin/python ] || "$PY" -m venv .venv
.venv/bin/python -m pip install --quiet --upgrade pip
.venv/bin/python -m pip install --quiet -e '.[dev]'
exec .venv/bin/python -m pytest "$@"
