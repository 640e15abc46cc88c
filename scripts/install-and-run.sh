#!/usr/bin/env bash
# Newcomer command 1: install what Rulecraft needs, build it, and open the window.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/system-packages.sh window
if ! command -v cargo >/dev/null 2>&1; then
  echo "Rust is not installed. Install it with rustup (https://rustup.rs), then run this again:" >&2
  echo "  curl --proto '=https' --tlsv1.2 -sSf https://sh.rustup.rs | sh" >&2
  exit 1
fi
cargo build --release --locked
exec target/release/rulecraft "$@"
