"""`scamlens gui --text … --screenshot FILE.png` in a real process."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtGui import QImage
from ui_helpers import LIVESTREAM


def test_screenshot_command_checks_saves_and_exits(tmp_path: Path) -> None:
    target = tmp_path / "window.png"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    command = [
        sys.executable,
        "-m",
        "scamlens",
        "gui",
        "--lang",
        "en",
        "--text",
        LIVESTREAM,
        "--screenshot",
        str(target),
    ]
    result = subprocess.run(command, env=env, capture_output=True, text=True, timeout=90, check=False)
    assert result.returncode == 0, result.stderr
    image = QImage(str(target))
    assert not image.isNull() and image.width() >= 600 and image.height() >= 500


def test_the_window_module_does_not_load_jieba_or_sqlite_on_start_up() -> None:
    """jieba and sqlite-utils cost ~0.3 s to import: the worker thread loads them, after the window shows."""
    code = "import sys, scamlens.ui.app; print(sorted({'jieba', 'sqlite_utils'} & set(sys.modules)))"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True)
    assert result.stdout.strip() == "[]"
