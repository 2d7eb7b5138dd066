"""Start the desktop window: QApplication, fonts, translations, then MainWindow.

`run_app(args)` is what `scamlens gui` (and `scamlens` with no arguments) calls. Besides
opening the window it can check a text, save a screenshot once the result shows and exit
(`--screenshot`), check every pattern's first example through the window (`--self-test`),
and report how long the window and the library took to appear (`--timings`).
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication

from scamlens import __version__
from scamlens.paths import resources_dir
from scamlens.settings import Settings, load_settings

from .main_window import MainWindow
from .theme import setup_fonts

SCREENSHOT_TIMEOUT_MS = 60_000
SETTLE_MS = 300  # let the result lay out and paint before grabbing it


def process_age() -> float:
    """Seconds since this process started (Linux: from /proc; elsewhere: since this module loaded)."""
    try:
        ticks = int(Path("/proc/self/stat").read_text().rsplit(")", 1)[1].split()[19])
        uptime = float(Path("/proc/uptime").read_text().split()[0])
        return uptime - ticks / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError):
        return time.perf_counter() - _LOADED


_LOADED = time.perf_counter()


def create_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv or [sys.argv[0]])
    app.setApplicationName("ScamLens")
    app.setApplicationDisplayName("ScamLens 识骗镜")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("scamlens")
    setup_fonts(app)
    icon = QIcon()
    for path in sorted((resources_dir() / "icons").glob("scamlens-*.png")):
        icon.addFile(str(path))
    if not icon.isNull():
        app.setWindowIcon(icon)
    return app  # type: ignore[return-value]


def settings_for(args: argparse.Namespace) -> Settings:
    """Saved settings, with this session's command-line choices on top (not saved)."""
    settings = load_settings()
    if getattr(args, "lang", None):
        settings = replace(settings, language=args.lang)
    if getattr(args, "merchant", False):
        settings = replace(settings, audience="merchant")
    if getattr(args, "text_size", None):
        settings = replace(settings, text_scale=args.text_size)
    if getattr(args, "high_contrast", False):
        settings = replace(settings, high_contrast=True)
    if getattr(args, "kiosk", False):
        settings = settings.with_kiosk(True)
    return settings


def _fit_to_screen(window: MainWindow) -> None:
    screen = QGuiApplication.primaryScreen()
    area = screen.availableGeometry() if screen else None
    width, height = 1180, 860
    if area is not None:
        width, height = min(width, area.width()), min(height, area.height())
    window.resize(width, height)


def _take_screenshot(
    window: MainWindow, path: Path, app: QApplication, after_check: bool, contact: bool = False
) -> None:
    """Save the window once the result (or, with no text, the ready window) is on screen, then exit."""

    def grab() -> None:
        window.check_page.input_box.verticalScrollBar().setValue(0)
        ok = window.grab().save(str(path))
        if not ok:
            sys.stderr.write(f"scamlens: cannot save the screenshot to {path}\n")
        app.exit(0 if ok else 1)

    signal = window.contact_page.contact_checked if contact else window.check_finished if after_check else window.ready
    signal.connect(lambda: QTimer.singleShot(SETTLE_MS, grab))
    QTimer.singleShot(SCREENSHOT_TIMEOUT_MS, lambda: app.exit(1))


def _self_test(window: MainWindow, app: QApplication) -> None:
    """Check each pattern's first scam example through the window, as a user would."""
    failures: list[str] = []
    queue: list[tuple[str, str]] = []

    def next_example() -> None:
        if not queue:
            for failure in failures:
                sys.stderr.write(f"self-test: {failure}\n")
            print(f"self-test: {'FAILED' if failures else 'ok'}")
            app.exit(1 if failures else 0)
            return
        window.set_text(queue[0][1])

    def finished() -> None:
        pattern_id, _text = queue.pop(0)
        report = window.result_view.report
        if report is None or pattern_id not in report.pattern_ids or not window.input_box.extraSelections():
            failures.append(f"{pattern_id}: first example not warned or not highlighted")
        QTimer.singleShot(0, next_example)

    def ready() -> None:
        assert window.backend is not None
        for pattern in window.backend.library.patterns:
            example = next(e for e in pattern.examples if e.expect == "match")
            queue.append((pattern.id, example.text))
        window.check_finished.connect(finished)
        next_example()

    window.ready.connect(ready)


def run_app(args: argparse.Namespace) -> int:
    app = create_application()
    window = MainWindow(settings_for(args))
    _fit_to_screen(window)
    window.show()
    shown = process_age()
    if getattr(args, "timings", False):
        window.ready.connect(
            lambda: sys.stderr.write(
                f"scamlens: window shown after {shown * 1000:.0f} ms, ready after {process_age() * 1000:.0f} ms\n"
            )
        )
    if getattr(args, "self_test", False):
        _self_test(window, app)
    elif args.text:
        window.check_when_ready(args.text)
    contact = getattr(args, "contact", None)
    if contact:
        window.contact_page.check_when_ready(contact)
        window.show_tab("contact")
    if getattr(args, "tab", None):
        window.show_tab(args.tab)
    if getattr(args, "screenshot", None):
        _take_screenshot(window, args.screenshot, app, after_check=bool(args.text), contact=bool(contact))
    code = app.exec()
    window.shutdown()
    return code
