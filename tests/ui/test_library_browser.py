"""The pattern library browser."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from scamlens.ui.backend import Backend


def _titles(window) -> list[str]:
    return [item.text(0) for item in window.library_browser.pattern_items()]


def test_every_pattern_is_listed_by_audience_and_category(qtbot: QtBot, make_window, backend: Backend) -> None:
    window = make_window()
    window.show_tab("library")
    browser = window.library_browser
    assert len(browser.pattern_items()) == len(backend.library.patterns)
    top_level = [browser.tree.topLevelItem(i).text(0) for i in range(browser.tree.topLevelItemCount())]
    assert top_level == ["针对买家", "针对商家"]
    details = browser.details.toPlainText()
    for heading in ("为什么这是骗局", "警示信号", "现在怎么做", "依据的真实案例", "这种骗局的例子"):
        assert heading in details


def test_search_finds_the_pattern_and_shows_it(qtbot: QtBot, make_window, backend: Backend) -> None:
    window = make_window()
    window.show_tab("library")
    browser = window.library_browser
    browser.search_box.setText("刷单 返佣 兼职")
    browser.run_search()
    title = backend.library.pattern("brushing-job").title["zh-Hans"]
    qtbot.waitUntil(lambda: _titles(window)[:1] == [title], timeout=5_000)
    assert len(_titles(window)) < len(backend.library.patterns)
    assert "找到" in browser.status.text()
    assert title in browser.details.toPlainText()

    browser.search_box.setText("")
    browser.run_search()
    assert len(_titles(window)) == len(backend.library.patterns)


def test_search_with_no_hit_says_so(qtbot: QtBot, make_window) -> None:
    window = make_window()
    browser = window.library_browser
    browser.search_box.setText("zzqqxx")
    browser.run_search()
    qtbot.waitUntil(lambda: browser.status.text() == "资料库里没有与此相符的内容。", timeout=5_000)
    assert _titles(window) == []


def test_audience_filter_shows_only_merchant_patterns(qtbot: QtBot, make_window, backend: Backend) -> None:
    window = make_window()
    browser = window.library_browser
    browser.set_audience("merchant")
    merchant = [p for p in backend.library.patterns if p.audience == "merchant"]
    assert sorted(_titles(window)) == sorted(p.title["zh-Hans"] for p in merchant)


def test_library_follows_the_language(qtbot: QtBot, make_window, backend: Backend) -> None:
    window = make_window()
    window.open_settings().language_box.setCurrentIndex(2)  # English
    titles = _titles(window)
    assert backend.library.pattern("livestream-buyback").title["en"] in titles
