"""Fixtures for the window tests: one prepared backend per session, a window per test.

Every window gets its own temporary history and blocklist files and never writes the real settings.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from scamlens.settings import Settings
from scamlens.store.blocklist import Blocklist
from scamlens.store.history import History
from scamlens.ui.backend import Backend, prepare_backend
from scamlens.ui.main_window import MainWindow

MakeWindow = Callable[..., MainWindow]


@pytest.fixture(scope="session")
def backend() -> Backend:
    return prepare_backend()


@pytest.fixture
def history(tmp_path: Path) -> Iterator[History]:
    store = History.open(tmp_path)
    yield store
    store.close()


@pytest.fixture
def make_window(qtbot: QtBot, backend: Backend, history: History, tmp_path: Path) -> Iterator[MakeWindow]:
    windows: list[MainWindow] = []

    def make(
        wait_ready: bool = True,
        prepare: Callable[[], Backend] | None = None,
        open_blocklist: Callable[[], Blocklist] | None = None,
        **changes: object,
    ) -> MainWindow:
        settings = replace(Settings(language="zh-Hans"), **changes)  # type: ignore[arg-type]
        window = MainWindow(
            settings,
            prepare=prepare or (lambda: backend),
            open_history=lambda: history,
            open_blocklist=open_blocklist or (lambda: Blocklist(tmp_path / "blocklists.sqlite")),
            recheck_delay_ms=50,
            idle_interval_ms=300,
            store_settings=None,
        )
        qtbot.addWidget(window)
        window.resize(1000, 800)
        window.show()
        windows.append(window)
        if wait_ready:
            qtbot.waitUntil(lambda: window.is_ready, timeout=10_000)
        return window

    yield make
    for window in windows:
        window.shutdown()
