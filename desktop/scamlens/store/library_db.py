"""The pattern library compiled into SQLite, with an FTS5 index for "similar cases".

The database is a cache in the user cache folder, named after the library's fingerprint,
so it is rebuilt automatically whenever a pattern file changes.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from pathlib import Path

import sqlite_utils

from scamlens.engine import Library
from scamlens.engine.taxonomy import LANGUAGES
from scamlens.paths import cache_dir

from .tokens import index_words

SCHEMA_VERSION = 1
MIN_SHARED_WORDS = 2


@dataclass(frozen=True)
class SearchResult:
    pattern_id: str
    kind: str  # "pattern" | "case"
    titles: dict[str, str]
    texts: dict[str, str]
    source: str
    date: str

    def title(self, lang: str) -> str:
        return self.titles[lang]

    def snippet(self, lang: str, length: int = 120) -> str:
        text = self.texts[lang]
        prefix = f"{self.source} ({self.date}): " if self.kind == "case" else ""
        return prefix + (text if len(text) <= length else text[:length] + "…")


def _documents(library: Library) -> list[dict[str, object]]:
    rows: list[dict[str, object]] = []
    for pattern in library.patterns:
        titles = json.dumps(pattern.title, ensure_ascii=False)
        pattern_text = {lang: f"{pattern.summary[lang]} {pattern.why[lang]}" for lang in LANGUAGES}
        phrases = " ".join(phrase for signal in pattern.signals for phrase in signal.phrases)
        rows.append(
            {
                "pattern_id": pattern.id,
                "kind": "pattern",
                "titles": titles,
                "texts": json.dumps(pattern_text, ensure_ascii=False),
                "source": "",
                "date": "",
                "words": " ".join(index_words(f"{pattern.title['zh-Hans']} {pattern_text['zh-Hans']} {phrases}"))
                + " "
                + " ".join(pattern.title["en"].lower().split() + pattern_text["en"].lower().split()),
            }
        )
        for case in pattern.cases:
            rows.append(
                {
                    "pattern_id": pattern.id,
                    "kind": "case",
                    "titles": titles,
                    "texts": json.dumps(case.summary, ensure_ascii=False),
                    "source": case.source,
                    "date": case.date,
                    "words": " ".join(index_words(f"{case.source} {case.summary['zh-Hans']}"))
                    + " "
                    + case.summary["en"].lower(),
                }
            )
    return rows


def compile_library(library: Library, path: Path) -> None:
    """Write the library to a new database at `path` (atomically: temp file, then rename)."""
    temporary = path.with_suffix(".tmp")
    temporary.unlink(missing_ok=True)
    db = sqlite_utils.Database(temporary)
    db["meta"].insert_all(
        [
            {"key": "fingerprint", "value": library.fingerprint},
            {"key": "schema", "value": str(SCHEMA_VERSION)},
        ],
        pk="key",
    )
    db["patterns"].insert_all(
        (
            {
                "id": p.id,
                "category": p.category,
                "audience": p.audience,
                "severity": p.severity,
                "status": p.status,
                "title": json.dumps(p.title, ensure_ascii=False),
                "summary": json.dumps(p.summary, ensure_ascii=False),
                "file": p.path.name,
            }
            for p in library.patterns
        ),
        pk="id",
    )
    db["signals"].insert_all(
        (
            {
                "pattern_id": p.id,
                "name": s.name,
                "weight": s.weight,
                "stage": s.stage,
                "phrases": json.dumps(s.phrases, ensure_ascii=False),
                "regex": json.dumps([r.pattern for r in s.regexes], ensure_ascii=False),
            }
            for p in library.patterns
            for s in p.signals
        ),
    )
    db["cases"].insert_all(
        (
            {
                "pattern_id": p.id,
                "source": c.source,
                "date": c.date,
                "seed": c.seed,
                "summary": json.dumps(c.summary, ensure_ascii=False),
            }
            for p in library.patterns
            for c in p.cases
        ),
    )
    db["documents"].insert_all(_documents(library))
    db["documents"].enable_fts(["words"], fts_version="FTS5", tokenize="unicode61")
    db.close()
    temporary.replace(path)


class LibraryDatabase:
    def __init__(self, db: sqlite_utils.Database) -> None:
        self.db = db

    @classmethod
    def open(cls, library: Library, folder: Path | None = None) -> LibraryDatabase:
        """Open the compiled library, building it first if it is missing or stale."""
        folder = folder or cache_dir()
        path = folder / f"library-v{SCHEMA_VERSION}-{library.fingerprint}.sqlite"
        if not path.exists():
            for stale in folder.glob("library-v*.sqlite"):
                stale.unlink(missing_ok=True)
            compile_library(library, path)
        connection = sqlite3.connect(path, check_same_thread=False)
        return cls(sqlite_utils.Database(connection))

    def search(self, text: str, limit: int = 5, kind: str | None = None) -> list[SearchResult]:
        """Documented cases and patterns sharing the most words with `text` (BM25).

        Single characters (的, 我) say nothing about similarity, and neither does one shared
        word: a result must share MIN_SHARED_WORDS words when the query has that many, and
        at least half as many as the best result.
        """
        words = sorted({word.lower() for word in index_words(text) if len(word) > 1})
        if not words:
            return []
        query = " OR ".join('"' + word.replace('"', '""') + '"' for word in words)
        sql = (
            "select documents.* from documents join documents_fts on documents.rowid = documents_fts.rowid "
            "where documents_fts match :query"
            + (" and documents.kind = :kind" if kind else "")
            + " order by bm25(documents_fts) limit :limit"
        )
        rows = list(self.db.query(sql, {"query": query, "kind": kind, "limit": limit * 5}))
        shared = [len(set(words).intersection(row["words"].split())) for row in rows]
        # Also at least half as many shared words as the best result: common words such as
        # 平台 or 客服 must not pull in unrelated cases.
        needed = max(min(MIN_SHARED_WORDS, len(words)), (max(shared, default=0) + 1) // 2)
        results = []
        for row, count in zip(rows, shared, strict=True):
            if count < needed:
                continue
            results.append(
                SearchResult(
                    row["pattern_id"],
                    row["kind"],
                    json.loads(row["titles"]),
                    json.loads(row["texts"]),
                    row["source"],
                    row["date"],
                )
            )
        return results[:limit]

    def similar_cases(self, text: str, exclude: set[str] = frozenset(), limit: int = 3) -> list[SearchResult]:  # type: ignore[assignment]
        """Documented cases resembling `text`, other than those of the patterns in `exclude`."""
        results = self.search(text, limit=limit + 10, kind="case")
        return [result for result in results if result.pattern_id not in exclude][:limit]
