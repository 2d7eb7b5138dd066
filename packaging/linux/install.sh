#!/usr/bin/env bash
# Install a built dist/ScamLens/ for the current user (or system-wide with PREFIX=/usr/local as root):
# the app folder, a ScamLens launcher on PATH, the .desktop file, AppStream metainfo and icons.
#   packaging/linux/install.sh [dist/ScamLens]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
app="$(cd "${1:-$here/../../dist/ScamLens}" && pwd)"
prefix="${PREFIX:-$HOME/.local}"
id=org.scamlens.ScamLens

mkdir -p "$prefix/lib" "$prefix/bin" "$prefix/share/applications" "$prefix/share/metainfo"
rm -rf "$prefix/lib/ScamLens"
cp -a "$app" "$prefix/lib/ScamLens"
ln -sf "$prefix/lib/ScamLens/ScamLens" "$prefix/bin/ScamLens"
install -m 644 "$here/$id.desktop" "$prefix/share/applications/$id.desktop"
install -m 644 "$here/$id.metainfo.xml" "$prefix/share/metainfo/$id.metainfo.xml"
for size in 16 24 32 48 64 128 256 512; do
  mkdir -p "$prefix/share/icons/hicolor/${size}x${size}/apps"
  install -m 644 "$app/_internal/resources/icons/scamlens-$size.png" "$prefix/share/icons/hicolor/${size}x${size}/apps/$id.png"
done
command -v update-desktop-database >/dev/null && update-desktop-database -q "$prefix/share/applications" || true
command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q -t "$prefix/share/icons/hicolor" || true
echo "installed ScamLens to $prefix (run: ScamLens, or find 识骗镜 / ScamLens in the applications menu)"
