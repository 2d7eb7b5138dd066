"""Checking a message in the window: what a user sees."""

from __future__ import annotations

import dataclasses
import importlib.util
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, Qt, QUrl
from PySide6.QtGui import QGuiApplication, QTextDocument
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot
from ui_helpers import LIVESTREAM, ORDINARY, check, details_text, risk_word, type_text

from scamlens.engine import LibraryError
from scamlens.ui.backend import Backend
from scamlens.ui.report import ICON_URL


def test_window_shows_at_once_and_check_waits_for_the_library(qtbot: QtBot, make_window, backend: Backend) -> None:
    gate = threading.Event()

    def slow_prepare() -> Backend:
        gate.wait(10)
        return backend

    window = make_window(wait_ready=False, prepare=slow_prepare)
    page = window.check_page
    assert window.isVisible()
    assert not page.check_button.isEnabled()
    qtbot.waitUntil(lambda: window.result_view.progress.isVisible())
    assert "正在准备" in details_text(window)

    # Ctrl+Enter before the library is ready: the check runs as soon as it is.
    window.input_box.setPlainText(LIVESTREAM)
    window.request_check(explicit=True)
    assert not window.result_view.showing_result
    with qtbot.waitSignal(window.check_finished, timeout=10_000):
        gate.set()
    assert page.check_button.isEnabled()
    assert risk_word(window) == "高风险"


def test_a_broken_library_is_explained_and_check_stays_off(qtbot: QtBot, make_window) -> None:
    def broken() -> Backend:
        raise LibraryError(["livestream-buyback.toml: 'title' must be a table"])

    window = make_window(wait_ready=False, prepare=broken)
    qtbot.waitUntil(lambda: window.result_view.error, timeout=5_000)
    assert "骗局资料库无法加载" in details_text(window)
    assert "livestream-buyback.toml" in details_text(window)
    assert not window.check_page.check_button.isEnabled()


def test_livestream_buyback_warning_has_risk_highlights_and_sections(qtbot: QtBot, make_window) -> None:
    window = make_window()
    check(qtbot, window, LIVESTREAM)

    assert risk_word(window) == "高风险"
    banner = details_text(window).splitlines()[:3]
    assert "符合已记录的骗局模式" in banner[1] and "高价回收" in banner[1]  # the pattern's title
    assert banner[2] == window.result_view.report.summary
    icon = window.result_view.browser.document().resource(QTextDocument.ResourceType.ImageResource, QUrl(ICON_URL))
    assert not icon.isNull()

    highlighted = window.input_box.highlighted_words()
    for word in ("中国区代理", "鉴定证书", "保值增值"):
        assert any(word in marked for marked in highlighted), (word, highlighted)

    details = details_text(window)
    for heading in ("你现在所处的阶段", "对方下一步可能", "触发的词句", "为什么这是骗局", "现在怎么做", "去哪里举报"):
        assert heading in details
    assert "依据的真实案例" in details
    assert "最高人民检察院" in details  # the case it rests on
    assert "“保值增值”" in details  # trigger words listed
    advice = window.result_view.report.section("advice")
    assert advice is not None and advice.numbered and len(advice.items) >= 3


def test_a_warning_from_wording_says_how_it_was_judged(qtbot: QtBot, make_window) -> None:
    window = make_window()
    check(qtbot, window, "你好，我是你们公司新来的财务，老板让我加你，说有笔款子要你先垫一下。")
    assert risk_word(window) == "中风险"
    banner = details_text(window).splitlines()[:3]
    assert "很像" in banner[1] and "不是已记录模式的完整匹配" in banner[1]  # never "matches"
    basis = window.result_view.report.section("basis")
    assert basis is not None and "把握约" in basis.paragraphs[0]
    assert any("老板让我加你" in marked for marked in window.input_box.highlighted_words())


