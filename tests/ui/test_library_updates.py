"""Library updates from the window: About shows the library, Settings installs and restores packs."""

from __future__ import annotations

import shutil
import zipfile
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QFileDialog, QLabel
from pytestqt.qtbot import QtBot
from ui_helpers import LIVESTREAM, check, risk_word

import scamlens
from scamlens import library_packs
from scamlens.library_packs import build_pack, read_library_info
from scamlens.paths import library_dir, resources_dir
from scamlens.ui.backend import Backend
from scamlens.ui.main_window import MainWindow

BUILT_IN = read_library_info(resources_dir())
NEW_VERSION = "2099.1.0"
LIBRARY_FILES = ("report_channels.toml", "benign_cues.toml", "shared_signals.toml", "patterns", "library.toml")


@pytest.fixture(scope="module")
def key() -> Ed25519PrivateKey:
    return Ed25519PrivateKey.generate()


@pytest.fixture(scope="module")
def good_pack(tmp_path_factory: pytest.TempPathFactory, key: Ed25519PrivateKey) -> Path:
    """The built-in library under a newer version, signed with the throwaway key (~1 s)."""
    base = tmp_path_factory.mktemp("packs")
    source = base / "library"
    source.mkdir()
    for name in LIBRARY_FILES:
        path = resources_dir() / name
        (shutil.copytree if path.is_dir() else shutil.copy)(path, source / name)
    info = (source / "library.toml").read_text(encoding="utf-8")
    (source / "library.toml").write_text(
        info.replace(f'version = "{BUILT_IN.version}"', f'version = "{NEW_VERSION}"'), encoding="utf-8"
    )
    pack = base / "good.slpack"
    build_pack(source, key, pack)
    return pack


@pytest.fixture
def tampered_pack(good_pack: Path, tmp_path: Path) -> Path:
    """The good pack with one pattern file changed after signing."""
    out = tmp_path / "tampered.slpack"
    with zipfile.ZipFile(good_pack) as archive:
        members = {name: archive.read(name) for name in archive.namelist()}
    victim = next(name for name in members if name.startswith("library/patterns/"))
    members[victim] += b"\n# changed after signing\n"
    with zipfile.ZipFile(out, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return out


@pytest.fixture(autouse=True)
def _own_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, key: Ed25519PrivateKey) -> None:
    """An empty user data folder per test; the app trusts only the throwaway test key."""
    monkeypatch.setenv("SCAMLENS_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setattr(library_packs, "trusted_keys", lambda keys_dir=None: [key.public_key()])


@pytest.fixture
def window(make_window, backend: Backend) -> tuple[MainWindow, list[Path]]:
    """A window whose `prepare` records which library folder each (re)load would use."""
    loaded: list[Path] = []

    def prepare() -> Backend:
        loaded.append(library_dir())
        return backend

    made = make_window(language="en", prepare=prepare)
    return made, loaded


def _wait_for_info(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: window.library_info is not None, timeout=10_000)


def _install(qtbot: QtBot, dialog, monkeypatch: pytest.MonkeyPatch, pack: Path) -> None:
    """Press "Install update pack…" and pick `pack` in the (stubbed) file dialog."""
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args, **kwargs: (str(pack), ""))
    with qtbot.waitSignal(dialog.library_task_finished, timeout=30_000):
        qtbot.mouseClick(dialog.install_button, Qt.MouseButton.LeftButton)


def test_about_shows_the_app_and_library_versions(qtbot: QtBot, window) -> None:
    window, _ = window
    _wait_for_info(qtbot, window)
    about = window.open_about()
    shown = "\n".join(label.text() for label in about.findChildren(QLabel))
    assert scamlens.__version__ in shown
    assert "识骗镜" in shown and "ScamLens" in shown
    assert f"version {BUILT_IN.version}, {BUILT_IN.date} (built in)" in shown
    assert "offline" in shown
    assert "wording model" in shown and "example messages we wrote ourselves" in shown
    assert "WenQuanYi Micro Hei" in shown and "Apache License 2.0" in shown
    close = about.buttons.buttons()[0]
    assert close.accessibleName()
    about.close()


def test_f1_opens_about_and_about_follows_the_language(qtbot: QtBot, make_window) -> None:
    window = make_window(language="zh-Hant")
    _wait_for_info(qtbot, window)
    window.activateWindow()
    qtbot.waitUntil(lambda: window.isActiveWindow())
    qtbot.keyClick(window, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: window.about_dialog is not None and window.about_dialog.isVisible())
    about = window.about_dialog
    assert about.windowTitle() == "關於識騙鏡"
    assert "措辭模型" in about.method_label.text()
    assert f"騙局規則庫：版本 {BUILT_IN.version}，{BUILT_IN.date}（應用自帶）" == about.library_label.text()
    assert window.about_button.accessibleName()


