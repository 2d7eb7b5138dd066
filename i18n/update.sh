#!/bin/sh
# Refresh the .ts files from the window's code; new strings appear as type="unfinished".
set -e
cd "$(dirname "$0")/.."
LUPDATE=${LUPDATE:-pyside6-lupdate}
[ -x .venv/bin/pyside6-lupdate ] && LUPDATE=.venv/bin/pyside6-lupdate
"$LUPDATE" -no-obsolete -locations none desktop/scamlens/ui/*.py \
    -ts i18n/scamlens_zh_CN.ts i18n/scamlens_zh_TW.ts i18n/scamlens_en.ts
