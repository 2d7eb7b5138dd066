"""Speed of a check, printed as figures (run: python tests/benchmarks/bench_check.py).

Texts are built from the pattern library's own examples (scam and benign mixed), cut to
100, 500 and 5,000 characters. The reference is jieba tokenising the same text: a check
should cost no more than twice that.
"""

from __future__ import annotations

import json
import os
import random
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "desktop"))

from scamlens.engine import Checker, load_library  # noqa: E402
from scamlens.paths import resources_dir  # noqa: E402


def _texts(library, length: int, count: int, seed: int) -> list[str]:
    examples = [example.text for pattern in library.patterns for example in pattern.examples]
    rng = random.Random(seed)
    texts = []
    for _ in range(count):
        pieces: list[str] = []
        while sum(map(len, pieces)) < length:
            pieces.append(rng.choice(examples))
        texts.append("\n".join(pieces)[:length])
    return texts


def _percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))]


def _time_each(function, texts: list[str], repeats: int = 3) -> list[float]:
    timings = []
    for text in texts:
        best = float("inf")
        for _ in range(repeats):
            start = time.perf_counter()
            function(text)
            best = min(best, time.perf_counter() - start)
        timings.append(best * 1000)
    return timings


def _cold_start(runs: int = 5) -> float:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "desktop")}
    timings = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(
            [sys.executable, "-m", "scamlens", "check", "--json", "家人们三个月后高价回收保值增值"],
            check=True, capture_output=True, env=env,
        )
        timings.append((time.perf_counter() - start) * 1000)
    return statistics.median(timings)


def _batch_throughput(library, count: int = 5000) -> float:
    lines = "".join(
        json.dumps({"id": n, "text": text}, ensure_ascii=False) + "\n"
        for n, text in enumerate(_texts(library, 200, count, seed=7))
    ).encode()
    env = {**os.environ, "PYTHONPATH": str(ROOT / "desktop")}
    start = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "-m", "scamlens", "check", "--jsonl"], input=lines, capture_output=True, env=env, check=False
    )
    elapsed = time.perf_counter() - start
    assert len(result.stdout.splitlines()) == count, result.stderr.decode()[-500:]
    return count / elapsed


def main() -> None:
    import jieba

    jieba.setLogLevel(60)
    library = load_library(resources_dir())
    checker = Checker(library)
    jieba.initialize()
    print(f"library: {len(library.patterns)} patterns, "
          f"{sum(len(p.signals) for p in library.patterns)} signals")
    print(f"{'chars':>6} {'check p50':>10} {'check p95':>10} {'jieba p50':>10} {'ratio':>6}")
    for length, count in ((100, 300), (500, 300), (5000, 60)):
        texts = _texts(library, length, count, seed=length)
        checker.check(texts[0])
        checks = _time_each(checker.check, texts)
        tokenising = _time_each(jieba.lcut, texts)
        ratio = statistics.median(checks) / statistics.median(tokenising)
        print(f"{length:>6} {statistics.median(checks):>8.3f}ms {_percentile(checks, 0.95):>8.3f}ms "
              f"{statistics.median(tokenising):>8.3f}ms {ratio:>6.2f}")
    print(f"cold start of `scamlens check` (median of 5): {_cold_start():.0f} ms")
    print(f"batch `scamlens check --jsonl`, 5,000 texts of 200 chars: {_batch_throughput(library):,.0f} texts/s")


if __name__ == "__main__":
    main()