def test_ctrl_enter_checks(qtbot: QtBot, make_window) -> None:
    window = make_window()
    window.activateWindow()
    window.input_box.setFocus()
    window.input_box.setPlainText(LIVESTREAM)
    with qtbot.waitSignal(window.check_finished, timeout=10_000):
        qtbot.keyClick(window.input_box, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert risk_word(window) == "高风险"
    assert "\n" not in window.input_box.toPlainText()  # Ctrl+Enter checked; it did not add a line


def test_typing_rechecks_after_a_pause(qtbot: QtBot, make_window) -> None:
    window = make_window()
    window.input_box.setFocus()
    with qtbot.waitSignal(window.check_finished, timeout=10_000):
        type_text(window.input_box, "保值增值，三个月后平台高价回收，我们是中国区代理")
    assert window.result_view.showing_result
    assert window.input_box.highlighted_words()


def test_a_scams_opening_move_alone_only_resembles_and_says_what_comes_next(qtbot: QtBot, make_window) -> None:
    window = make_window()
    check(qtbot, window, "这是我的新号码，存一下，我是小王")
    assert risk_word(window) == "低风险"
    details = details_text(window)
    assert "相似" in details.splitlines()[1]  # resembles, never "matches"
    assert "你现在所处的阶段" in details and "对方下一步可能" in details


def test_no_match_says_so_and_does_not_call_it_safe(qtbot: QtBot, make_window) -> None:
    window = make_window()
    check(qtbot, window, ORDINARY)
    assert risk_word(window) == "未发现已记录的骗局模式"
    assert "这不代表这条信息一定安全" in details_text(window).splitlines()[1]
    assert "一般安全提示" in details_text(window)
    assert window.input_box.highlighted_words() == []


def test_contacts_found_in_the_text_are_listed_with_what_is_known(qtbot: QtBot, make_window) -> None:
    window = make_window()
    check(qtbot, window, "我是淘宝客服，退款请联系 +63 912 345 6789，或加微信 kefu_8899 办理")
    details = details_text(window)
    assert "文中的联系方式" in details
    assert "kefu_8899" in details
    if importlib.util.find_spec("scamlens.engine.contacts") is not None:  # the engine's offline contact checks
        assert "菲律宾" in details  # an overseas number claiming to be domestic customer service


def test_a_failing_check_is_reported_not_swallowed(qtbot: QtBot, make_window, backend: Backend) -> None:
    class Broken:
        def check(self, text: str) -> None:
            raise RuntimeError("boom")

    window = make_window(prepare=lambda: dataclasses.replace(backend, checker=Broken()))
    check(qtbot, window, LIVESTREAM)
    assert "检查出错" in details_text(window) and "boom" in details_text(window)


def test_clear_empties_the_box_and_the_result(qtbot: QtBot, make_window) -> None:
    window = make_window()
    check(qtbot, window, LIVESTREAM)
    qtbot.mouseClick(window.check_page.clear_button, Qt.MouseButton.LeftButton)
    assert window.input_box.toPlainText() == ""
    assert not window.result_view.showing_result
    assert window.input_box.extraSelections() == []


def test_checking_nothing_explains_what_to_do(qtbot: QtBot, make_window) -> None:
    window = make_window()
    with qtbot.waitSignal(window.check_finished):
        qtbot.mouseClick(window.check_page.check_button, Qt.MouseButton.LeftButton)
    assert "没有可检查的内容" in details_text(window)


def test_paste_button_checks_the_clipboard(qtbot: QtBot, make_window) -> None:
    window = make_window()
    QGuiApplication.clipboard().setText(LIVESTREAM)
    with qtbot.waitSignal(window.check_finished, timeout=10_000):
        qtbot.mouseClick(window.check_page.paste_button, Qt.MouseButton.LeftButton)
    assert window.input_box.toPlainText() == LIVESTREAM
    assert risk_word(window) == "高风险"


def test_copy_result_puts_the_whole_result_on_the_clipboard(qtbot: QtBot, make_window) -> None:
    window = make_window()
    check(qtbot, window, LIVESTREAM)
    QGuiApplication.clipboard().clear()
    qtbot.mouseClick(window.result_view.copy_button, Qt.MouseButton.LeftButton)
    copied = QGuiApplication.clipboard().text()
    assert copied.startswith("■ 高风险")
    assert "现在怎么做" in copied and "  1. " in copied
    assert "【保值增值】" in copied


def test_save_as_pdf_writes_a_pdf(qtbot: QtBot, make_window, tmp_path: Path, monkeypatch) -> None:
    window = make_window()
    check(qtbot, window, LIVESTREAM)
    target = tmp_path / "result.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(target), ""))
    with qtbot.waitSignal(window.result_view.pdf_saved):
        qtbot.mouseClick(window.result_view.pdf_button, Qt.MouseButton.LeftButton)
    data = target.read_bytes()
    assert data.startswith(b"%PDF") and len(data) > 5_000


def test_opening_a_text_file_checks_it(qtbot: QtBot, make_window, tmp_path: Path, monkeypatch) -> None:
    window = make_window()
    path = tmp_path / "chat.txt"
    path.write_text(LIVESTREAM, encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args, **kwargs: (str(path), ""))
    with qtbot.waitSignal(window.check_finished, timeout=10_000):
        qtbot.mouseClick(window.check_page.open_button, Qt.MouseButton.LeftButton)
    assert window.input_box.toPlainText() == LIVESTREAM
    assert risk_word(window) == "高风险"


def test_dropping_a_file_checks_it(qtbot: QtBot, make_window, tmp_path: Path) -> None:
    window = make_window()
    path = tmp_path / "dropped.txt"
    path.write_bytes(LIVESTREAM.encode("utf-8-sig"))
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    assert window.input_box.canInsertFromMimeData(mime)
    with qtbot.waitSignal(window.check_finished, timeout=10_000):
        window.input_box.insertFromMimeData(mime)
    assert window.input_box.toPlainText() == LIVESTREAM


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "This looks like a binary file"),
        ("价格".encode("gb18030") + b"\xff\xfe\xfa", "it is not UTF-8 text"),
        (b"   \n", "Nothing to check"),
    ],
)
def test_a_bad_file_shows_a_clear_error_in_the_ui_language(
    qtbot: QtBot, make_window, tmp_path: Path, content: bytes, expected: str
) -> None:
    window = make_window(language="en")
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    window.load_file(path)
    assert expected in details_text(window)
    assert window.result_view.error
    assert not window.result_view.showing_result


def test_a_missing_file_is_reported_not_raised(qtbot: QtBot, make_window, tmp_path: Path) -> None:
    window = make_window(language="en")
    window.load_file(tmp_path / "gone.txt")
    assert "gone.txt" in details_text(window)
