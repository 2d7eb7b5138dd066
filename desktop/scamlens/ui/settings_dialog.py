"""Settings: language, text size, high contrast, community-centre mode. Every change applies at once."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
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

# Each language is named in itself, so anyone can find their own.
LANGUAGE_NAMES = {"zh-Hans": "简体中文", "zh-Hant": "繁體中文", "en": "English"}


class SettingsDialog(QDialog):
    settings_changed = Signal(object)  # Settings

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
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
        self.settings_changed.emit(self.settings)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

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
        close = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("Close"))
        close.setAccessibleName(self.tr("Close the settings"))
