"""Blocklists: personal entries, CSV import/export with provenance, all-or-nothing imports."""

from __future__ import annotations

import random
import signal
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from scamlens.cli import main
from scamlens.engine.contacts import assess_contact
from scamlens.engine.contacts.keys import contact_key
from scamlens.store import blocklist as blocklist_module
from scamlens.store.blocklist import Blocklist, BlocklistError, ImportRejected
from scamlens.store.near_names import fold, look_alike_distance


@pytest.fixture
def blocklist(tmp_path):
    store = Blocklist(tmp_path / "blocklists.sqlite")
    yield store
    store.close()


@pytest.fixture
def community(blocklist, tmp_path):
    """An existing imported list that bad imports must leave intact."""
    path = tmp_path / "community.csv"
    path.write_text("value,kind,note\n13900001111,phone,冒充客服\nevil-pay.cn,url,钓鱼\n", encoding="utf-8")
    blocklist.import_csv(path, "社区中心")
    return blocklist


def snapshot(store: Blocklist) -> list:
    return [(info.name, info.entries, store.entries(info.name)) for info in store.lists()]


def test_personal_entries(blocklist):
    assert blocklist.add("+86 138-1234-5678", "phone", "说是快递理赔")
    assert not blocklist.add("13812345678", "phone", "重复")  # same number, note updated
    [entry] = blocklist.entries()
    assert entry.kind == "phone" and entry.note == "重复" and entry.added_at
    assert blocklist.lookup("phone", "0086 13812345678")
    assert blocklist.remove("13812345678", "phone")
    assert not blocklist.remove("13812345678", "phone")
    assert blocklist.entries() == []


def test_links_match_by_host_and_domain(blocklist):
    blocklist.add("evil-pay.cn", "url")
    assert blocklist.lookup("url", "https://www.evil-pay.cn/refund?id=1")
    assert blocklist.lookup("url", "http://m.evil-pay.cn")
    assert not blocklist.lookup("url", "https://taobao.com")


def test_look_alike_shop_names(blocklist):
    blocklist.add("华为官方旗舰店", "shop")
    similar = blocklist.similar("shop", "華為官方旗航店")  # traditional script, one character changed
    assert similar and similar[0].value == "华为官方旗舰店"
    assessment = assess_contact("華為官方旗航店", kind="shop", blocklist=blocklist)
    assert "blocklist.similar" in {f.code for f in assessment.findings}
    exact = assess_contact("华为 官方旗舰店", kind="shop", blocklist=blocklist)
    assert exact.severity == "high"


@pytest.mark.parametrize(
    ("kind", "listed", "look_alike"),
    [
        ("shop", "靓颜旗舰店", "亮颜旗舰店"),  # the first character
        ("wechat", "kefu_8899", "hefu_8899"),
        ("wechat", "official_kefu", "0fficial_kefu"),  # the first character, a confusable digit
        ("shop", "良品铺子官方旗舰店", "良品铺了官方旗舰店"),  # the middle
        ("wechat", "taobao_service", "taobao_servlce"),
        ("shop", "华为官方旗舰店", "華為官方旗航店"),  # in the generic words, in Traditional script
        ("shop", "三只松鼠旗舰店", "三松只鼠旗舰店"),  # a swapped pair
        ("wechat", "xiaomi_store", "xaiomi_store"),
        ("wechat", "xiaomi_store", "x1aomi_store"),  # confusable digits: 1/l/i, 0/o, 5/s
        ("shop", "xiaomi store", "x1aomi_store"),
        ("wechat", "kefu_sun", "kefu_5un"),
        ("wechat", "microsoft_cs", "rnicrosoft_cs"),  # rn/m
        ("wechat", "jd_kefu8899", "jd_kefu88999"),  # a character added or dropped
        ("shop", "苹果手机官方旗舰店", "苹果手官方旗舰店"),
    ],
)
def test_look_alikes_anywhere_in_the_name(blocklist, kind, listed, look_alike):
    blocklist.add(listed, kind, "假冒")
    [hit] = blocklist.similar(kind, look_alike)
    assert (hit.value, hit.kind, hit.note, hit.list_name) == (listed, kind, "假冒", "personal")
    codes = {f.code for f in assess_contact(look_alike, kind=kind, blocklist=blocklist).findings}
    assert "blocklist.similar" in codes and "blocklist.hit" not in codes


