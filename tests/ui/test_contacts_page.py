"""The "check a contact" page: look-alike links, official domains, blocklists, kiosk mode, languages."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from scamlens.store.blocklist import Blocklist
from scamlens.ui.main_window import MainWindow

LOOKALIKE = "http://taobao-kefu.com.cn/login"
OFFICIAL = "https://www.taobao.com"


@pytest.fixture
def blocklist_path(tmp_path: Path) -> Path:
    return tmp_path / "blocklists.sqlite"


@pytest.fixture
def contact_window(make_window, blocklist_path: Path):
    def make(**changes: object) -> MainWindow:
        window = make_window(open_blocklist=lambda: Blocklist(blocklist_path), **changes)
        window.tabs.setCurrentWidget(window.contact_page)
        return window

    return make


def _wait_page(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: window.contact_page.check_button.isEnabled(), timeout=10_000)
    qtbot.waitUntil(lambda: not window.runner.busy, timeout=10_000)  # the blocklist panel has loaded


def check_contact(qtbot: QtBot, window: MainWindow, value: str, context: str = "") -> str:
    page = window.contact_page
    _wait_page(qtbot, window)
    page.value_edit.setText(value)
    page.context_edit.setText(context)
    with qtbot.waitSignal(page.contact_checked, timeout=10_000):
        qtbot.keyClick(page.value_edit, Qt.Key.Key_Return)
    return page.shown_text()


def _updated(qtbot: QtBot, window: MainWindow):
    return qtbot.waitSignal(window.contact_page.blocklist_updated, timeout=10_000)


def test_a_lookalike_link_is_high_risk_with_its_reason(qtbot: QtBot, contact_window) -> None:
    window = contact_window(language="en")
    shown = check_contact(qtbot, window, LOOKALIKE)
    assert shown.splitlines()[0].strip() == "High risk"
    assert "uses the name of Taobao but is not its official domain" in shown
    assert "Real site (registrable domain): taobao-kefu.com.cn" in shown
    assert window.contact_page.assessment.severity == "high"


def test_an_official_domain_is_not_flagged(qtbot: QtBot, contact_window) -> None:
    window = contact_window(language="zh-Hans")
    shown = check_contact(qtbot, window, OFFICIAL)
    assert shown.splitlines()[0].startswith("没有发现问题")
    assert "高风险" not in shown and "中风险" not in shown
    assert "taobao.com" in shown


def test_empty_input_says_what_to_do(qtbot: QtBot, contact_window) -> None:
    window = contact_window(language="en")
    shown = check_contact(qtbot, window, "   ")
    assert "Type or paste a phone number" in shown


def test_added_contact_is_a_blocklist_hit(qtbot: QtBot, contact_window, blocklist_path: Path) -> None:
    window = contact_window(language="en")
    page = window.contact_page
    shown = check_contact(qtbot, window, "13800138000")
    assert "On your blocklists" in shown and "Not on any of your blocklists." in shown
    page.note_edit.setText("fake refund call")
    with qtbot.waitSignal(page.contact_checked, timeout=10_000):  # adding re-checks the value
        qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    shown = page.shown_text()
    assert 'It is on your blocklist "personal" (fake refund call).' in shown
    assert page.entries_tree.topLevelItemCount() == 1
    assert page.entries_tree.topLevelItem(0).text(2) == "fake refund call"
    # The message page uses the same blocklist for the contacts it finds.
    window.set_text("客服说退款请打 13800138000")
    qtbot.waitUntil(lambda: window.outcome is not None, timeout=10_000)
    assert any(f.code == "blocklist.hit" for c in window.outcome.contacts for f in c.findings)
    # Delete it again.
    page.entries_tree.setCurrentItem(page.entries_tree.topLevelItem(0))
    with _updated(qtbot, window):
        qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert page.entries_tree.topLevelItemCount() == 0
    assert Blocklist(blocklist_path).entries() == []


def test_import_good_and_bad_csv_then_remove_a_list(qtbot: QtBot, contact_window, tmp_path: Path) -> None:
    window = contact_window(language="en")
    page = window.contact_page
    _wait_page(qtbot, window)
    good = tmp_path / "centre.csv"
    good.write_text("value,kind,note\n13900001111,phone,refund scam\n假淘宝旗舰店,shop,\n", encoding="utf-8-sig")
    with _updated(qtbot, window):
        page.import_csv(good, "Community centre")
    assert page.lists_tree.topLevelItemCount() == 1
    row = page.lists_tree.topLevelItem(0)
    assert [row.text(0), row.text(1), row.text(3)] == ["Community centre", "centre.csv", "2"]
    assert row.text(2)  # imported when
    assert "Imported “Community centre” from centre.csv: 2 entries." in page.status_label.text()

    bad = tmp_path / "bad.csv"
    bad.write_text("value,kind\n13900002222,phone\n,phone\nabc,spaceship\n", encoding="utf-8")
    with _updated(qtbot, window):
        page.import_csv(bad, "Bad list")
    message = page.status_label.text()
    assert "Nothing was imported" in message
    assert "line 3: empty value" in message and 'line 4: unknown kind "spaceship"' in message
    assert [page.lists_tree.topLevelItem(i).text(0) for i in range(page.lists_tree.topLevelItemCount())] == [
        "Community centre"
    ]

    shown = check_contact(qtbot, window, "13900001111")
    assert 'It is on your blocklist "Community centre" (refund scam).' in shown

    page.lists_tree.setCurrentItem(page.lists_tree.topLevelItem(0))
    with _updated(qtbot, window):
        qtbot.mouseClick(page.remove_list_button, Qt.MouseButton.LeftButton)
    assert page.lists_tree.topLevelItemCount() == 0
    assert "Removed the list “Community centre” (2 entries)." in page.status_label.text()
    assert "Not on any of your blocklists." in check_contact(qtbot, window, "13900001111")


def test_export_writes_the_lists(qtbot: QtBot, contact_window, tmp_path: Path, blocklist_path: Path) -> None:
    Blocklist(blocklist_path).add("fake-shop", "wechat", "x")
    window = contact_window(language="en")
    _wait_page(qtbot, window)
    target = tmp_path / "out.csv"
    with _updated(qtbot, window):
        window.contact_page.export_csv(target)
    assert "fake-shop" in target.read_text(encoding="utf-8-sig")


def test_kiosk_hides_personal_editing_but_checks_community_lists(
    qtbot: QtBot, contact_window, tmp_path: Path, blocklist_path: Path
) -> None:
    community = tmp_path / "c.csv"
    community.write_text("value,kind,note\n13900003333,phone,seen at the centre\n", encoding="utf-8")
    Blocklist(blocklist_path).import_csv(community, "Centre list")
    window = contact_window(language="en", kiosk=True)
    page = window.contact_page
    shown = check_contact(qtbot, window, "13900003333")
    assert 'It is on your blocklist "Centre list"' in shown
    for hidden in (page.add_button, page.note_edit, page.personal_box, page.entries_tree, page.delete_button,
                   page.import_button, page.remove_list_button):  # fmt: skip
        assert not hidden.isVisibleTo(window), hidden
    page.inner_tabs.setCurrentIndex(1)
    qtbot.waitUntil(lambda: page.lists_tree.topLevelItemCount() == 1, timeout=10_000)
    assert page.lists_tree.isVisible()
    page.add_to_blocklist()  # ignored in kiosk mode
    assert Blocklist(blocklist_path).entries() == []
    window.reset_for_next_visitor()
    assert page.value_edit.text() == "" and page.assessment is None


def test_language_switch_changes_the_tab(qtbot: QtBot, contact_window) -> None:
    from dataclasses import replace

    window = contact_window(language="zh-Hans")
    page = window.contact_page
    check_contact(qtbot, window, LOOKALIKE)
    index = window.tabs.indexOf(page)
    assert window.tabs.tabText(index) == "查联系方式(&T)"
    assert page.add_button.text() == "加入我的拦截名单(&A)"
    assert page.shown_text().startswith("高风险")
    window.change_settings(replace(window.settings, language="en"))
    assert window.tabs.tabText(index) == "Check a con&tact"
    assert page.add_button.text() == "&Add to my blocklist"
    assert page.kind_combo.itemText(0) == "Guess from what I typed"
    assert page.shown_text().startswith("High risk")
    window.change_settings(replace(window.settings, language="zh-Hant"))
    assert window.tabs.tabText(index) == "查聯繫方式(&T)"
    assert page.shown_text().startswith("高風險")


def test_every_contact_control_is_named_and_reachable_in_order(qtbot: QtBot, contact_window) -> None:
    window = contact_window(language="en")
    page = window.contact_page
    check_contact(qtbot, window, LOOKALIKE)
    window.activateWindow()
    qtbot.waitUntil(lambda: window.isActiveWindow())
    expected = [page.kind_combo, page.context_edit, page.check_button, page.inner_tabs.tabBar(), page.browser,
                page.note_edit, page.add_button]  # fmt: skip
    page.value_edit.setFocus()
    visited = []
    for _ in expected:
        qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Tab)
        visited.append(window.focusWidget())
    assert visited == expected
    for widget in (page.value_edit, page.kind_combo, page.context_edit, page.check_button, page.browser,
                   page.note_edit, page.add_button, page.entries_tree, page.delete_button, page.list_name_edit,
                   page.import_button, page.lists_tree, page.remove_list_button, page.export_button):  # fmt: skip
        assert widget.accessibleName(), widget


def test_nothing_clips_at_200_percent_in_english(qtbot: QtBot, contact_window) -> None:
    window = contact_window(language="en", text_scale=200)
    page = window.contact_page
    check_contact(qtbot, window, LOOKALIKE)
    for widget in (page.check_button, page.add_button, page.value_label, page.context_label, page.note_label):
        assert widget.width() >= min(widget.sizeHint().width(), widget.minimumSizeHint().width()), widget
        assert widget.height() >= widget.minimumSizeHint().height(), widget
    page.inner_tabs.setCurrentIndex(1)
    for widget in (page.import_button, page.remove_list_button, page.export_button, page.delete_button):
        assert widget.width() >= widget.sizeHint().width(), widget
