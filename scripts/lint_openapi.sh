#!/usr/bin/env bash
# Lint the committed OpenAPI document: Spectral (spectral:oas) and openapi-python-client must both
# report nothing, not even a warning. Installs what it needs (npm tools into tools/, the Python
# generator from the dev extra).
set -euo pipefail
cd "$(dirname "$0")/.."
PYBIN=${PYBIN:-.venv/bin}
source scripts/node_tools.sh
SPEC=openapi/openapi.json

echo "== Spectral (spectral:oas)"
spectral lint "$SPEC" --ruleset .spectral.yaml --fail-severity=hint

echo "== openapi-python-client"
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
log=$(PATH="$PYBIN:$PATH" "$PYBIN/openapi-python-client" generate --path "$SPEC" \
  --config clients/openapi-python-client.yaml --meta setup --output-path "$out/client" 2>&1)
echo "$log"
if grep -qi "warning\|error" <<<"$log"; then
  echo "openapi-python-client reported problems" >&2
  exit 1
fi
echo "== OpenAPI lint passed"
