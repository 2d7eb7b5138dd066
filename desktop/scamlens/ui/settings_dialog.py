"""Settings: language, text size, high contrast, community-centre mode, pattern library updates.

Every change applies at once. Installing an update pack (or restoring the previous library)
runs on the window's TaskRunner; `library_changed` tells the window to reload its library.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from scamlens.settings import (
    IDLE_MINUTES_MAX,
    IDLE_MINUTES_MIN,
    TEXT_SCALE_MAX,
    TEXT_SCALE_MIN,
    Settings,
)

from .translations import RetranslatesOnLanguageChange

if TYPE_CHECKING:
    from scamlens.library_packs import LibraryInfo

    from .tasks import TaskRunner

# Each language is named in itself, so anyone can find their own.
LANGUAGE_NAMES = {"zh-Hans": "简体中文", "zh-Hant": "繁體中文", "en": "English"}


def _install(path: Path) -> LibraryInfo:
    from scamlens.library_packs import install_pack  # cryptography: only loaded when needed

    return install_pack(path)


def _restore() -> LibraryInfo:
    from scamlens.library_packs import restore_previous

    return restore_previous()


class SettingsDialog(RetranslatesOnLanguageChange, QDialog):
    settings_changed = Signal(object)  # Settings
    library_changed = Signal(object)  # LibraryInfo: an update pack was installed or the previous one restored
    library_task_finished = Signal()  # an install or restore ended, either way (for tests)

    def __init__(
        self,
        settings: Settings,
        parent: QWidget | None = None,
        *,
        runner: TaskRunner | None = None,
        library_info: LibraryInfo | None = None,
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self.runner = runner
        self.library_info = library_info
        self._library_busy = False
        self._library_message: Callable[[], str] | None = None  # re-worded on language change
        self.language_label = QLabel(self)
        self.language_box = QComboBox(self)
        for code, name in LANGUAGE_NAMES.items():
            self.language_box.addItem(name, code)
        self.language_label.setBuddy(self.language_box)
        self.size_label = QLabel(self)
        self.size_box = QSpinBox(self)
        self.size_box.setRange(TEXT_SCALE_MIN, TEXT_SCALE_MAX)
        self.size_box.setSingleStep(10)
        self.size_box.setSuffix(" %")
        self.size_label.setBuddy(self.size_box)
        self.contrast_box = QCheckBox(self)
        self.kiosk_box = QCheckBox(self)
        self.idle_label = QLabel(self)
        self.idle_box = QSpinBox(self)
        self.idle_box.setRange(IDLE_MINUTES_MIN, IDLE_MINUTES_MAX)
        self.idle_label.setBuddy(self.idle_box)
        self.kiosk_note = QLabel(self)
        self.kiosk_note.setWordWrap(True)
        self.library_group = QGroupBox(self)
        self.library_label = QLabel(self.library_group)
        self.library_label.setWordWrap(True)
        self.install_button = QPushButton(self.library_group)
        self.restore_button = QPushButton(self.library_group)
        self.library_status = QLabel(self.library_group)
        self.library_status.setWordWrap(True)
        self.library_status.hide()
        group_layout = QVBoxLayout(self.library_group)
        group_layout.addWidget(self.library_label)
        group_layout.addWidget(self.install_button)
        group_layout.addWidget(self.restore_button)
        group_layout.addWidget(self.library_status)
        self.install_button.clicked.connect(self.ask_install_pack)
        self.restore_button.clicked.connect(self.restore_previous_library)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.language_label, self.language_box)
        form.addRow(self.size_label, self.size_box)
        form.addRow(self.contrast_box)
        form.addRow(self.kiosk_box)
        form.addRow(self.idle_label, self.idle_box)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.kiosk_note)
        layout.addWidget(self.library_group)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

        self._show(settings)
        self.language_box.currentIndexChanged.connect(self._changed)
        self.size_box.valueChanged.connect(self._changed)
        self.contrast_box.toggled.connect(self._changed)
        self.kiosk_box.toggled.connect(self._kiosk_toggled)
        self.idle_box.valueChanged.connect(self._changed)
        self.retranslate()

    def _show(self, settings: Settings) -> None:
        widgets = (self.language_box, self.size_box, self.contrast_box, self.kiosk_box, self.idle_box)
        for widget in widgets:
            widget.blockSignals(True)
        self.language_box.setCurrentIndex(self.language_box.findData(settings.language))
        self.size_box.setValue(settings.text_scale)
        self.contrast_box.setChecked(settings.high_contrast)
        self.kiosk_box.setChecked(settings.kiosk)
        self.idle_box.setValue(settings.idle_minutes)
        self.idle_box.setEnabled(settings.kiosk)
        for widget in widgets:
            widget.blockSignals(False)
        self._update_library_buttons()

    def _kiosk_toggled(self, on: bool) -> None:
        self.settings = self.settings.with_kiosk(on)  # larger text by default in community-centre mode
        self._show(self.settings)
        self._changed()

    def _changed(self) -> None:
        self.settings = replace(
            self.settings,
            language=self.language_box.currentData(),
            text_scale=self.size_box.value(),
            high_contrast=self.contrast_box.isChecked(),
            kiosk=self.kiosk_box.isChecked(),
            idle_minutes=self.idle_box.value(),
        )
        self.idle_box.setEnabled(self.settings.kiosk)
        self._update_library_buttons()
        self.settings_changed.emit(self.settings)

    # Pattern library updates ---------------------------------------------------------------

    def _update_library_buttons(self) -> None:
        """Visitors in community-centre mode cannot change the library; nor while a change runs."""
        enabled = not self.settings.kiosk and not self._library_busy and self.runner is not None
        self.install_button.setEnabled(enabled)
        self.restore_button.setEnabled(enabled)

    def set_library_info(self, info: LibraryInfo | None) -> None:
        self.library_info = info
        self.library_label.setText(self._library_text())
        self._grow_to_fit()

    def _grow_to_fit(self) -> None:
        """Wrapped labels that got longer need more height than the dialog was given when shown."""
        layout = self.layout()
        if layout is None:
            return
        layout.activate()
        if layout.hasHeightForWidth():
            height = layout.totalHeightForWidth(self.width())
            if height > self.height():
                self.resize(self.width(), height)

    def _library_text(self) -> str:
        info = self.library_info
        if info is None:
            return self.tr("Loading the library's version…")
        origin = self.tr("installed update") if info.installed else self.tr("built in")
        return self.tr("Version {version}, {date} ({origin})").format(
            version=info.version, date=info.date, origin=origin
        )

    def ask_install_pack(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose a library update pack"),
            "",
            self.tr("ScamLens library packs (*.slpack);;All files (*)"),
        )
        if path:
            self.install_pack(Path(path))

    def install_pack(self, path: Path) -> None:
        """Verify and install `path` on the worker thread; the outcome is shown in the dialog."""
        self._run_library_task(lambda: _install(path), lambda: self.tr("Checking and installing the update pack…"))

    def restore_previous_library(self) -> None:
        self._run_library_task(_restore, lambda: self.tr("Restoring the previous library…"))

    def _run_library_task(self, function: Callable[[], LibraryInfo], busy: Callable[[], str]) -> None:
        if self.runner is None or self._library_busy or self.settings.kiosk:
            return
        self._library_busy = True
        self._update_library_buttons()
        self._say_library(busy)
        self.runner.run(function, self._library_done, self._library_failed)

    def _library_done(self, info: LibraryInfo) -> None:
        self._library_busy = False
        self._update_library_buttons()
        self.set_library_info(info)
        self._say_library(
            lambda: self.tr("Done. New checks now use pattern library {version}.").format(version=info.version)
        )
        self.library_changed.emit(info)
        self.library_task_finished.emit()

    def _library_failed(self, error: BaseException) -> None:
        from scamlens.library_packs import PackError

        self._library_busy = False
        self._update_library_buttons()
        if isinstance(error, PackError):
            self._say_library(lambda: error.message(self.settings.language))
        else:
            detail = f"{type(error).__name__}: {error}"
            self._say_library(lambda: self.tr("The library was not changed: {error}").format(error=detail))
        self.library_task_finished.emit()

    def _say_library(self, words: Callable[[], str] | None) -> None:
        self._library_message = words
        self.library_status.setText(words() if words else "")
        self.library_status.setAccessibleName(self.library_status.text())
        self.library_status.setVisible(words is not None)
        self._grow_to_fit()
        QTimer.singleShot(0, self._grow_to_fit)  # again once Qt has laid out the shown label

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Settings"))
        self.language_label.setText(self.tr("&Language:"))
        self.language_box.setAccessibleName(self.tr("Language"))
        self.size_label.setText(self.tr("&Text size:"))
        self.size_box.setAccessibleName(self.tr("Text size in percent"))
        self.contrast_box.setText(self.tr("&High contrast (white on black)"))
        self.contrast_box.setAccessibleName(self.tr("High contrast"))
        self.kiosk_box.setText(self.tr("&Community-centre mode"))
        self.kiosk_box.setAccessibleName(self.tr("Community-centre mode"))
        self.idle_label.setText(self.tr("Clear the screen after (&minutes):"))
        self.idle_box.setAccessibleName(self.tr("Minutes without use before the screen is cleared"))
        self.kiosk_note.setText(
            self.tr(
                "Community-centre mode keeps no history, uses larger text and clears the text and the result when nobody has used the computer for the chosen number of minutes."
            )
        )
        self.library_group.setTitle(self.tr("Pattern library"))
        self.library_label.setText(self._library_text())
        self.install_button.setText(self.tr("&Install update pack…"))
        self.install_button.setAccessibleName(self.tr("Install a pattern library update pack from a file"))
        self.restore_button.setText(self.tr("&Restore previous library"))
        self.restore_button.setAccessibleName(self.tr("Restore the pattern library used before the last update"))
        if self._library_message is not None:
            self._say_library(self._library_message)
        close = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("Close"))
        close.setAccessibleName(self.tr("Close the settings"))
