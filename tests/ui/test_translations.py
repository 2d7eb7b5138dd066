"""The Qt Linguist files: complete, consistent with the code, and loadable."""

from __future__ import annotations

import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

from scamlens.ui.translations import QT_LOCALES, TS_DIR, qm_file, ts_file

UI_DIR = Path(__file__).resolve().parents[2] / "desktop" / "scamlens" / "ui"
PLACEHOLDER = re.compile(r"\{[a-z_]*\}")


def _messages(path: Path) -> list[tuple[str, str, str | None, str | None]]:
    """(context, source, translation, type) for every message."""
    found = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            found.append((name, message.findtext("source"), translation.text, translation.get("type")))
    return found


@pytest.mark.parametrize("lang", list(QT_LOCALES))
def test_every_string_is_translated_with_the_same_placeholders(lang: str) -> None:
    for context, source, translation, kind in _messages(ts_file(lang)):
        assert kind is None and translation, f"{lang} {context}: {source!r} is not translated"
        assert sorted(PLACEHOLDER.findall(source)) == sorted(PLACEHOLDER.findall(translation)), (lang, source)
        assert translation.count("&") <= 1, (lang, source)
        if lang == "en":
            assert translation == source


def test_translation_files_match_the_code(tmp_path: Path) -> None:
    """Run lupdate on the code into a fresh file: it must find exactly the committed strings."""
    lupdate = shutil.which("pyside6-lupdate", path=str(Path(__import__("sys").executable).parent))
    if lupdate is None:
        pytest.skip("pyside6-lupdate not installed")
    fresh = tmp_path / "scamlens_zh_CN.ts"
    sources = sorted(str(path) for path in UI_DIR.glob("*.py"))
    subprocess.run([lupdate, "-silent", "-locations", "none", *sources, "-ts", str(fresh)], check=True)
    in_code = {(context, source) for context, source, _, _ in _messages(fresh)}
    for lang in QT_LOCALES:
        committed = {(context, source) for context, source, _, _ in _messages(ts_file(lang))}
        assert committed == in_code, f"run lupdate (see i18n/README.md): {sorted(committed ^ in_code)[:5]}"


@pytest.mark.parametrize(("lang", "expected"), [("zh-Hans", "准备好了"), ("zh-Hant", "準備好了"), ("en", "Ready")])
def test_compiled_translations_load(lang: str, expected: str) -> None:
    path = qm_file(lang)
    assert path is not None and path.exists() and path.suffix == ".qm"
    assert TS_DIR not in path.parents  # build output goes to the cache folder, never next to the sources
    translator = QTranslator()
    assert translator.load(str(path))
    assert translator.translate("MainWindow", "Ready") == expected
