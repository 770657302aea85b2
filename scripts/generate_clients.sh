#!/usr/bin/env bash
# Regenerate the committed clients from openapi/openapi.json:
#   clients/python      typed Python client (openapi-python-client; examples/ is ours and kept)
#   clients/typescript  TypeScript types (openapi-typescript), and example.ts compiled against them with
#                       openapi-fetch (tsc --strict): errors typed as Problem, rows as their schema
# With --check: generate into a temporary folder and fail if the committed clients differ.
# After a spec change: python -m scripts.export_openapi && scripts/generate_clients.sh
set -euo pipefail
cd "$(dirname "$0")/.."
PYBIN=${PYBIN:-.venv/bin}
source scripts/node_tools.sh
SPEC=openapi/openapi.json
check=false
[ "${1:-}" = "--check" ] && check=true

out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
# Python module names come from the tags: give the generator ASCII tags ("Task 3 · Interest
# orientation (利益导向)" → "Task 3 Interest orientation") so that imports need no Chinese.
"$PYBIN/python" -m scripts.client_spec "$SPEC" "$out/spec-python.json"
# post_hooks are off in the config, so the output depends only on the pinned generator versions.
"$PYBIN/openapi-python-client" generate --path "$out/spec-python.json" --config clients/openapi-python-client.yaml \
  --meta setup --output-path "$out/python" >/dev/null
mkdir -p "$out/typescript"
openapi-typescript "$SPEC" --output "$out/typescript/schema.d.ts" >/dev/null 2>&1
# Ours, kept beside the generated types: the README, and a program that must compile against them.
for kept in README.md example.ts; do cp "clients/typescript/$kept" "$out/typescript/"; done
# The generated types must type a failed call's problem and a list's rows (tsc, strict, no output).
cat > "$out/tsconfig.json" <<JSON
{
  "compilerOptions": {
    "target": "ES2022", "module": "ESNext", "moduleResolution": "Bundler", "lib": ["ES2022", "DOM"],
    "strict": true, "noEmit": true, "types": [],
    "paths": { "openapi-fetch": ["$PWD/tools/node_modules/openapi-fetch"] }
  },
  "files": ["typescript/example.ts"]
}
JSON
tsc -p "$out/tsconfig.json"

if $check; then
  status=0
  # build/, dist/ and *.egg-info are what `pip install ./clients/python` leaves (git-ignored)
  diff -r -q --exclude=examples --exclude=build --exclude=dist --exclude='*.egg-info' --exclude=__pycache__ \
    "$out/python" clients/python || status=1
  diff -r -q "$out/typescript" clients/typescript || status=1
  if [ $status -ne 0 ]; then
    echo "clients/ is out of date with $SPEC: run scripts/generate_clients.sh and commit" >&2
    exit 1
  fi
  echo "clients/python and clients/typescript match $SPEC"
  exit 0
fi

# Replace the generated parts, keep clients/python/examples.
find clients/python -mindepth 1 -maxdepth 1 ! -name examples -exec rm -rf {} +
cp -r "$out/python/." clients/python/
rm -f clients/typescript/schema.d.ts
cp "$out/typescript/schema.d.ts" clients/typescript/
echo "regenerated clients/python and clients/typescript from $SPEC"
