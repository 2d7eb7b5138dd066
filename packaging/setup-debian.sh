#!/usr/bin/env bash
# Prepare a Debian 12 machine (as root) to run or test ScamLens from this checkout:
# the system libraries Qt needs, a CJK font, a virtual environment with ScamLens in it.
# Safe to run again: it only installs what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(
  # Qt (PySide6) needs these even offscreen (see shared/STACK.md)
  libgl1 libegl1 libxkbcommon0 libfontconfig1 libglib2.0-0 libdbus-1-3
  # a real window on X11
  libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-render-util0 libxcb-shape0
  libxcb-xkb1 libxkbcommon-x11-0
  # Chinese renders as boxes without a CJK font
  fonts-wqy-microhei
)
python_ok() { command -v python3 >/dev/null && python3 -c 'import sys, venv, ensurepip; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; }

missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
python_ok || missing+=(python3 python3-venv python3-pip)
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

if [ ! -x .venv/bin/python ]; then
  python3 -m venv .venv
fi
# The ocr extra (~380 MB, screenshot checks) is installed too so CI runs the OCR tests:
# measured 50 s for a fresh venv with .[test,ocr], and the OCR tests add ~35 s.
if ! .venv/bin/python -m pip install -q --disable-pip-version-check -e ".[test,ocr]" > .venv/pip-install.log 2>&1; then
  grep -v "^WARNING: Location" .venv/pip-install.log >&2
  echo "setup: pip could not install ScamLens and its dependencies (see above)" >&2
  exit 1
fi
.venv/bin/python -c "import scamlens, PySide6, jieba, opencc, sqlite_utils, ahocorasick, phonenumbers, publicsuffixlist, cryptography, platformdirs, pytest, pytestqt" \
  || { echo "setup: the install did not complete" >&2; exit 1; }
