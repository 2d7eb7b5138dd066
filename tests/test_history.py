"""The local check history (store/history.py)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from scamlens.store.history import History


def test_add_list_update_delete_clear(tmp_path: Path) -> None:
    history = History.open(tmp_path)
    first = history.add("家人们，三个月后平台高价回收", "high", ["livestream-buyback"], datetime(2026, 1, 2, 9, 30))
    second = history.add("明天开会", "none", [], datetime(2026, 1, 3, 10, 0))
    entries = history.entries()
    assert [entry.id for entry in entries] == [second, first]  # newest first
    assert entries[1].patterns == ("livestream-buyback",) and entries[0].patterns == ()
    assert entries[1].checked_at == datetime(2026, 1, 2, 9, 30)

    history.update(first, "家人们，保值增值", "medium", ["livestream-buyback"], datetime(2026, 1, 4, 8, 0))
    assert history.entries()[0].id == first and history.entries()[0].risk == "medium"

    history.delete(first)
    assert [entry.id for entry in history.entries()] == [second]
    history.clear()
    assert history.entries() == []
    history.close()


def test_history_survives_reopening(tmp_path: Path) -> None:
    History.open(tmp_path).add("一条信息", "none", [])
    assert History.open(tmp_path).entries()[0].text == "一条信息"


def test_first_words_are_short_and_on_one_line(tmp_path: Path) -> None:
    history = History.open(tmp_path)
    history.add("第一行\n第二行   " + "很长" * 40, "none", [])
    words = history.entries()[0].first_words()
    assert "\n" not in words and words.startswith("第一行 第二行 很长") and words.endswith("…")
    assert len(words) == 41