def test_names_sharing_only_generic_words_are_not_look_alikes(blocklist):
    listed = ["华为旗舰店", "海尔官方旗舰店", "李宁专营店", "三只松鼠旗舰店", "小米官方店", "A旗舰店", "苏宁易购"]
    for name in listed:
        blocklist.add(name, "shop")
    blocklist.add("kefu8899", "wechat")
    for name in ["小米旗舰店", "美的官方旗舰店", "安踏专营店", "良品铺子旗舰店", "华为官方店", "B旗舰店", "旗舰店"]:
        assert blocklist.similar("shop", name) == [], name
        assert "blocklist.similar" not in {
            f.code for f in assess_contact(name, kind="shop", blocklist=blocklist).findings
        }
    for wechat in ["zhangsan_01", "kefu", "kf8899"]:
        assert blocklist.similar("wechat", wechat) == [], wechat
    assert blocklist.similar("shop", "kefu8899") == []  # another kind
    assert blocklist.similar("phone", "13812345678") == []  # numbers one digit apart are not look-alikes


def test_look_alikes_among_many_names(blocklist, tmp_path):
    """5,000 names sharing their first character and their suffix: the index finds exactly the
    look-alikes that comparing the query with every name finds, and a first character changed."""
    common = "的一是不了人我在有他这为之大来以个中上们到说国和地也子时道出而要于就下得可你年生自会那后能对着事其里所去行过家十用发天如然作方成者多日都三小军二无同"
    rng = random.Random(7)
    names = rng.sample(sorted({f"华{a}{b}旗舰店" for a in common for b in common}), 5000)
    path = tmp_path / "shops.csv"
    path.write_text("value,kind\n" + "".join(f"{name},shop\n" for name in names), encoding="utf-8")
    keys = {contact_key("shop", name): name for name in names}
    assert blocklist.import_csv(path, "shops").imported == len(keys)
    queries = ["华牛牛旗舰店", "小米旗舰店", "华为旗舰店"]
    for name in rng.sample(names, 5):
        assert [hit.value for hit in blocklist.similar("shop", "牛" + name[1:])] == [name]
        queries += [name[:2] + "牛" + name[3:], name[0] + name[2] + name[1] + name[3:], name[:2] + name[3:], name + "1"]
    for query in queries:
        folded = fold(contact_key("shop", query))
        expected = {
            name
            for key, name in keys.items()
            if key != contact_key("shop", query) and look_alike_distance("shop", folded, fold(key)) is not None
        }
        assert {hit.value for hit in blocklist.similar("shop", query, limit=10_000)} == expected, query


def test_the_look_alike_index_follows_the_lists(community, tmp_path):
    def tables() -> list[str]:
        rows = community.conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name != 'lists'")
        return sorted(name for (name,) in rows)

    def tables_of(*list_ids: int) -> list[str]:
        return sorted(f"{table}_{list_id}" for table in ("entries", "names", "near") for list_id in list_ids)

    community.add("靓颜旗舰店", "shop")
    assert community.similar("shop", "亮颜旗舰店")
    assert community.remove("靓颜旗舰店", "shop")
    assert community.similar("shop", "亮颜旗舰店") == []
    personal = community._list_id("personal")
    for table in ("names", "near"):
        assert community.conn.execute(f"SELECT count(*) FROM {table}_{personal}").fetchone()[0] == 0
    path = tmp_path / "shops.csv"
    path.write_text("value,kind\n靓颜旗舰店,shop\n", encoding="utf-8")
    community.import_csv(path, "社区中心", replace=True)  # the old list's tables go, the new list's come
    assert [hit.list_name for hit in community.similar("shop", "亮颜旗舰店")] == ["社区中心"]
    assert tables() == tables_of(personal, community._list_id("社区中心"))
    community.remove_list("社区中心")
    assert community.similar("shop", "亮颜旗舰店") == []
    assert tables() == tables_of(personal)


def test_lists_from_before_the_look_alike_index_are_indexed_when_opened(tmp_path):
    path = tmp_path / "old.sqlite"
    old = sqlite3.connect(path)
    old.executescript(
        """
        CREATE TABLE lists (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, source TEXT NOT NULL,
            imported_at TEXT NOT NULL, entries INTEGER NOT NULL DEFAULT 0);
        CREATE TABLE entries_1 (kind TEXT NOT NULL, key TEXT NOT NULL, value TEXT NOT NULL,
            note TEXT NOT NULL DEFAULT '', added_at TEXT NOT NULL, PRIMARY KEY (kind, key)) WITHOUT ROWID;
        INSERT INTO lists VALUES (1, 'old', 'old.csv', '2024-01-01 00:00:00', 2);
        INSERT INTO entries_1 VALUES ('shop', '靓颜旗舰店', '靓颜旗舰店', '', '2024-01-01 00:00:00'),
            ('phone', '13900001111', '139 0000 1111', '', '2024-01-01 00:00:00');
        """
    )
    old.close()
    store = Blocklist(path)
    assert [hit.value for hit in store.similar("shop", "亮颜旗舰店")] == ["靓颜旗舰店"]
    assert store.lookup("phone", "13900001111")
    store.close()


