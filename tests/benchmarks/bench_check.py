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


def _texts(library, length: int, count: int, seed: int, scam_share: float = 0.5) -> list[str]:
    """Texts of `length` chars glued from the library's examples; `scam_share` of the pieces
    are scam ("match") examples, the rest genuine look-alikes ("none")."""
    scams = [e.text for p in library.patterns for e in p.examples if e.expect == "match"]
    genuine = [e.text for p in library.patterns for e in p.examples if e.expect == "none"]
    rng = random.Random(seed)
    texts = []
    for _ in range(count):
        pieces: list[str] = []
        while sum(map(len, pieces)) < length:
            pieces.append(rng.choice(scams if rng.random() < scam_share else genuine))
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
            check=True,
            capture_output=True,
            env=env,
        )
        timings.append((time.perf_counter() - start) * 1000)
    return statistics.median(timings)


def _corpus_texts(paths: list[str], length: int, count: int) -> list[str]:
    """Texts from labelled corpora outside the repo, glued or cut to `length` chars."""
    texts = [
        json.loads(line)["text"]
        for path in paths
        for line in Path(path).read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    rng = random.Random(3)
    out = []
    for _ in range(count):
        pieces: list[str] = []
        while sum(map(len, pieces)) < length:
            pieces.append(rng.choice(texts))
        out.append("\n".join(pieces)[:length])
    return out


def _run_batch(texts: list[str]) -> float:
    lines = "".join(json.dumps({"id": n, "text": t}, ensure_ascii=False) + "\n" for n, t in enumerate(texts)).encode()
    env = {**os.environ, "PYTHONPATH": str(ROOT / "desktop")}
    start = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "-m", "scamlens", "check", "--jsonl"], input=lines, capture_output=True, env=env, check=False
    )
    elapsed = time.perf_counter() - start
    assert len(result.stdout.splitlines()) == len(texts), result.stderr.decode()[-500:]
    return elapsed


def _batch_throughput(texts: list[str]) -> tuple[float, float]:
    """(sustained texts/s, texts/s including start-up). Sustained is the slope between a
    batch of all the texts and one of a fifth of them, so process start-up cancels out."""
    small = texts[: len(texts) // 5]
    small_time = min(_run_batch(small) for _ in range(2))
    full_time = min(_run_batch(texts) for _ in range(2))
    return (len(texts) - len(small)) / (full_time - small_time), len(texts) / full_time


def main() -> None:
    import argparse

    import jieba

    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument(
        "--corpus",
        nargs="*",
        default=[],
        metavar="FILE.jsonl",
        help="also measure batch throughput on these texts (e.g. ../shared/eval/dev/*.jsonl)",
    )
    corpus = parser.parse_args().corpus

    jieba.setLogLevel(60)
    library = load_library(resources_dir())
    checker = Checker(library)
    jieba.initialize()
    print(f"library: {len(library.patterns)} patterns, {sum(len(p.signals) for p in library.patterns)} signals")
    print(f"{'chars':>6} {'check p50':>10} {'check p95':>10} {'jieba p50':>10} {'ratio':>6}")
    for length, count in ((100, 300), (500, 300), (5000, 60)):
        texts = _texts(library, length, count, seed=length)
        checker.check(texts[0])
        checks = _time_each(checker.check, texts)
        tokenising = _time_each(jieba.lcut, texts)
        ratio = statistics.median(checks) / statistics.median(tokenising)
        print(
            f"{length:>6} {statistics.median(checks):>8.3f}ms {_percentile(checks, 0.95):>8.3f}ms "
            f"{statistics.median(tokenising):>8.3f}ms {ratio:>6.2f}"
        )
    print(f"cold start of `scamlens check` (median of 5): {_cold_start():.0f} ms")
    batches = [
        ("pattern examples, half of them scams (worst case)", _texts(library, 200, 5000, seed=7, scam_share=0.5)),
        ("pattern examples, one in ten a scam", _texts(library, 200, 5000, seed=7, scam_share=0.1)),
    ]
    if corpus:
        batches.append((f"messages from {len(corpus)} corpus file(s)", _corpus_texts(corpus, 200, 5000)))
    print("batch `scamlens check --jsonl`, 200-char texts: sustained texts/s (5,000 texts incl. start-up)")
    for label, texts in batches:
        sustained, overall = _batch_throughput(texts)
        print(f"  {label}: {sustained:,.0f} ({overall:,.0f})")


if __name__ == "__main__":
    main()
