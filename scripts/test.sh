#!/usr/bin/env bash
# Newcomer command 2 (and CI): run every check and the whole test suite.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/system-packages.sh build
# The export tests read exports back with Node.js and Python tools.
command -v node >/dev/null && command -v npm >/dev/null || scripts/system-packages.sh node

echo "== only the window code may use egui"
if grep -rln --include='*.rs' -E '\b(egui|eframe)::' src | grep -vE '^src/(app/|main\.rs)'; then
  echo "egui is used outside src/app and src/main.rs (above)" >&2
  exit 1
fi

echo "== formatting"
cargo fmt --all -- --check

# Everything is built in release mode, the build scripts/install-and-run.sh
# made for the window: the tests reuse it instead of a second (debug) build.
echo "== lints"
cargo clippy --release --locked --all-targets -- -D warnings

echo "== export checkers (TypeScript + aws-cdk-lib, PyYAML + aws-cdk-lib; pinned, cached)"
scripts/export-check/install.sh

echo "== schedule oracle (aws-cron-parser; pinned, cached)"
scripts/schedule-oracle/install.sh

echo "== tests"
cargo test --release --locked
