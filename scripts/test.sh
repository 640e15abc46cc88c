#!/usr/bin/env bash
# Newcomer command 2 (and CI): run every check and the whole test suite.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/system-packages.sh build

echo "== only the window code may use egui"
if grep -rln --include='*.rs' -E '\b(egui|eframe)::' src | grep -vE '^src/(app/|main\.rs)'; then
  echo "egui is used outside src/app and src/main.rs (above)" >&2
  exit 1
fi

echo "== formatting"
cargo fmt --all -- --check

echo "== lints"
cargo clippy --locked --all-targets -- -D warnings

echo "== tests"
cargo test --locked