def test_about_clips_nothing_at_200_percent_in_english(qtbot: QtBot, make_window) -> None:
    window = make_window(language="en", text_scale=200)
    _wait_for_info(qtbot, window)
    about = window.open_about()
    qtbot.waitExposed(about)
    qtbot.wait(50)
    for label in about.findChildren(QLabel):
        if label.wordWrap():
            assert label.height() >= label.heightForWidth(label.width()), label.text()
        else:
            assert label.width() >= label.sizeHint().width(), label.text()
    for button in about.findChildren(QAbstractButton):
        assert button.width() >= button.sizeHint().width(), button.text()
    corner = window.about_button.mapTo(window, window.about_button.rect().bottomRight())
    assert window.rect().contains(corner)


def test_a_good_pack_installs_and_the_next_check_uses_it(qtbot: QtBot, window, monkeypatch, good_pack: Path) -> None:
    window, loaded = window
    _wait_for_info(qtbot, window)
    dialog = window.open_settings()
    assert f"Version {BUILT_IN.version}, {BUILT_IN.date} (built in)" == dialog.library_label.text()
    assert dialog.library_group.title() == "Pattern library"

    with qtbot.waitSignal(window.ready, timeout=30_000):  # the window reloads its library
        _install(qtbot, dialog, monkeypatch, good_pack)
    assert dialog.library_label.text() == f"Version {NEW_VERSION}, {BUILT_IN.date} (installed update)"
    assert NEW_VERSION in dialog.library_status.text()
    assert window.library_info.version == NEW_VERSION
    assert loaded[-1] == library_dir() != resources_dir()  # the reload used the installed pack
    assert len(loaded) == 2
    about = window.open_about()
    assert f"version {NEW_VERSION}" in about.library_label.text()
    assert "installed update" in about.library_label.text()
    about.close()
    dialog.close()

    check(qtbot, window, LIVESTREAM)
    assert risk_word(window) == "High risk"


def test_a_tampered_pack_is_refused_in_the_ui_language(qtbot: QtBot, window, monkeypatch, tampered_pack: Path) -> None:
    window, loaded = window
    _wait_for_info(qtbot, window)
    dialog = window.open_settings()
    before = dialog.library_label.text()
    _install(qtbot, dialog, monkeypatch, tampered_pack)
    assert dialog.library_status.isVisible()
    assert "changed after it was signed" in dialog.library_status.text()
    assert "the library is unchanged" in dialog.library_status.text()
    assert dialog.library_label.text() == before
    assert window.library_info.version == BUILT_IN.version
    assert library_dir() == resources_dir()
    assert len(loaded) == 1  # nothing was reloaded

    dialog.language_box.setCurrentIndex(dialog.language_box.findData("zh-Hans"))
    qtbot.waitUntil(lambda: "签名后被改动过" in dialog.library_status.text())
    assert dialog.install_button.isEnabled()


def test_restore_goes_back_and_says_when_there_is_nothing(qtbot: QtBot, window, monkeypatch, good_pack: Path) -> None:
    window, loaded = window
    _wait_for_info(qtbot, window)
    dialog = window.open_settings()

    def restore() -> None:
        with qtbot.waitSignal(dialog.library_task_finished, timeout=30_000):
            qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)

    restore()
    assert dialog.library_status.text() == "There is no previous library to restore."

    with qtbot.waitSignal(window.ready, timeout=30_000):
        _install(qtbot, dialog, monkeypatch, good_pack)
    assert window.library_info.version == NEW_VERSION
    with qtbot.waitSignal(window.ready, timeout=30_000):
        restore()
    assert dialog.library_label.text() == f"Version {BUILT_IN.version}, {BUILT_IN.date} (built in)"
    assert window.library_info.version == BUILT_IN.version
    assert loaded[-1] == resources_dir()
    check(qtbot, window, LIVESTREAM)
    assert risk_word(window) == "High risk"


@pytest.mark.parametrize("start_in_kiosk", [True, False])
def test_library_buttons_are_disabled_in_community_centre_mode(qtbot: QtBot, make_window, start_in_kiosk: bool) -> None:
    window = make_window(language="en", kiosk=start_in_kiosk)
    dialog = window.open_settings()
    buttons: list[Callable[[], bool]] = [dialog.install_button.isEnabled, dialog.restore_button.isEnabled]
    assert [enabled() for enabled in buttons] == [not start_in_kiosk] * 2
    dialog.kiosk_box.setChecked(not start_in_kiosk)
    assert [enabled() for enabled in buttons] == [start_in_kiosk] * 2
    assert dialog.install_button.accessibleName() and dialog.restore_button.accessibleName()


def test_settings_library_group_clips_nothing_at_200_percent_in_english(
    qtbot: QtBot, window, monkeypatch, tampered_pack: Path
) -> None:
    window, _ = window
    window.change_settings(replace(window.settings, text_scale=200))
    _wait_for_info(qtbot, window)
    dialog = window.open_settings()
    _install(qtbot, dialog, monkeypatch, tampered_pack)
    qtbot.wait(50)
    for label in (dialog.library_label, dialog.library_status):
        assert label.height() >= label.heightForWidth(label.width()), label.text()
    for button in (dialog.install_button, dialog.restore_button):
        assert button.width() >= button.sizeHint().width(), button.text()
