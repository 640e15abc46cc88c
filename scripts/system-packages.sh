#!/usr/bin/env bash
# Installs the Debian/Ubuntu packages Rulecraft needs, if any are missing.
#   scripts/system-packages.sh build     compiler and linker (enough to build and test)
#   scripts/system-packages.sh window    also the libraries a window needs at run time
#   scripts/system-packages.sh xvfb      also a virtual display, screenshot tools, and zenity
#                                        (the file dialog when no desktop portal runs)
#   scripts/system-packages.sh node      Node.js and npm (for the export checkers' tests)
set -euo pipefail

want=(gcc libc6-dev pkg-config)
case "${1:-build}" in
  build) ;;
  window) want+=(libxcursor1 libxkbcommon-x11-0 libegl1 libegl-mesa0 libgl1-mesa-dri libwayland-client0 fonts-dejavu-core) ;;
  node) want+=(nodejs npm python3-venv) ;;
  xvfb) want+=(libxcursor1 libxkbcommon-x11-0 libegl1 libegl-mesa0 libgl1-mesa-dri xvfb imagemagick xdotool x11-utils zenity) ;;
  *) echo "usage: $0 [build|window|xvfb|node]" >&2; exit 2 ;;
esac

missing=()
for package in "${want[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
[ ${#missing[@]} -eq 0 ] && exit 0

sudo=""
[ "$(id -u)" -ne 0 ] && sudo="sudo"
echo "Installing: ${missing[*]}"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
