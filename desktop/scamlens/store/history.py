"""The user's own check history: a small SQLite file in the data folder. No Qt here.

Each entry keeps the checked text, when it was checked, the risk and the ids of the
matched patterns, so the window can show it in whatever language is current.
Nothing ever leaves the machine.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from scamlens.paths import data_dir

if TYPE_CHECKING:
    import sqlite_utils

HISTORY_FILE = "history.sqlite"
FIRST_WORDS = 40  # characters shown for an entry


@dataclass(frozen=True)
class HistoryEntry:
    id: int
    checked_at: datetime
    text: str
    risk: str
    patterns: tuple[str, ...]

    def first_words(self, length: int = FIRST_WORDS) -> str:
        words = " ".join(self.text.split())
        return words if len(words) <= length else words[:length] + "…"


class History:
    def __init__(self, db: sqlite_utils.Database) -> None:
        self.db = db
        self.table = db.table("checks")
        if not self.table.exists():
            self.table.create(
                {"id": int, "checked_at": str, "text": str, "risk": str, "patterns": str},
                pk="id",
            )

    @classmethod
    def open(cls, folder: Path | None = None) -> History:
        """Open (or create) the history file. The window opens it on its worker thread and then
        uses it only from the UI thread, hence check_same_thread=False."""
        import sqlite_utils  # ~0.1 s to import: kept off the window's start-up path

        connection = sqlite3.connect((folder or data_dir()) / HISTORY_FILE, check_same_thread=False)
        return cls(sqlite_utils.Database(connection))

    def add(self, text: str, risk: str, patterns: list[str], when: datetime | None = None) -> int:
        row = self._row(text, risk, patterns, when)
        return int(self.table.insert(row).last_pk)

    def update(self, entry_id: int, text: str, risk: str, patterns: list[str], when: datetime | None = None) -> None:
        """Replace an entry (the same text, edited and checked again)."""
        self.table.update(entry_id, self._row(text, risk, patterns, when))

    def entries(self, limit: int = 500) -> list[HistoryEntry]:
        rows = self.table.rows_where(order_by="checked_at desc, id desc", limit=limit)
        return [
            HistoryEntry(
                row["id"],
                datetime.fromisoformat(row["checked_at"]),
                row["text"],
                row["risk"],
                tuple(filter(None, row["patterns"].split(" "))),
            )
            for row in rows
        ]

    def delete(self, entry_id: int) -> None:
        self.table.delete_where("id = ?", [entry_id])

    def clear(self) -> None:
        self.table.delete_where()

    def close(self) -> None:
        self.db.close()

    @staticmethod
    def _row(text: str, risk: str, patterns: list[str], when: datetime | None) -> dict[str, object]:
        moment = (when or datetime.now()).replace(microsecond=0)
        return {"checked_at": moment.isoformat(sep=" "), "text": text, "risk": risk, "patterns": " ".join(patterns)}
