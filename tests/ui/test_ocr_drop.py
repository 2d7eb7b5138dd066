"""A screenshot dropped or pasted on the paste box: recognised, put in the box, checked."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QUrl
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot
from ui_helpers import risk_word

from scamlens import ocr

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from ocr_images import render

HAVE_OCR = importlib.util.find_spec("rapidocr") is not None and importlib.util.find_spec("onnxruntime") is not None
SCAM = "兼职刷单，日结，做任务先垫付，返本金加佣金，一部手机就能做，名额有限。"


def _drop_file(window, path: Path) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    window.input_box.insertFromMimeData(mime)


def test_without_the_extra_the_window_says_how_to_enable_screenshots(
    qtbot: QtBot, make_window, monkeypatch, tmp_path
) -> None:
    monkeypatch.setattr(ocr, "ocr_available", lambda: False)
    window = make_window()
    path = tmp_path / "chat.png"
    path.write_bytes(b"\x89PNG whatever")
    _drop_file(window, path)
    bar = window.check_page.screenshot_bar
    assert bar.isVisible() and not bar.busy
    assert "pip install 'scamlens[ocr]'" in bar.label.text()
    assert window.input_box.toPlainText() == ""


@pytest.mark.skipif(not HAVE_OCR, reason="the OCR extra is not installed: pip install -e '.[ocr]'")
def test_dropped_chat_screenshot_is_recognised_and_checked(qtbot: QtBot, make_window, tmp_path) -> None:
    window = make_window()
    path = tmp_path / "chat.png"
    path.write_bytes(render("chat", SCAM, 2).png)
    bar = window.check_page.screenshot_bar
    with qtbot.waitSignal(window.check_finished, timeout=30_000):
        _drop_file(window, path)
        assert bar.isVisible() and bar.busy  # "recognising…" at once; the window stays responsive
        assert window.check_page.check_button.isEnabled()
    text = window.input_box.toPlainText()
    assert "刷单" in text and "垫付" in text
    assert not bar.isVisible()
    assert risk_word(window) == "高风险"
    words = window.input_box.highlighted_words()
    assert words and all(word in text for word in words)


@pytest.mark.skipif(not HAVE_OCR, reason="the OCR extra is not installed: pip install -e '.[ocr]'")
def test_pasted_picture_can_be_cancelled_and_bad_pictures_are_explained(qtbot: QtBot, make_window, tmp_path) -> None:
    window = make_window()
    page = window.check_page
    mime = QMimeData()
    mime.setImageData(QImage.fromData(render("sms", SCAM, 1).png))
    window.input_box.insertFromMimeData(mime)
    assert page.screenshot_bar.busy
    page.screenshot_bar.cancel_button.click()
    assert not page.screenshot_bar.isVisible()
    page.screenshot_reader.runner.wait(30_000)
    qtbot.wait(100)
    assert window.input_box.toPlainText() == ""  # the cancelled result never arrives

    empty = tmp_path / "empty.png"
    empty.write_bytes(b"")
    with qtbot.waitSignal(page.screenshot_reader.finished, timeout=10_000):
        _drop_file(window, empty)
    assert page.screenshot_bar.isVisible() and not page.screenshot_bar.busy
    assert page.screenshot_bar.label.text()
