"""Community-centre mode and the local history."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from ui_helpers import LIVESTREAM, ORDINARY, check, risk_word

from scamlens.store.history import History


def test_kiosk_clears_text_and_result_after_idle_time(qtbot: QtBot, make_window, history: History) -> None:
    window = make_window(kiosk=True)  # the fixture injects a 300 ms idle time
    check(qtbot, window, LIVESTREAM)
    assert window.result_view.showing_result
    qtbot.waitUntil(lambda: window.input_box.toPlainText() == "", timeout=5_000)
    assert not window.result_view.showing_result
    assert window.input_box.extraSelections() == []
    assert history.entries() == []  # nothing kept
    assert not window.tabs.isTabVisible(window.tabs.indexOf(window.history_view))


def test_kiosk_waits_while_someone_is_typing(qtbot: QtBot, make_window) -> None:
    window = make_window(kiosk=True)
    window.input_box.setPlainText(ORDINARY)
    for _ in range(4):
        qtbot.wait(150)
        qtbot.keyClick(window.input_box, Qt.Key.Key_End)  # activity keeps the text
    assert window.input_box.toPlainText() == ORDINARY


def test_turning_kiosk_on_makes_text_larger_and_hides_history(qtbot: QtBot, make_window) -> None:
    window = make_window()
    dialog = window.open_settings()
    dialog.kiosk_box.setChecked(True)
    assert window.settings.kiosk and window.settings.text_scale == 150
    assert dialog.size_box.value() == 150
    assert not window.tabs.isTabVisible(window.tabs.indexOf(window.history_view))
    assert window.idle_watcher.active


def test_history_records_deletes_and_clears(qtbot: QtBot, make_window, monkeypatch) -> None:
    window = make_window()
    check(qtbot, window, LIVESTREAM)
    qtbot.mouseClick(window.check_page.clear_button, Qt.MouseButton.LeftButton)
    check(qtbot, window, ORDINARY)

    view = window.history_view
    window.show_tab("history")
    model = view.model
    assert model.rowCount() == 2
    rows = [[model.index(row, column).data() for column in range(3)] for row in range(2)]
    newest, oldest = rows
    assert newest[1].startswith("明天下午三点开会") and newest[2] == "未发现已记录的骗局模式"
    assert oldest[1].startswith("家人们") and oldest[2].startswith("高风险：")
    assert "高价回收" in oldest[2]

    view.table.selectRow(0)
    qtbot.mouseClick(view.delete_button, Qt.MouseButton.LeftButton)
    assert model.rowCount() == 1
    assert model.index(0, 1).data().startswith("家人们")

    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kwargs: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(view.clear_button, Qt.MouseButton.LeftButton)
    assert model.rowCount() == 0


def test_editing_and_rechecking_updates_one_entry(qtbot: QtBot, make_window, history: History) -> None:
    window = make_window()
    check(qtbot, window, LIVESTREAM)
    check(qtbot, window, LIVESTREAM + "已经拍了")
    assert len(history.entries()) == 1
    assert history.entries()[0].text.endswith("已经拍了")


def test_opening_a_history_entry_checks_it_again(qtbot: QtBot, make_window, history: History) -> None:
    history.add(LIVESTREAM, "high", ["livestream-buyback"])
    window = make_window()
    window.show_tab("history")
    window.history_view.reload()
    window.history_view.table.selectRow(0)
    with qtbot.waitSignal(window.check_finished, timeout=10_000):
        qtbot.mouseClick(window.history_view.open_button, Qt.MouseButton.LeftButton)
    assert window.tabs.currentWidget() is window.check_page
    assert window.input_box.toPlainText() == LIVESTREAM
    assert risk_word(window) == "高风险"
    assert len(history.entries()) == 1