def test_import_keeps_provenance_and_exports(community, tmp_path):
    [info] = community.lists()
    assert (info.name, info.source, info.entries) == ("社区中心", "community.csv", 2)
    assert info.imported_at
    hit = community.lookup("phone", "+8613900001111")
    assert hit[0].list_name == "社区中心" and hit[0].note == "冒充客服"
    out = tmp_path / "out.csv"
    assert community.export_csv(out) == 2
    text = out.read_bytes()
    assert text.startswith(b"\xef\xbb\xbf")
    assert "社区中心" in text.decode("utf-8-sig")
    # The export imports again under another name.
    assert community.import_csv(out, "copy").imported == 2


@pytest.mark.parametrize(("encoding", "bom"), [("utf-8", b""), ("utf-8", b"\xef\xbb\xbf"), ("gbk", b"")])
def test_encodings(blocklist, tmp_path, encoding, bom):
    path = tmp_path / "list.csv"
    path.write_bytes(bom + "值,类型,备注\n华为官方旗舰店,店铺,假店\nkefu8899,微信,冒充客服\n".encode(encoding))
    report = blocklist.import_csv(path, "list")
    assert report.imported == 2
    assert blocklist.lookup("shop", "华为官方旗舰店")[0].note == "假店"


def test_malformed_rows_are_reported_by_line_and_nothing_changes(community, tmp_path):
    before = snapshot(community)
    path = tmp_path / "bad.csv"
    path.write_text("value,kind,note\n13900002222,phone,ok\n,phone,\nx,fax,\n1,2\n", encoding="utf-8")
    with pytest.raises(ImportRejected) as rejected:
        community.import_csv(path, "new")
    assert [problem.line for problem in rejected.value.problems] == [3, 4, 5]
    assert "第 3 行" in rejected.value.message("zh-Hans") and "line 5" in rejected.value.message("en")
    assert snapshot(community) == before
    report = community.import_csv(path, "new", skip_bad=True)
    assert report.imported == 1 and len(report.skipped) == 3


def test_wrong_columns(community, tmp_path):
    before = snapshot(community)
    path = tmp_path / "cols.csv"
    path.write_text("name,phone\n张三,13900002222\n", encoding="utf-8")
    with pytest.raises(BlocklistError) as error:
        community.import_csv(path, "new")
    assert error.value.code == "columns"
    assert snapshot(community) == before


@pytest.mark.parametrize(
    "data",
    [
        "value,kind\n13900002222,phone\n".encode("utf-16"),  # UTF-16: refused, not misread
        b"PK\x03\x04\x00\x00binary xlsx",
        b"value,kind\n\xff\xfe\xfd\xfc,phone\n",  # neither UTF-8 nor GBK
    ],
)
def test_wrong_encoding(community, tmp_path, data):
    before = snapshot(community)
    path = tmp_path / "enc.csv"
    path.write_bytes(data)
    with pytest.raises(BlocklistError) as error:
        community.import_csv(path, "new")
    assert error.value.code in ("binary", "encoding")
    assert snapshot(community) == before


def test_a_one_megabyte_line(community, tmp_path):
    before = snapshot(community)
    path = tmp_path / "huge.csv"
    path.write_text("value,kind,note\n13900002222,phone,ok\n" + "1" * 1_000_000 + ",phone,\n", encoding="utf-8")
    with pytest.raises(ImportRejected) as rejected:
        community.import_csv(path, "new")
    assert rejected.value.problems[0].line == 3
    assert snapshot(community) == before


def test_a_crash_halfway_leaves_everything_intact(community, tmp_path, monkeypatch):
    before = snapshot(community)
    path = tmp_path / "many.csv"
    path.write_text("value,kind\n" + "".join(f"139{i:08d},phone\n" for i in range(5000)), encoding="utf-8")

    def crashing(rows, when):
        for number, row in enumerate(rows):
            if number == 2500:
                raise OSError("disk unplugged")
            yield (*row, when)

    monkeypatch.setattr(blocklist_module, "_with_date", crashing)
    with pytest.raises(OSError):
        community.import_csv(path, "new")
    # Replacing an existing list that crashes halfway keeps the old list too.
    with pytest.raises(OSError):
        community.import_csv(path, "社区中心", replace=True)
    assert snapshot(community) == before
    reopened = Blocklist(community.path)
    assert snapshot(reopened) == before
    assert reopened.conn.execute("SELECT count(*) FROM sqlite_master WHERE name LIKE 'entries_%'").fetchone()[0] == 1
    reopened.close()


