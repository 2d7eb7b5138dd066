"""UI translations: Qt Linguist .ts files in i18n/, compiled to .qm on first use.

Source strings are English. The .qm files are build output: a frozen bundle ships them
under resources/i18n/; from a source checkout they are compiled with lrelease into the
cache folder, named after the .ts file's content so an edited .ts is recompiled.
"""

from __future__ import annotations

import hashlib
import shutil
import subprocess
import sys
from pathlib import Path

import PySide6
from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, QTranslator

from scamlens.paths import cache_dir, resources_dir

TS_DIR = Path(__file__).resolve().parents[3] / "i18n"
QT_LOCALES = {"zh-Hans": "zh_CN", "zh-Hant": "zh_TW", "en": "en"}


def ts_file(lang: str) -> Path:
    return TS_DIR / f"scamlens_{QT_LOCALES[lang]}.ts"


def _lrelease() -> str | None:
    bundled = Path(PySide6.__file__).parent / ("lrelease.exe" if sys.platform == "win32" else "lrelease")
    if bundled.exists():
        return str(bundled)
    return shutil.which("pyside6-lrelease") or shutil.which("lrelease")


def compile_ts(source: Path, target: Path) -> bool:
    tool = _lrelease()
    if tool is None:
        return False
    temporary = target.with_suffix(".tmp")
    result = subprocess.run(
        [tool, "-silent", str(source), "-qm", str(temporary)], capture_output=True, check=False, timeout=60
    )
    if result.returncode != 0 or not temporary.exists():
        temporary.unlink(missing_ok=True)
        return False
    temporary.replace(target)
    return True


def qm_file(lang: str) -> Path | None:
    """The compiled translation for `lang`, compiling it first if needed; None if impossible."""
    name = f"scamlens_{QT_LOCALES[lang]}"
    shipped = resources_dir() / "i18n" / f"{name}.qm"
    if shipped.exists():
        return shipped
    source = ts_file(lang)
    if not source.exists():
        return None
    digest = hashlib.sha256(source.read_bytes()).hexdigest()[:12]
    folder = cache_dir() / "i18n"
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"{name}-{digest}.qm"
    if not target.exists():
        for stale in folder.glob(f"{name}-*.qm"):
            stale.unlink(missing_ok=True)
        if not compile_ts(source, target):
            sys.stderr.write(f"scamlens: cannot compile {source.name}; the window stays in English\n")
            return None
    return target


class RetranslatesOnLanguageChange:
    """Mix in before the Qt class: calls `self.retranslate()` whenever the language changes."""

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()  # type: ignore[attr-defined]
        super().changeEvent(event)  # type: ignore[misc]


class Translators:
    """Installs the app's and Qt's own translations for one language at a time.

    Installing a translator makes Qt send every widget a LanguageChange event; the
    widgets retranslate themselves in `changeEvent`.
    """

    def __init__(self) -> None:
        self._installed: list[QTranslator] = []
        self.language: str | None = None

    def switch(self, lang: str) -> None:
        if lang == self.language:
            return
        app = QCoreApplication.instance()
        self.remove()
        locale = QT_LOCALES[lang]
        QLocale.setDefault(QLocale(locale))
        ours = QTranslator()
        path = qm_file(lang)
        if path is not None and ours.load(str(path)):
            self._installed.append(ours)
        qt_own = QTranslator()
        if qt_own.load(f"qtbase_{locale}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            self._installed.append(qt_own)
        for translator in self._installed:
            app.installTranslator(translator)
        self.language = lang

    def remove(self) -> None:
        app = QCoreApplication.instance()
        for translator in self._installed:
            app.removeTranslator(translator)
        self._installed.clear()
        self.language = None
