"""The compiled library cache: built on first use, rebuilt when a pattern file changes."""

import shutil
from pathlib import Path

from scamlens.engine import load_library
from scamlens.paths import resources_dir
from scamlens.store.library_db import LibraryDatabase


def test_builds_once_and_finds_similar_cases(tmp_path: Path, library) -> None:
    database = LibraryDatabase.open(library, tmp_path)
    built = list(tmp_path.glob("library-*.sqlite"))
    assert len(built) == 1
    assert database.db["patterns"].count == len(library.patterns)
    assert database.db["cases"].count == sum(len(p.cases) for p in library.patterns)
    results = database.similar_cases("主播自称南非珠宝品牌代理，说以后高价回购")
    assert results and results[0].pattern_id == "livestream-buyback"
    assert "2025-07-23" in results[0].snippet("en")
    LibraryDatabase.open(library, tmp_path)  # opening again reuses the file
    assert list(tmp_path.glob("library-*.sqlite")) == built


def test_changed_pattern_file_rebuilds_the_cache(tmp_path: Path) -> None:
    resources = tmp_path / "resources"
    shutil.copytree(resources_dir(), resources)
    cache = tmp_path / "cache"
    cache.mkdir()
    first = load_library(resources)
    LibraryDatabase.open(first, cache)
    pattern_file = resources / "patterns" / "consumer" / "livestream-buyback.toml"
    pattern_file.write_text(
        pattern_file.read_text(encoding="utf-8").replace("直播间“高价回收", "直播间“溢价回收"), encoding="utf-8"
    )
    second = load_library(resources)
    assert second.fingerprint != first.fingerprint
    database = LibraryDatabase.open(second, cache)
    files = list(cache.glob("library-*.sqlite"))
    assert len(files) == 1 and second.fingerprint in files[0].name
    titles = [row["title"] for row in database.db["patterns"].rows_where("id = ?", ["livestream-buyback"])]
    assert "溢价回收" in titles[0]


def test_search_with_only_punctuation_returns_nothing(library, tmp_path: Path) -> None:
    assert LibraryDatabase.open(library, tmp_path).search("，。！？") == []


def test_similar_cases_are_really_similar(library, tmp_path: Path) -> None:
    database = LibraryDatabase.open(library, tmp_path)
    buyback = database.similar_cases(
        "家人们，这款南非钻石吊坠我们是中国区代理，带鉴定证书，三个月后平台高价回收，保值增值"
    )
    assert [result.pattern_id for result in buyback] == ["livestream-buyback"]
    assert database.similar_cases("我买的衣服质量不好，颜色也不对") == []
