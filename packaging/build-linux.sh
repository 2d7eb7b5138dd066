#!/usr/bin/env bash
# Build the one-folder Linux app with PyInstaller and run its self-test headless.
#
#   packaging/build-linux.sh            # build dist/ScamLens/, self-test it, make dist/ScamLens-linux-x86_64.tgz
#   SKIP_TGZ=1 packaging/build-linux.sh # no archive
#
# Needs the dev venv (packaging/setup-debian.sh) plus the packaging extra:
#   .venv/bin/pip install -e ".[packaging]"
# Not run in CI (time budget); run it before a release. Prints size and build time.
set -euo pipefail
cd "$(dirname "$0")/.."

python=.venv/bin/python
"$python" -c "import PyInstaller" 2>/dev/null || { echo "build: run  .venv/bin/pip install -e '.[packaging]'  first" >&2; exit 1; }

started=$(date +%s)
"$python" -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath dist --workpath build/pyinstaller packaging/scamlens.spec
built=$(date +%s)
echo "build: dist/ScamLens built in $((built - started)) s, $(du -sh dist/ScamLens | cut -f1)"

# The self-test: library, a known scam text, jieba + SQLite search, Qt with the bundled font.
# Run with an empty home so nothing from this machine's user folders is used.
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
env -i PATH=/usr/bin:/bin HOME="$scratch" LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen \
  dist/ScamLens/ScamLens --self-test

if [ -z "${SKIP_TGZ:-}" ]; then
  tar -C dist -czf "dist/ScamLens-linux-$(uname -m).tgz" ScamLens
  echo "build: dist/ScamLens-linux-$(uname -m).tgz $(du -h "dist/ScamLens-linux-$(uname -m).tgz" | cut -f1)"
fi
