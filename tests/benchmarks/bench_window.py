"""Time-to-window and time-to-ready of the desktop window, offscreen: median of 5 runs.

    .venv/bin/python tests/benchmarks/bench_window.py [--runs 5]

Each run starts a fresh `scamlens gui --timings` process (offscreen, throw-away user
folders) that exits as soon as the window is ready; the window reports how long after the
process started it was shown and when Check was enabled. Prints figures; asserts nothing.
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TIMINGS = re.compile(r"window shown after (\d+) ms, ready after (\d+) ms")
# Start the window as `scamlens gui --timings` does, and quit once it reports readiness.
PROGRAM = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from scamlens.cli import build_parser
from scamlens.ui import app as gui_app

args = build_parser().parse_args(["gui", "--timings"])
original = gui_app.MainWindow.__init__

def init(self, *a, **k):
    original(self, *a, **k)
    self.ready.connect(lambda: QTimer.singleShot(0, QApplication.instance().quit))

gui_app.MainWindow.__init__ = init
sys.exit(gui_app.run_app(args))
"""


def one_run() -> tuple[int, int]:
    with tempfile.TemporaryDirectory(prefix="scamlens-bench-") as folder:
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
        for name in ("CACHE", "DATA", "CONFIG"):
            env[f"SCAMLENS_{name}_DIR"] = str(Path(folder) / name.lower())
        done = subprocess.run(
            [sys.executable, "-c", PROGRAM], env=env, cwd=ROOT, capture_output=True, text=True, timeout=120
        )
    found = TIMINGS.search(done.stderr)
    if not found:
        raise SystemExit(f"no timings in the output:\n{done.stderr[-2000:]}")
    return int(found[1]), int(found[2])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    runs = parser.parse_args().runs
    shown, ready = [], []
    for number in range(runs):
        window, check = one_run()
        shown.append(window)
        ready.append(check)
        print(f"run {number + 1}: window shown {window} ms, ready {check} ms")
    print(f"time-to-window (process start → window shown), median of {runs}: {statistics.median(shown):.0f} ms")
    print(f"time-to-ready  (process start → Check enabled), median of {runs}: {statistics.median(ready):.0f} ms")


if __name__ == "__main__":
    main()
