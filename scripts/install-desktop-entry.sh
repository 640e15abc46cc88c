#!/usr/bin/env bash
# Installs Rulecraft for this user on a Linux desktop: the binary in
# ~/.local/bin, the menu entry, the icon, and the rule file type, so the
# file manager opens *.rulecraft.json files with Rulecraft ("Open with").
# Run by scripts/install-and-run.sh after the build; safe to run again.
set -euo pipefail
cd "$(dirname "$0")/.."

data="${XDG_DATA_HOME:-$HOME/.local/share}"
mkdir -p "$HOME/.local/bin" "$data/applications" "$data/icons/hicolor/256x256/apps" "$data/mime/packages"
install -m 755 target/release/rulecraft "$HOME/.local/bin/rulecraft"
# The entry runs the installed binary by its full path (~/.local/bin may not be on PATH).
sed "s|^Exec=rulecraft |Exec=$HOME/.local/bin/rulecraft |" assets/linux/rulecraft.desktop > "$data/applications/rulecraft.desktop"
install -m 644 assets/icon/rulecraft.png "$data/icons/hicolor/256x256/apps/rulecraft.png"
install -m 644 assets/linux/rulecraft-mime.xml "$data/mime/packages/rulecraft.xml"
# Refresh the desktop's caches where the tools exist (they are optional).
command -v update-mime-database >/dev/null && update-mime-database "$data/mime" >/dev/null 2>&1 || true
command -v update-desktop-database >/dev/null && update-desktop-database "$data/applications" >/dev/null 2>&1 || true
command -v xdg-mime >/dev/null && xdg-mime default rulecraft.desktop application/x-rulecraft-rule >/dev/null 2>&1 || true
echo "Rulecraft is in your desktop's menu; *.rulecraft.json files open with it."
