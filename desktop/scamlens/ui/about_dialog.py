"""About ScamLens: the app's version, the pattern library's version and date, and the notices."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

import scamlens

from .translations import RetranslatesOnLanguageChange

if TYPE_CHECKING:
    from scamlens.library_packs import LibraryInfo

APP_NAMES = "识骗镜 · ScamLens"
LINE_EMS = 32  # a comfortable line length for the wrapped text, in average character widths


class AboutDialog(RetranslatesOnLanguageChange, QDialog):
    def __init__(self, library_info: LibraryInfo | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.library_info = library_info
        self.name_label = QLabel(APP_NAMES, self)
        font = self.name_label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.4)
        self.name_label.setFont(font)
        self.version_label = QLabel(self)
        self.library_label = QLabel(self)
        self.offline_label = QLabel(self)
        self.method_label = QLabel(self)
        self.font_label = QLabel(self)
        for label in self.text_labels():
            label.setWordWrap(True)
        for label in (self.name_label, *self.text_labels()):
            # Readable and selectable with the keyboard, so screen readers reach every line.
            label.setTextInteractionFlags(
                Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
            )
            label.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.name_label)
        layout.addWidget(self.version_label)
        layout.addWidget(self.library_label)
        layout.addWidget(self.offline_label)
        layout.addWidget(self.method_label)
        layout.addWidget(self.font_label)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.retranslate()
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setFocus()

    def text_labels(self) -> tuple[QLabel, ...]:
        return (self.version_label, self.library_label, self.offline_label, self.method_label, self.font_label)

    def set_library_info(self, info: LibraryInfo | None) -> None:
        self.library_info = info
        self.retranslate()

    def library_text(self) -> str:
        info = self.library_info
        if info is None:
            return self.tr("Pattern library: loading…")
        origin = self.tr("installed update") if info.installed else self.tr("built in")
        return self.tr("Pattern library: version {version}, {date} ({origin})").format(
            version=info.version, date=info.date, origin=origin
        )

    def fit(self) -> None:
        """Size the dialog so every wrapped line shows in full, at any text size, within the screen.

        Word-wrapped labels report no usable minimum height, so the height is computed for
        the chosen width rather than left to the layout."""
        layout = self.layout()
        if layout is None:
            return
        layout.activate()
        width = max(layout.minimumSize().width(), self.fontMetrics().averageCharWidth() * LINE_EMS)
        screen = self.screen()
        if screen is not None:
            width = min(width, screen.availableGeometry().width() - 40)
        height = layout.totalHeightForWidth(width) if layout.hasHeightForWidth() else layout.sizeHint().height()
        self.setMinimumSize(width, height)
        self.resize(width, height)

    def showEvent(self, event: QShowEvent) -> None:
        self.fit()
        super().showEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:
            self.fit()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("About ScamLens"))
        self.name_label.setAccessibleName(APP_NAMES)
        self.version_label.setText(self.tr("App version {version}").format(version=scamlens.__version__))
        self.library_label.setText(self.library_text())
        self.offline_label.setText(
            self.tr("ScamLens works fully offline: nothing you check ever leaves this computer.")
        )
        self.method_label.setText(
            self.tr(
                "How it judges: the documented scam patterns' rules, and a second opinion from a wording model trained on example messages we wrote ourselves. Both run on this computer."
            )
        )
        self.font_label.setText(
            self.tr(
                "Chinese font: WenQuanYi Micro Hei (文泉驿微米黑), © Google Corporation and the WenQuanYi Project, used under the Apache License 2.0."
            )
        )
        for label in self.text_labels():
            label.setAccessibleName(label.text())
        close = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("Close"))
        close.setAccessibleName(self.tr("Close About ScamLens"))
        self.fit()
