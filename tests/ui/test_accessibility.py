"""Accessible names, keyboard use and visible focus."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot
from ui_helpers import risk_word

CONTROLS = (QAbstractButton, QLineEdit, QTextEdit, QComboBox, QAbstractSpinBox, QAbstractItemView)


def _controls(root: QWidget) -> list[QWidget]:
    found = []
    for widget in root.findChildren(QWidget):
        inside_compound = isinstance(widget.parent(), QComboBox | QAbstractSpinBox) or widget.window() is not root
        if isinstance(widget, CONTROLS) and not inside_compound and widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            found.append(widget)
    return found


def test_every_control_has_an_accessible_name(qtbot: QtBot, make_window) -> None:
    for language in ("zh-Hans", "en"):
        window = make_window(language=language)
        dialog = window.open_settings()
        for root in (window, dialog):
            controls = _controls(root)
            assert len(controls) >= 6
            unnamed = [
                type(widget).__name__ + ":" + widget.objectName() for widget in controls if not widget.accessibleName()
            ]
            assert unnamed == [], unnamed
        dialog.close()


def test_tab_moves_through_the_check_page_in_reading_order(qtbot: QtBot, make_window) -> None:
    window = make_window(language="en")
    window.set_text("家人们，三个月后平台高价回收，保值增值")
    qtbot.waitUntil(lambda: window.result_view.showing_result, timeout=10_000)
    window.activateWindow()
    qtbot.waitUntil(lambda: window.isActiveWindow())
    page, view = window.check_page, window.result_view
    page.buyer_button.setFocus()
    expected = [
        page.merchant_button,
        page.input_box,
        page.check_button,
        page.paste_button,
        page.open_button,
        page.clear_button,
        view.copy_button,
        view.print_button,
        view.pdf_button,
        view.browser,
        window.settings_button,
    ]
    visited = []
    for _ in expected:
        qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Tab)
        visited.append(window.focusWidget())
    assert visited == expected


def test_focus_is_visible(qtbot: QtBot, make_window) -> None:
    window = make_window()
    window.activateWindow()
    qtbot.waitUntil(lambda: window.isActiveWindow())
    button = window.check_page.paste_button
    window.input_box.setFocus()
    unfocused = button.grab().toImage()
    button.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: button.hasFocus())
    assert button.grab().toImage() != unfocused


def test_the_whole_check_works_from_the_keyboard(qtbot: QtBot, make_window) -> None:
    window = make_window(language="en")
    window.activateWindow()
    qtbot.waitUntil(lambda: window.isActiveWindow())
    window.input_box.setFocus()
    window.input_box.insertPlainText("家人们，三个月后平台高价回收，保值增值，我们是中国区代理")
    qtbot.keyClick(window.input_box, Qt.Key.Key_Tab)
    assert window.focusWidget() is window.check_page.check_button
    with qtbot.waitSignal(window.check_finished, timeout=10_000):
        qtbot.keyClick(window.check_page.check_button, Qt.Key.Key_Space)
    assert risk_word(window) == "High risk"
