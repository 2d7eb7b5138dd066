"""The user's blocklists: personal entries and imported community lists, in SQLite.

Each list lives in its own WITHOUT ROWID table keyed by (kind, key), so a lookup is one
primary-key probe per list, an import builds a fresh table inside one transaction (it
completes or changes nothing) and removing a list is one DROP TABLE. No Qt here.

Shop names and WeChat ids of a list are also indexed for look-alike searches
(`Blocklist.similar`, see near_names.py): `names_<id>` numbers them and `near_<id>` holds
(hash, number) for each one-character deletion of the folded name. Both are written in the
same transaction as the list's entries and dropped with them.
"""

from __future__ import annotations

import csv
import io
import json
import sqlite3
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from operator import itemgetter
from pathlib import Path

import sqlite_utils

from scamlens.engine.contacts.keys import KINDS, contact_key, split_url
from scamlens.paths import data_dir

from .near_names import NEAR_KINDS, fold, look_alike_distance, near_hashes

BLOCKLIST_FILE = "blocklists.sqlite"
PERSONAL = "personal"
MAX_VALUE = 1000  # characters in one value or note
MAX_REPORTED = 20  # malformed rows listed in an error message
MAX_CANDIDATES = 1000  # look-alike candidates verified per list and search
NEAR_BATCH = 100_000  # look-alike index rows written per statement

_KIND_ALIASES = {
    **{kind: kind for kind in KINDS},
    "电话": "phone", "手机": "phone", "號碼": "phone", "号码": "phone", "電話": "phone", "手機": "phone",
    "微信": "wechat", "weixin": "wechat", "vx": "wechat",
    "link": "url", "domain": "url", "链接": "url", "網址": "url", "网址": "url", "鏈接": "url", "域名": "url",
    "店铺": "shop", "店鋪": "shop", "shop name": "shop",
}  # fmt: skip
_COLUMN_ALIASES = {
    "value": "value", "值": "value", "内容": "value", "內容": "value", "号码": "value", "號碼": "value",
    "kind": "kind", "type": "kind", "类型": "kind", "類型": "kind",
    "note": "note", "备注": "note", "備註": "note", "说明": "note", "說明": "note",
}  # fmt: skip

