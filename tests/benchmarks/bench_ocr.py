"""OCR time per phone-size (1080 × 2400) screenshot and the process's peak memory.

    .venv/bin/python tests/benchmarks/bench_ocr.py [ROUNDS]

Needs the `ocr` extra. Prints the first call (models loaded) apart from the warm ones.
"""

from __future__ import annotations

import resource
import statistics
import sys
import time
from pathlib import Path

sys.path[:0] = [str(Path(__file__).resolve().parents[1]), str(Path(__file__).resolve().parents[2] / "desktop")]

from ocr_images import KINDS, pattern_examples, render  # noqa: E402
from scamlens.ocr import recognise  # noqa: E402


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kB on Linux


def main() -> None:
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 3
    text = pattern_examples()[0][1]
    before = peak_rss_mb()
    for kind in KINDS:
        shot = render(kind, text, scale=3)  # 1080 × 2400
        times = []
        for _ in range(rounds):
            started = time.perf_counter()
            recognise(shot.png)
            times.append(time.perf_counter() - started)
        warm = statistics.median(times[1:]) if len(times) > 1 else times[0]
        print(f"{kind:10} {shot.width}×{shot.height}: first {times[0]:.2f} s, then median {warm:.2f} s")
    print(f"peak RSS {peak_rss_mb():.0f} MB (before OCR {before:.0f} MB)")


if __name__ == "__main__":
    main()
