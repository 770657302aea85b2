#!/usr/bin/env bash
# Source me: makes sure tools/node_modules holds the pinned linters and generators of tools/package-lock.json
# (reinstalled only when the lock file changed), and puts their binaries on PATH.
set -euo pipefail
_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
_stamp="$_root/tools/node_modules/.fpwork-lock-sha256"
_want="$(sha256sum "$_root/tools/package-lock.json" | cut -d' ' -f1)"
if [ ! -f "$_stamp" ] || [ "$(cat "$_stamp")" != "$_want" ]; then
  if ! command -v npm >/dev/null; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
      echo "== installing Node.js and npm (apt-get)" >&2
      apt-get update -qq >&2 && apt-get install -y -qq nodejs npm >&2
    else
      echo "npm is needed: apt-get install -y nodejs npm" >&2
      exit 1
    fi
  fi
  echo "== installing API tools into tools/node_modules (npm ci)" >&2
  (cd "$_root/tools" && npm ci --no-audit --no-fund --loglevel=error >&2)
  echo "$_want" > "$_stamp"
fi
export PATH="$_root/tools/node_modules/.bin:$PATH"
