"""Buyer / merchant switch, live language switch, text size, high contrast."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QLabel
from pytestqt.qtbot import QtBot
from ui_helpers import LIVESTREAM, check, details_text, example, risk_word

from scamlens.ui.backend import Backend
from scamlens.ui.main_window import MainWindow


def test_merchant_mode_puts_merchant_patterns_first_and_shows_the_playbook(
    qtbot: QtBot, make_window, backend: Backend
) -> None:
    window = make_window()
    text = LIVESTREAM + "\n" + example(backend, "review-extortion")
    check(qtbot, window, text)
    report = window.result_view.report
    assert backend.library.pattern(report.pattern_ids[0]).audience == "consumer"
    assert "商家应对步骤" not in details_text(window)

    qtbot.mouseClick(window.check_page.merchant_button, Qt.MouseButton.LeftButton)
    assert window.check_page.merchant_button.isChecked()
    report = window.result_view.report
    assert report.pattern_ids[0] == "review-extortion"
    assert "差评" in details_text(window).splitlines()[1]
    details = details_text(window)
    assert "商家应对步骤" in details
    assert "保存证据" in details and "110" in details and "申诉" in details
    assert window.settings.audience == "merchant"


def test_language_switches_live(qtbot: QtBot, make_window) -> None:
    window = make_window()
    check(qtbot, window, LIVESTREAM)
    page = window.check_page
    assert page.check_button.text().startswith("检查")
    assert window.tabs.tabText(window.tabs.indexOf(window.library_browser)).startswith("骗局资料库")

    dialog = window.open_settings()
    dialog.language_box.setCurrentIndex(dialog.language_box.findData("zh-Hant"))
    qtbot.waitUntil(lambda: page.check_button.text().startswith("檢查"))  # Qt posts LanguageChange
    assert risk_word(window) == "高風險"
    assert "為什麼這是騙局" in details_text(window)
    assert dialog.windowTitle() == "設定"

    dialog.language_box.setCurrentIndex(dialog.language_box.findData("en"))
    qtbot.waitUntil(lambda: page.check_button.text() == "&Check (Ctrl+Enter)")
    assert page.input_box.placeholderText().startswith("Paste a livestream pitch")
    assert window.tabs.tabText(window.tabs.indexOf(window.library_browser)) == "Scam &library"
    assert risk_word(window) == "High risk"
    assert "Why this is a scam" in details_text(window)
    assert window.settings.language == "en"


def _visible(window: MainWindow, kind: type) -> list:
    return [widget for widget in window.findChildren(kind) if widget.isVisible()]


def test_text_size_200_percent_in_english_clips_nothing(qtbot: QtBot, make_window) -> None:
    window = make_window(language="en")
    check(qtbot, window, LIVESTREAM)
    normal = window.check_page.check_button.font().pointSizeF()

    dialog = window.open_settings()
    dialog.size_box.setValue(200)
    dialog.close()
    qtbot.wait(50)
    assert window.check_page.check_button.font().pointSizeF() == 2 * normal
    assert window.result_view.browser.font().pointSizeF() == 2 * normal

    for button in _visible(window, QAbstractButton):
        assert button.width() >= button.sizeHint().width(), button.text()
        assert button.height() >= button.sizeHint().height() - 1, button.text()
        corner = button.mapTo(window, button.rect().bottomRight())
        assert window.rect().contains(corner), button.text()
    for label in _visible(window, QLabel):
        if label.text() and not label.wordWrap():
            assert label.width() >= label.sizeHint().width(), label.text()


def test_text_size_shortcuts(qtbot: QtBot, make_window) -> None:
    window = make_window()
    window.change_text_scale(+10)
    assert window.settings.text_scale == 110
    window.change_text_scale(0)
    assert window.settings.text_scale == 100


def test_high_contrast_changes_the_banner_colours(qtbot: QtBot, make_window) -> None:
    window = make_window()
    check(qtbot, window, LIVESTREAM)
    before = window.result_view.browser.grab().toImage()
    dialog = window.open_settings()
    dialog.contrast_box.setChecked(True)
    after = window.result_view.browser.grab().toImage()
    assert window.palette().window().color().name() == "#000000"
    assert before != after


def test_the_extortion_playbook_is_not_shown_for_a_fake_platform_notice(
    qtbot: QtBot, make_window, backend: Backend
) -> None:
    window = make_window(audience="merchant")
    check(qtbot, window, example(backend, "fake-platform-notice"))
    assert window.result_view.report.pattern_ids[0] == "fake-platform-notice"
    details = details_text(window)
    assert "商家应对步骤" not in details
    assert "商家后台" in details  # the pattern's own advice: look in the seller back office
