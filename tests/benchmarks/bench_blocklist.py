"""Blocklist scale benchmark: prints figures, it is not a timed test.

    .venv/bin/python tests/benchmarks/bench_blocklist.py [--total 10000000] [--import-rows 1000000] [--similar 300]

1. Writes a CSV of --import-rows rows (phones, links, WeChat ids, shop names) and imports
   it with Blocklist.import_csv (decode + parse + normalise + one transaction).
2. Fills further lists up to --total entries (write_list, the same insert path without
   the CSV parsing) to reach the target size.
3. Times lookups of present and absent values across all lists, look-alike searches
   (Blocklist.similar) for shop names and WeChat ids changed in one character, and
   reports file size.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "desktop"))

from scamlens.store.blocklist import Blocklist


def row(i: int) -> tuple[str, str, str]:
    mod = i % 10
    if mod < 7:
        return f"1{3 + i % 7}{i:09d}", "phone", ""
    if mod == 7:
        return f"https://pay-{i}.example.cn/refund", "url", "钓鱼"
    if mod == 8:
        return f"kefu_{i}", "wechat", ""
    return f"官方旗舰店{i}", "shop", "仿冒"


def write_csv(path: Path, count: int, start: int = 0) -> None:
    with path.open("w", encoding="utf-8") as handle:
        handle.write("value,kind,note\n")
        for i in range(start, start + count):
            value, kind, note = row(i)
            handle.write(f"{value},{kind},{note}\n")


def altered(value: str, at: int) -> str:
    """`value` with the character at `at` replaced (a look-alike of it)."""
    char = value[at]
    return value[:at] + ("Z" if char != "Z" else "Y") + value[at + 1 :]


def time_similar(store: Blocklist, imported: int, filled: int, lists: int, count: int = 300) -> None:
    """Look-alike searches: shop names and WeChat ids from the imported list, one character changed."""
    picks = [i for i in (random.randrange(imported) for _ in range(count * 20)) if i % 10 in (8, 9)][:count]
    timings, found = [], 0
    for number, i in enumerate(picks):
        value, kind, _ = row(i)
        query = altered(value, 0 if number % 2 else len(value) // 2)  # first character, then the middle
        step = time.perf_counter()
        hits = store.similar(kind, query, limit=100)  # more than 5 are often equally close here
        timings.append((time.perf_counter() - step) * 1000)
        found += any(hit.value == value for hit in hits)
    timings.sort()
    print(
        f"similar ({len(picks)} shop names / WeChat ids, {lists} lists, {filled:,} entries):"
        f" median {statistics.median(timings):.3f} ms, p99 {timings[int(len(timings) * 0.99)]:.3f} ms,"
        f" max {timings[-1]:.3f} ms; the original among the look-alikes for {found}/{len(picks)}"
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--total", type=int, default=10_000_000)
    parser.add_argument("--import-rows", type=int, default=1_000_000)
    parser.add_argument("--folder", type=Path, default=None)
    parser.add_argument("--similar", type=int, default=300, help="look-alike searches to time")
    args = parser.parse_args()
    folder = args.folder or Path(tempfile.mkdtemp(prefix="scamlens-bench-"))
    folder.mkdir(parents=True, exist_ok=True)
    db_path = folder / "blocklists.sqlite"
    db_path.unlink(missing_ok=True)
    store = Blocklist(db_path)

    csv_path = folder / "import.csv"
    write_csv(csv_path, args.import_rows)
    print(f"CSV: {args.import_rows:,} rows, {csv_path.stat().st_size / 1e6:.1f} MB")
    started = time.perf_counter()
    report = store.import_csv(csv_path, "community-0")
    elapsed = time.perf_counter() - started
    print(f"import_csv of {args.import_rows:,} rows: {elapsed:.1f} s ({report.imported:,} stored)")
    csv_path.unlink()

    from scamlens.engine.contacts.keys import contact_key

    filled, chunk, number = report.imported, args.import_rows, 1
    started = time.perf_counter()
    while filled < args.total:
        size = min(chunk, args.total - filled)
        base = number * chunk
        rows = []
        for i in range(base, base + size):
            value, kind, note = row(i)
            rows.append((kind, contact_key(kind, value), value, note))
        step = time.perf_counter()
        filled += store.write_list(f"community-{number}", "generated", rows)
        print(f"  list {number}: +{size:,} in {time.perf_counter() - step:.1f} s (total {filled:,})", flush=True)
        number += 1
    if number > 1:
        print(f"filled to {filled:,} entries in {time.perf_counter() - started:.1f} s")

    lists = len(store.lists())
    present = [row(random.randrange(args.import_rows)) for _ in range(2000)]
    absent = [(f"19{random.randrange(10**9):09d}", "phone", "") for _ in range(2000)]
    for label, sample in (("present", present), ("absent", absent)):
        timings = []
        for value, kind, _ in sample:
            step = time.perf_counter()
            store.lookup(kind, value)
            timings.append((time.perf_counter() - step) * 1000)
        timings.sort()
        print(
            f"lookup ({label}, {lists} lists, {filled:,} entries): median {statistics.median(timings):.3f} ms,"
            f" p99 {timings[int(len(timings) * 0.99)]:.3f} ms, max {timings[-1]:.3f} ms"
        )
    time_similar(store, args.import_rows, filled, lists, args.similar)
    store.close()
    size = db_path.stat().st_size
    print(f"database size: {size / 1e6:.0f} MB ({size / max(filled, 1):.0f} bytes per entry) at {db_path}")


if __name__ == "__main__":
    main()
