#!/usr/bin/env bash
# Build the Linux one-folder bundle and check it with its own --self-test.
#   packaging/build-linux.sh            -> dist/humas-desktop/ and dist/humas-desktop-linux.tar.gz
# Needs: python3 -m pip install -e '.[build]'  (PyInstaller)
set -euo pipefail
cd "$(dirname "$0")/.."
python3 -m PyInstaller --noconfirm --clean --log-level WARN packaging/humas-desktop.spec
# The self-test writes an event file, a backup, an xlsx and a PDF in a temp folder and renders a
# widget (offscreen when there is no display); it must pass inside the bundle, not only in source.
HUMAS_DATA_DIR="$(mktemp -d)" QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}" \
  dist/humas-desktop/humas-desktop --self-test
tar -C dist -czf dist/humas-desktop-linux.tar.gz humas-desktop
echo "Bundle: dist/humas-desktop ($(du -sh dist/humas-desktop | cut -f1)), archive: dist/humas-desktop-linux.tar.gz"
