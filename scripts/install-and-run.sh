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
# On a Linux desktop: the menu entry, icon and rule file type, for this user.
if [ "$(uname -s)" = "Linux" ]; then
  scripts/install-desktop-entry.sh || echo "(the desktop entry was not installed; Rulecraft runs all the same)" >&2
fi
exec target/release/rulecraft "$@"