MESSAGES: dict[str, dict[str, str]] = {
    "list_exists": {
        "zh-Hans": "已经有名为“{name}”的名单；要替换它请加 --replace。",
        "zh-Hant": "已經有名為「{name}」的名單；要替換它請加 --replace。",
        "en": 'A list named "{name}" already exists; add --replace to replace it.',
    },
    "no_such_list": {
        "zh-Hans": "没有名为“{name}”的名单。",
        "zh-Hant": "沒有名為「{name}」的名單。",
        "en": 'There is no list named "{name}".',
    },
    "reserved": {
        "zh-Hans": "“{name}”是你的个人名单的名字，导入时请换一个名字。",
        "zh-Hant": "「{name}」是你的個人名單的名字，導入時請換一個名字。",
        "en": '"{name}" is the name of your personal list; import under another name.',
    },
    "cannot_read": {
        "zh-Hans": "无法读取文件 {path}：{error}",
        "zh-Hant": "無法讀取文件 {path}：{error}",
        "en": "Cannot read {path}: {error}",
    },
    "binary": {
        "zh-Hans": "{path} 不是文字 CSV 文件（可能是 Excel 文件或 UTF-16 编码）。请另存为 CSV（UTF-8）。",
        "zh-Hant": "{path} 不是文字 CSV 文件（可能是 Excel 文件或 UTF-16 編碼）。請另存為 CSV（UTF-8）。",
        "en": "{path} is not a text CSV file (an Excel file or UTF-16, perhaps). Save it as CSV (UTF-8).",
    },
    "encoding": {
        "zh-Hans": "{path} 的编码无法识别：只支持 UTF-8（带或不带 BOM）和 GBK。",
        "zh-Hant": "{path} 的編碼無法識別：只支持 UTF-8（帶或不帶 BOM）和 GBK。",
        "en": "Cannot tell the encoding of {path}: only UTF-8 (with or without BOM) and GBK are supported.",
    },
    "columns": {
        "zh-Hans": "第一行必须是列名，至少要有 value 和 kind 两列（找到的是：{found}）。",
        "zh-Hant": "第一行必須是列名，至少要有 value 和 kind 兩列（找到的是：{found}）。",
        "en": "The first line must name the columns, with at least value and kind (found: {found}).",
    },
    "rows": {
        "zh-Hans": "有 {count} 行格式不对，什么都没有导入：\n{rows}",
        "zh-Hant": "有 {count} 行格式不對，什麼都沒有導入：\n{rows}",
        "en": "{count} malformed rows; nothing was imported:\n{rows}",
    },
    "empty": {
        "zh-Hans": "{path} 里没有可导入的条目。",
        "zh-Hant": "{path} 裡沒有可導入的條目。",
        "en": "{path} has no entries to import.",
    },
    "unknown_kind": {
        "zh-Hans": "类型“{kind}”无效：应为 phone、wechat、qq、url 或 shop。",
        "zh-Hant": "類型「{kind}」無效：應為 phone、wechat、qq、url 或 shop。",
        "en": 'Unknown kind "{kind}": use phone, wechat, qq, url or shop.',
    },
    "bad_value": {
        "zh-Hans": "“{value}”不能作为{kind}加入名单。",
        "zh-Hant": "「{value}」不能作為{kind}加入名單。",
        "en": '"{value}" cannot be added as a {kind}.',
    },
}
ROW_PROBLEMS: dict[str, dict[str, str]] = {
    "fields": {"zh-Hans": "第 {line} 行：应有 {expected} 列，实际 {found} 列", "zh-Hant": "第 {line} 行：應有 {expected} 列，實際 {found} 列", "en": "line {line}: expected {expected} fields, found {found}"},
    "kind": {"zh-Hans": "第 {line} 行：类型“{kind}”无效", "zh-Hant": "第 {line} 行：類型「{kind}」無效", "en": 'line {line}: unknown kind "{kind}"'},
    "empty": {"zh-Hans": "第 {line} 行：值为空", "zh-Hant": "第 {line} 行：值為空", "en": "line {line}: empty value"},
    "too_long": {"zh-Hans": "第 {line} 行：内容太长（超过 {limit} 个字符）", "zh-Hant": "第 {line} 行：內容太長（超過 {limit} 個字符）", "en": "line {line}: too long (over {limit} characters)"},
    "csv": {"zh-Hans": "第 {line} 行：CSV 格式错误（{error}），之后的内容未读取", "zh-Hant": "第 {line} 行：CSV 格式錯誤（{error}），之後的內容未讀取", "en": "line {line}: broken CSV ({error}); the rest was not read"},
}  # fmt: skip


class BlocklistError(Exception):
    """A problem to tell the user about, in their language."""

    def __init__(self, code: str, **details: object) -> None:
        super().__init__(code)
        self.code = code
        self.details = details

    def message(self, lang: str = "en") -> str:
        return MESSAGES[self.code][lang].format(**self.details)

    def __str__(self) -> str:
        return self.message("en")


@dataclass(frozen=True)
class RowProblem:
    line: int
    code: str
    details: dict[str, object] = field(default_factory=dict)

    def message(self, lang: str = "en") -> str:
        return ROW_PROBLEMS[self.code][lang].format(line=self.line, **self.details)


class ImportRejected(BlocklistError):
    """The CSV had malformed rows: nothing was imported."""

    def __init__(self, problems: list[RowProblem]) -> None:
        super().__init__("rows", count=len(problems))
        self.problems = problems

    def message(self, lang: str = "en") -> str:
        shown = [f"  {problem.message(lang)}" for problem in self.problems[:MAX_REPORTED]]
        if len(self.problems) > MAX_REPORTED:
            shown.append(f"  … (+{len(self.problems) - MAX_REPORTED})")
        return MESSAGES["rows"][lang].format(count=len(self.problems), rows="\n".join(shown))


@dataclass(frozen=True)
class ListInfo:
    id: int
    name: str
    source: str  # "personal" or the imported file's name
    imported_at: str  # when imported (or created, for the personal list)
    entries: int


@dataclass(frozen=True)
class Entry:
    list_name: str
    kind: str
    value: str
    note: str
    added_at: str
    imported_at: str = ""


@dataclass(frozen=True)
class ImportReport:
    list_name: str
    imported: int  # distinct entries stored
    skipped: list[RowProblem]  # malformed rows left out (only with skip_bad=True)
    duplicates: int


def _now() -> str:
    return datetime.now().replace(microsecond=0).isoformat(sep=" ")


