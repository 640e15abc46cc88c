#!/usr/bin/env bash
# Installs the export checkers' dependencies into this folder (idempotent):
#   node_modules/  via `npm ci` from package-lock.json
#   .venv/         python venv with requirements.txt
# Prints nothing when everything is already installed.
set -euo pipefail
cd "$(dirname "$0")"

# sha256sum (Linux, Git Bash on Windows) or shasum (macOS).
sha() { if command -v sha256sum >/dev/null 2>&1; then sha256sum "$@"; else shasum -a 256 "$@"; fi; }
hash_of() { sha "$@" | sha | cut -c1-64; }

# ---- node
node_want="$(hash_of package.json package-lock.json) $(node --version)"
if [ "$(cat node_modules/.rulecraft-installed 2>/dev/null || true)" != "$node_want" ]; then
  echo "export-check: npm ci" >&2
  npm ci --no-audit --no-fund --loglevel=error >&2
  echo "$node_want" > node_modules/.rulecraft-installed
fi

# ---- python
PYTHON="${PYTHON:-}"
if [ -z "$PYTHON" ]; then
  if command -v python3.11 >/dev/null 2>&1; then PYTHON=python3.11; else PYTHON=python3; fi
fi
py_want="$(hash_of requirements.txt) $("$PYTHON" -c 'import sys; print(sys.version.split()[0])')"
if [ "$(cat .venv/.rulecraft-installed 2>/dev/null || true)" != "$py_want" ]; then
  echo "export-check: python venv + pip install" >&2
  rm -rf .venv
  "$PYTHON" -m venv .venv
  # A venv keeps its programs in bin/ (Linux, macOS) or Scripts/ (Windows).
  venv_bin=.venv/bin; [ -d "$venv_bin" ] || venv_bin=.venv/Scripts
  "$venv_bin/python" -m pip install --quiet --disable-pip-version-check -r requirements.txt >&2
  echo "$py_want" > .venv/.rulecraft-installed
fi
