#!/usr/bin/env bash
# Register Humas Desktop for the current user: menu entry and the .humas / .humaspkg file types,
# so a double-click on an event file or a package opens it in the app (humas-desktop FILE).
set -euo pipefail
cd "$(dirname "$0")"
xdg-mime install --novendor humas-desktop-mime.xml
xdg-desktop-menu install --novendor humas-desktop.desktop
xdg-mime default humas-desktop.desktop application/x-humas-event application/x-humas-package
echo "Humas Desktop terdaftar untuk berkas .humas dan .humaspkg."