def lookup_keys(kind: str, value: str) -> list[str]:
    """The keys to probe: a link is also looked up by its host and its registrable domain."""
    key = contact_key(kind, value)
    if kind != "url":
        return [key]
    from scamlens.engine.contacts.link import registrable_domain

    host = (split_url(value).hostname or "").rstrip(".")
    host = host[4:] if host.startswith("www.") else host
    keys = [key, host]
    domain = registrable_domain(host) if host else None
    if domain:
        keys.append(domain)
    return list(dict.fromkeys(k for k in keys if k))


def decode_csv(data: bytes, path: str = "") -> str:
    """UTF-8 (with or without BOM) or GBK text; anything else is refused."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")) or b"\x00" in data:
        raise BlocklistError("binary", path=path)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("gbk")
    except UnicodeDecodeError:
        raise BlocklistError("encoding", path=path) from None
    return text


def parse_csv(text: str) -> tuple[list[tuple[str, str, str, str]], list[RowProblem]]:
    """Rows as (kind, key, value, note), and the malformed ones by line number."""
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        header = next(reader)
    except StopIteration:
        return [], []
    except csv.Error as error:
        return [], [RowProblem(reader.line_num, "csv", {"error": str(error)})]
    columns = [_COLUMN_ALIASES.get(name.strip().lower()) for name in header]
    if "value" not in columns or "kind" not in columns:
        raise BlocklistError("columns", found=", ".join(name.strip()[:40] for name in header)[:200] or "-")
    value_at, kind_at = columns.index("value"), columns.index("kind")
    note_at = columns.index("note") if "note" in columns else None
    rows: list[tuple[str, str, str, str]] = []
    problems: list[RowProblem] = []
    while True:
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error as error:
            problems.append(RowProblem(reader.line_num, "csv", {"error": str(error)[:80]}))
            break
        line = reader.line_num
        if not row or not "".join(row).strip():
            continue
        if len(row) != len(header):
            problems.append(RowProblem(line, "fields", {"expected": len(header), "found": len(row)}))
            continue
        if max(map(len, row)) > MAX_VALUE:
            problems.append(RowProblem(line, "too_long", {"limit": MAX_VALUE}))
            continue
        raw_kind = row[kind_at].strip().lower()
        kind = _KIND_ALIASES.get(raw_kind)
        if kind is None:
            problems.append(RowProblem(line, "kind", {"kind": raw_kind[:40]}))
            continue
        value = row[value_at].strip()
        key = contact_key(kind, value) if value else ""
        if not key:
            problems.append(RowProblem(line, "empty"))
            continue
        rows.append((kind, key, value, row[note_at].strip() if note_at is not None else ""))
    return rows, problems


class Blocklist:
    """The blocklist database. `Blocklist(path)`; `Blocklist.open()` uses the user data folder."""

    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)
        connection = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
        connection.execute("PRAGMA foreign_keys = ON")
        self.db = sqlite_utils.Database(connection)
        self.conn = connection
        if not self.db["lists"].exists():
            self.conn.execute(
                "CREATE TABLE IF NOT EXISTS lists (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE,"
                " source TEXT NOT NULL, imported_at TEXT NOT NULL, entries INTEGER NOT NULL DEFAULT 0)"
            )
        self._tables: list[tuple[int, str]] | None = None
        self._index_unindexed_lists()

    def _index_unindexed_lists(self) -> None:
        """Give lists written before look-alike indexes existed (or by an older version) theirs."""
        unindexed = self.conn.execute(
            "SELECT id FROM lists WHERE 'near_' || id NOT IN (SELECT name FROM sqlite_master WHERE type = 'table')"
        ).fetchall()
        if unindexed:
            with self._transaction():
                for (list_id,) in unindexed:
                    self.conn.execute(f"DROP TABLE IF EXISTS names_{list_id}")
                    self._create_index_tables(list_id)
                    self._index_names(list_id)

    @classmethod
    def open(cls, folder: Path | None = None) -> Blocklist:
        return cls((folder or data_dir()) / BLOCKLIST_FILE)

    def close(self) -> None:
        self.conn.close()

    # -- lists ---------------------------------------------------------------------------

    def lists(self) -> list[ListInfo]:
        rows = self.conn.execute("SELECT id, name, source, imported_at, entries FROM lists ORDER BY id").fetchall()
        return [ListInfo(*row) for row in rows]

    def _list_tables(self) -> list[tuple[int, str]]:
        """(id, name) of every list, in import order; the entries are in table entries_<id>."""
        if self._tables is None:
            self._tables = [tuple(row) for row in self.conn.execute("SELECT id, name FROM lists ORDER BY id")]
        return self._tables

    def _list_id(self, name: str) -> int | None:
        row = self.conn.execute("SELECT id FROM lists WHERE name = ?", (name,)).fetchone()
        return row[0] if row else None

    def _create_list(self, name: str, source: str, when: str) -> int:
        cursor = self.conn.execute(
            "INSERT INTO lists (name, source, imported_at) VALUES (?, ?, ?)", (name, source, when)
        )
        list_id = int(cursor.lastrowid)
        self.conn.execute(
            f"CREATE TABLE entries_{list_id} (kind TEXT NOT NULL, key TEXT NOT NULL, value TEXT NOT NULL,"
            " note TEXT NOT NULL DEFAULT '', added_at TEXT NOT NULL, PRIMARY KEY (kind, key)) WITHOUT ROWID"
        )
        self._create_index_tables(list_id)
        return list_id

    def _create_index_tables(self, list_id: int) -> None:
        self.conn.execute(
            f"CREATE TABLE names_{list_id} (n INTEGER PRIMARY KEY, kind TEXT NOT NULL, key TEXT NOT NULL)"
        )
        self.conn.execute(
            f"CREATE TABLE near_{list_id} (h INTEGER NOT NULL, n INTEGER NOT NULL, PRIMARY KEY (h, n)) WITHOUT ROWID"
        )

    def _index_names(self, list_id: int) -> None:
        """Fill the look-alike index of a freshly written list (inside the caller's transaction).

        The (hash, number) pairs, packed in one integer, go to a scratch table in batches of
        JSON arrays (one statement per batch rather than a Python-level bind per row) and reach
        near_<id> sorted by SQLite, so its B-tree is only appended to and its pages stay full.
        """
        kinds = ", ".join(f"'{kind}'" for kind in NEAR_KINDS)
        self.conn.execute(
            f"INSERT INTO names_{list_id} (kind, key) SELECT kind, key FROM entries_{list_id} WHERE kind IN ({kinds})"
        )
        self.conn.execute("CREATE TEMP TABLE near_load (x INTEGER NOT NULL)")
        names = self.conn.execute(f"SELECT n, kind, key FROM names_{list_id}")
        batch: list[int] = []
        for packed in _near_packed(names):
            batch += packed
            if len(batch) >= NEAR_BATCH:
                self.conn.execute("INSERT INTO temp.near_load SELECT value FROM json_each(?)", (json.dumps(batch),))
                batch.clear()
        self.conn.execute("INSERT INTO temp.near_load SELECT value FROM json_each(?)", (json.dumps(batch),))
        self.conn.execute(
            f"INSERT INTO near_{list_id} (h, n) SELECT x >> 32, x & 0xFFFFFFFF FROM temp.near_load ORDER BY x"
        )
        self.conn.execute("DROP TABLE temp.near_load")

    def _drop_list(self, list_id: int) -> None:
        for table in ("entries", "names", "near"):
            self.conn.execute(f"DROP TABLE IF EXISTS {table}_{list_id}")
        self.conn.execute("DELETE FROM lists WHERE id = ?", (list_id,))

    def remove_list(self, name: str) -> int:
        """Remove a whole list; returns how many entries it had."""
        list_id = self._list_id(name)
        if list_id is None:
            raise BlocklistError("no_such_list", name=name)
        count = self.conn.execute("SELECT entries FROM lists WHERE id = ?", (list_id,)).fetchone()[0]
        with self._transaction():
            self._drop_list(list_id)
        return int(count)

    # -- personal entries --------------------------------------------------------------

    def add(self, value: str, kind: str, note: str = "") -> bool:
        """Add to the personal list; returns False when it was already there (its note is updated)."""
        given, kind = kind, _KIND_ALIASES.get(kind.strip().lower(), "")
        if not kind:
            raise BlocklistError("unknown_kind", kind=given)
        key = contact_key(kind, value)
        if not key or len(value) > MAX_VALUE or len(note) > MAX_VALUE:
            raise BlocklistError("bad_value", value=value[:60], kind=kind)
        with self._transaction():
            list_id = self._list_id(PERSONAL) or self._create_list(PERSONAL, PERSONAL, _now())
            table = f"entries_{list_id}"
            existed = self.conn.execute(f"SELECT 1 FROM {table} WHERE kind = ? AND key = ?", (kind, key)).fetchone()
            if existed:
                self.conn.execute(f"UPDATE {table} SET note = ? WHERE kind = ? AND key = ?", (note, kind, key))
            else:
                self.conn.execute(
                    f"INSERT INTO {table} (kind, key, value, note, added_at) VALUES (?, ?, ?, ?, ?)",
                    (kind, key, value.strip(), note, _now()),
                )
                self.conn.execute("UPDATE lists SET entries = entries + 1 WHERE id = ?", (list_id,))
                hashes = near_hashes(kind, key)
                if hashes:
                    cursor = self.conn.execute(f"INSERT INTO names_{list_id} (kind, key) VALUES (?, ?)", (kind, key))
                    self.conn.executemany(
                        f"INSERT OR IGNORE INTO near_{list_id} (h, n) VALUES (?, ?)",
                        [(hash_, cursor.lastrowid) for hash_ in hashes],
                    )
        return not existed

    def remove(self, value: str, kind: str) -> bool:
        """Remove from the personal list; returns False when it was not there."""
        kind = _KIND_ALIASES.get(kind.strip().lower(), kind)
        list_id = self._list_id(PERSONAL)
        if list_id is None or kind not in KINDS:
            return False
        key = contact_key(kind, value)
        with self._transaction():
            cursor = self.conn.execute(f"DELETE FROM entries_{list_id} WHERE kind = ? AND key = ?", (kind, key))
            if cursor.rowcount:
                self.conn.execute("UPDATE lists SET entries = entries - ? WHERE id = ?", (cursor.rowcount, list_id))
                hashes = near_hashes(kind, key)
                numbers = self.conn.execute(
                    f"SELECT n FROM names_{list_id} WHERE kind = ? AND key = ?", (kind, key)
                ).fetchall()
                for (number,) in numbers:
                    self.conn.executemany(
                        f"DELETE FROM near_{list_id} WHERE h = ? AND n = ?", [(hash_, number) for hash_ in hashes]
                    )
                    self.conn.execute(f"DELETE FROM names_{list_id} WHERE n = ?", (number,))
        return cursor.rowcount > 0

    def entries(self, list_name: str = PERSONAL, limit: int | None = None) -> list[Entry]:
        list_id = self._list_id(list_name)
        if list_id is None:
            if list_name == PERSONAL:
                return []
            raise BlocklistError("no_such_list", name=list_name)
        return list(self._iter_entries(list_id, list_name, limit))

    def _iter_entries(self, list_id: int, name: str, limit: int | None = None) -> Iterator[Entry]:
        imported_at = self.conn.execute("SELECT imported_at FROM lists WHERE id = ?", (list_id,)).fetchone()[0]
        sql = f"SELECT kind, value, note, added_at FROM entries_{list_id} ORDER BY added_at, kind, key"
        if limit is not None:
            sql += f" LIMIT {int(limit)}"
        for kind, value, note, added_at in self.conn.execute(sql):
            yield Entry(name, kind, value, note, added_at, imported_at)

    # -- lookups -----------------------------------------------------------------------

    def lookup(self, kind: str, value: str) -> list[Entry]:
        """Every list entry matching this contact (a link also by its host and domain)."""
        keys = lookup_keys(kind, value)
        marks = ", ".join("?" * len(keys))
        hits: list[Entry] = []
        for list_id, name in self._list_tables():
            for entry_kind, entry_value, note, added_at in self.conn.execute(
                f"SELECT kind, value, note, added_at FROM entries_{list_id} WHERE kind = ? AND key IN ({marks})",
                (kind, *keys),
            ):
                hits.append(Entry(name, entry_kind, entry_value, note, added_at))
        return hits

    def similar(self, kind: str, value: str, limit: int = 5) -> list[Entry]:
        """Look-alike entries of a shop name or WeChat id, closest first (see near_names.py).

        One character changed, added or dropped, or two neighbours swapped, anywhere in the name
        (in names over six characters also one dropped and another added elsewhere); visual
        confusables (0/o, 1/l/i, 5/s, rn/m) count as equal, and generic shop words (旗舰店 …)
        do not make names alike. Exact matches are left to `lookup`; other kinds have none.
        """
        if kind not in NEAR_KINDS:
            return []
        key = contact_key(kind, value)
        hashes = near_hashes(kind, key)
        if not hashes:
            return []
        folded = fold(key)
        marks = ", ".join("?" * len(hashes))
        found: list[tuple[int, Entry]] = []
        for list_id, name in self._list_tables():
            rows = self.conn.execute(
                f"SELECT e.key, e.value, e.note, e.added_at FROM names_{list_id} AS m"
                f" JOIN entries_{list_id} AS e ON e.kind = m.kind AND e.key = m.key"
                f" WHERE m.n IN (SELECT n FROM near_{list_id} WHERE h IN ({marks}) LIMIT {MAX_CANDIDATES})"
                " AND m.kind = ?",
                (*hashes, kind),
            )
            for other_key, other_value, note, added_at in rows:
                if other_key == key:
                    continue
                distance = look_alike_distance(kind, folded, fold(other_key))
                if distance is not None:
                    found.append((distance, Entry(name, kind, other_value, note, added_at)))
        found.sort(key=lambda pair: pair[0])
        return [entry for _, entry in found[:limit]]

    # -- import / export -----------------------------------------------------------------

    def import_csv(self, path: Path | str, name: str, *, replace: bool = False, skip_bad: bool = False) -> ImportReport:
        """Import a community list. It completes or changes nothing."""
        path = Path(path)
        if name == PERSONAL:
            raise BlocklistError("reserved", name=name)
        if not replace and self._list_id(name) is not None:
            raise BlocklistError("list_exists", name=name)
        try:
            data = path.read_bytes()
        except OSError as error:
            raise BlocklistError("cannot_read", path=str(path), error=error.strerror or str(error)) from None
        rows, problems = parse_csv(decode_csv(data, str(path)))
        if problems and not skip_bad:
            raise ImportRejected(problems)
        if not rows:
            raise BlocklistError("empty", path=str(path))
        stored = self.write_list(name, path.name, rows, replace=replace)
        return ImportReport(name, stored, problems, len(rows) - stored)

    def write_list(
        self, name: str, source: str, rows: Iterable[tuple[str, str, str, str]], *, replace: bool = False
    ) -> int:
        """Store (kind, key, value, note) rows as list `name`, in one transaction."""
        when = _now()
        ordered = sorted(rows, key=itemgetter(0, 1))  # stable: the first of duplicate rows is kept
        with self._transaction():
            old = self._list_id(name)
            if old is not None:
                if not replace:
                    raise BlocklistError("list_exists", name=name)
                self._drop_list(old)
            list_id = self._create_list(name, source, when)
            self.conn.executemany(
                f"INSERT OR IGNORE INTO entries_{list_id} (kind, key, value, note, added_at) VALUES (?, ?, ?, ?, ?)",
                _with_date(ordered, when),
            )
            count = self.conn.execute(f"SELECT count(*) FROM entries_{list_id}").fetchone()[0]
            self.conn.execute("UPDATE lists SET entries = ? WHERE id = ?", (count, list_id))
            self._index_names(list_id)
        return int(count)

    def export_csv(self, path: Path | str, list_name: str | None = None) -> int:
        """Write one list (or all) as UTF-8 CSV with BOM, provenance included; returns the row count."""
        chosen = [info for info in self.lists() if list_name is None or info.name == list_name]
        if list_name is not None and not chosen:
            raise BlocklistError("no_such_list", name=list_name)
        count = 0
        with Path(path).open("w", encoding="utf-8-sig", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow(["value", "kind", "note", "added_at", "list", "imported_at"])
            for info in chosen:
                for entry in self._iter_entries(info.id, info.name):
                    writer.writerow([entry.value, entry.kind, entry.note, entry.added_at, info.name, info.imported_at])
                    count += 1
        return count

    # -- plumbing ----------------------------------------------------------------------

    def _transaction(self) -> _Transaction:
        return _Transaction(self)


def _with_date(rows: Iterable[tuple[str, str, str, str]], when: str) -> Iterator[tuple[str, str, str, str, str]]:
    for kind, key, value, note in rows:
        yield kind, key, value, note, when


def _near_packed(names: Iterable[tuple[int, str, str]]) -> Iterator[list[int]]:
    """For each (number, kind, key) name, its look-alike index rows as hash << 32 | number."""
    for number, kind, key in names:
        yield [hash_ << 32 | number for hash_ in near_hashes(kind, key)]


class _Transaction:
    """BEGIN IMMEDIATE … COMMIT, or ROLLBACK on any exception (nothing half-written)."""

    def __init__(self, blocklist: Blocklist) -> None:
        self.blocklist = blocklist

    def __enter__(self) -> None:
        self.blocklist.conn.execute("BEGIN IMMEDIATE")

    def __exit__(self, kind: object, error: object, traceback: object) -> None:
        conn = self.blocklist.conn
        self.blocklist._tables = None
        if kind is None:
            conn.execute("COMMIT")
        else:
            conn.execute("ROLLBACK")
