#!/usr/bin/env bash
# Installs the schedule oracle (aws-cron-parser, pinned in package-lock.json)
# into node_modules/ here with `npm ci` (idempotent; prints nothing when it
# is already installed). tests/schedule_oracle.rs runs oracle.cjs.
set -euo pipefail
cd "$(dirname "$0")"

# sha256sum (Linux, Git Bash on Windows) or shasum (macOS).
sha() { if command -v sha256sum >/dev/null 2>&1; then sha256sum "$@"; else shasum -a 256 "$@"; fi; }
want="$(sha package.json package-lock.json | sha | cut -c1-64) $(node --version)"
if [ "$(cat node_modules/.rulecraft-installed 2>/dev/null || true)" != "$want" ]; then
  echo "schedule-oracle: npm ci" >&2
  npm ci --no-audit --no-fund --loglevel=error >&2
  echo "$want" > node_modules/.rulecraft-installed
fi