_KILLED_IMPORT = """
import os, signal, sys
sys.path.insert(0, sys.argv[1])
from scamlens.store import blocklist as module

db, csv, name, replace, stage, after = sys.argv[2:]
writing = getattr(module, stage)  # _with_date: the entry rows; _near_packed: the look-alike index rows, by name


def killed_halfway(*args):
    for number, row in enumerate(writing(*args)):
        if number == int(after):
            os.kill(os.getpid(), signal.SIGKILL)  # no exception, no rollback, no cleanup: the process is gone
        yield row


setattr(module, stage, killed_halfway)
module.Blocklist(db).import_csv(csv, name, replace=replace == "replace")
"""


@pytest.fixture(scope="module")
def big_csv(tmp_path_factory) -> Path:
    """60,000 rows, a third of them shop names and WeChat ids: megabytes, more than SQLite's page cache."""
    path = tmp_path_factory.mktemp("big") / "big.csv"
    rows = []
    for i in range(60_000):
        value, kind = [(f"139{i:08d}", "phone"), (f"kefu_{i}", "wechat"), (f"良品{i}旗舰店", "shop")][i % 3]
        rows.append(f"{value},{kind},第{i}条\n")
    path.write_text("value,kind,note\n" + "".join(rows), encoding="utf-8")
    return path


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
@pytest.mark.parametrize("stage", ["_with_date", "_near_packed"])
@pytest.mark.parametrize(("name", "replace"), [("new", "add"), ("社区中心", "replace")])
def test_a_killed_import_leaves_everything_intact(community, big_csv, stage, name, replace):
    """The importing process is SIGKILLed halfway through writing its entries, or its look-alike
    index: the next reader rolls the half-written transaction back from the journal."""
    community.add("靓颜旗舰店", "shop", "个人")
    before = snapshot(community)
    path = community.path
    size_before = path.stat().st_size
    script = textwrap.dedent(_KILLED_IMPORT)
    desktop = str(Path(blocklist_module.__file__).resolve().parents[2])
    child = subprocess.run(
        [sys.executable, "-c", script, desktop, str(path), str(big_csv), name, replace, stage, "30000"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert child.returncode == -signal.SIGKILL, child.stderr[-2000:]
    # Killed inside the transaction: the rollback journal is still there, and pages of the
    # half-written list already reached the database file (the page cache spilled).
    journal = Path(f"{path}-journal")
    assert journal.exists()
    assert path.stat().st_size > size_before

    reopened = Blocklist(path)
    assert reopened.conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    assert snapshot(reopened) == before
    assert [info.name for info in reopened.lists()] == ["社区中心", "personal"]
    assert reopened.lookup("phone", "13900001111")[0].note == "冒充客服"
    assert not reopened.lookup("phone", "13900000003")  # written by the killed import (phones come first)
    assert [hit.value for hit in reopened.similar("shop", "亮颜旗舰店")] == ["靓颜旗舰店"]
    tables = reopened.conn.execute("SELECT count(*) FROM sqlite_master WHERE type = 'table'").fetchone()[0]
    assert tables == 1 + 2 * 3  # lists, then entries_, names_ and near_ of the two lists
    assert snapshot(community) == before  # and so does the connection that was open during the kill
    # The store is usable afterwards: the same import now completes.
    assert reopened.import_csv(big_csv, name, replace=replace == "replace").imported == 60_000
    reopened.close()


def test_duplicate_name_and_removal(community, tmp_path):
    path = tmp_path / "again.csv"
    path.write_text("value,kind\n13900003333,phone\n", encoding="utf-8")
    with pytest.raises(BlocklistError) as error:
        community.import_csv(path, "社区中心")
    assert error.value.code == "list_exists"
    assert community.import_csv(path, "社区中心", replace=True).imported == 1
    assert not community.lookup("phone", "13900001111")
    assert community.remove_list("社区中心") == 1
    assert community.lists() == []
    with pytest.raises(BlocklistError):
        community.remove_list("社区中心")


def test_cli_blocklist_round_trip(tmp_path, capsys):
    assert main(["blocklist", "add", "kefu8899", "--kind", "wechat", "--note", "假客服", "--lang", "en"]) == 0
    assert "Added" in capsys.readouterr().out
    assert main(["contact", "kefu8899", "--kind", "wechat", "--lang", "en"]) == 0
    assert "blocklist" in capsys.readouterr().out
    bad = tmp_path / "bad.csv"
    bad.write_text("value,kind\n,phone\n", encoding="utf-8")
    with pytest.raises(SystemExit) as stop:
        main(["blocklist", "import", str(bad), "--name", "x", "--lang", "zh-Hans"])
    assert stop.value.code == 3
    assert "第 2 行" in capsys.readouterr().err
    with pytest.raises(SystemExit) as stop:
        main(["blocklist", "remove-list", "nope", "--lang", "en"])
    assert stop.value.code == 2
    assert capsys.readouterr().err.count("\n") == 1
    assert main(["blocklist", "remove", "kefu8899", "--kind", "wechat", "--lang", "en"]) == 0
