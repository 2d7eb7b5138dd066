"""Helpers shared by the window tests."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from scamlens.ui.backend import Backend
from scamlens.ui.main_window import MainWindow

LIVESTREAM = "家人们，这款南非钻石吊坠我们是中国区代理，带鉴定证书，三个月后平台高价回收，保值增值，限量20单赶紧拍！"
ORDINARY = "明天下午三点开会，记得带上上周的材料，会议室在三楼。"


def check(qtbot: QtBot, window: MainWindow, text: str) -> None:
    """Put `text` in the box and press Check, as a user would; wait for the result."""
    window.input_box.setPlainText(text)
    with qtbot.waitSignal(window.check_finished, timeout=10_000):
        qtbot.mouseClick(window.check_page.check_button, Qt.MouseButton.LeftButton)


def example(backend: Backend, pattern_id: str) -> str:
    """The first documented scam example of a pattern (tests follow the library, not fixed wording)."""
    pattern = backend.library.pattern(pattern_id)
    return next(e.text for e in pattern.examples if e.expect == "match")


def details_text(window: MainWindow) -> str:
    """All the result panel shows, as plain text."""
    return window.result_view.shown_text()


def risk_word(window: MainWindow) -> str:
    """The first line of the result panel: the risk, in words."""
    return window.result_view.shown_text().splitlines()[0].strip()


def type_text(widget: QWidget, text: str) -> None:
    """Type Chinese as an input method delivers it: one committed character at a time."""
    for char in text:
        event = QInputMethodEvent()
        event.setCommitString(char)
        QApplication.sendEvent(widget, event)
