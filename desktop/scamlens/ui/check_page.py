"""The "check a message" page: buyer / merchant switch, paste box, buttons, result.

Only layout and wording live here; MainWindow decides what the buttons do.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from .flow_layout import flow_row
from .input_box import InputBox
from .keyboard import chain_tab_order
from .result_view import ResultView
from .screenshot import ScreenshotBar, ScreenshotReader
from .translations import RetranslatesOnLanguageChange


class CheckPage(RetranslatesOnLanguageChange, QWidget):
    audience_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.audience_label = QLabel(self)
        self.buyer_button = QPushButton(self)
        self.merchant_button = QPushButton(self)
        # Two toggle buttons, one of them on. Not a QButtonGroup: an exclusive group lets Tab reach
        # only the checked button, and people who do not know the arrow keys could not switch.
        for button, audience in ((self.buyer_button, "consumer"), (self.merchant_button, "merchant")):
            button.setCheckable(True)
            button.clicked.connect(lambda _checked, chosen=audience: self._choose(chosen))
        self.buyer_button.setChecked(True)
        self.audience_row = flow_row(self.audience_label, self.buyer_button, self.merchant_button, parent=self)

        self.input_box = InputBox(self)
        self.input_box.setMinimumHeight(80)
        # Screenshots dropped or pasted on the box: recognised off the UI thread, then the text
        # goes into the box (for a quick correction) and is checked like pasted text.
        self.screenshot_bar = ScreenshotBar(self)
        self.screenshot_reader = ScreenshotReader(self.screenshot_bar, self)
        self.input_box.image_dropped.connect(self.screenshot_reader.read)
        self.screenshot_reader.recognised.connect(self._screenshot_recognised)
        self.check_button = QPushButton(self)
        self.check_button.setObjectName("primary")
        self.check_button.setDefault(True)
        self.paste_button = QPushButton(self)
        self.open_button = QPushButton(self)
        self.clear_button = QPushButton(self)
        self.buttons_row = flow_row(
            self.check_button, self.paste_button, self.open_button, self.clear_button, parent=self
        )

        self.top = QWidget(self)
        top_layout = QVBoxLayout(self.top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.audience_row)
        top_layout.addWidget(self.input_box, 1)
        top_layout.addWidget(self.screenshot_bar)
        top_layout.addWidget(self.buttons_row)

        self.result_view = ResultView(self)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.addWidget(self.top)
        self.splitter.addWidget(self.result_view)
        self.splitter.setStretchFactor(0, 1)  # the result gets most of the room
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)
        self._sized = False

        view = self.result_view
        chain_tab_order(
            self.buyer_button,
            self.merchant_button,
            self.input_box,
            self.screenshot_bar.cancel_button,
            self.check_button,
            self.paste_button,
            self.open_button,
            self.clear_button,
            view.copy_button,
            view.print_button,
            view.pdf_button,
            view.browser,
        )
        self.retranslate()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._sized:
            self._sized = True
            QTimer.singleShot(0, self._share_height)

    def _share_height(self) -> None:
        """The paste box pane gets what it needs (six lines, four with large text), the result the rest."""
        total = sum(self.splitter.sizes())
        needed = self.top.sizeHint().height()
        top = min(needed, total // 2)
        self.splitter.setSizes([top, max(total - top, 0)])

    def _screenshot_recognised(self, text: str) -> None:
        # Replacing the text makes the window check it (as after typing), highlights included.
        self.input_box.setPlainText(text)
        self.input_box.setFocus()

    @property
    def audience(self) -> str:
        return "merchant" if self.merchant_button.isChecked() else "consumer"

    def set_audience(self, audience: str) -> None:
        self.buyer_button.setChecked(audience != "merchant")
        self.merchant_button.setChecked(audience == "merchant")

    def _choose(self, audience: str) -> None:
        self.set_audience(audience)
        self.audience_changed.emit(audience)

    def set_ready(self, ready: bool) -> None:
        self.check_button.setEnabled(ready)
        self.check_button.setToolTip("" if ready else self.tr("Preparing the scam library…"))

    def retranslate(self) -> None:
        self.audience_label.setText(self.tr("Who are you?"))
        self.buyer_button.setText(self.tr("I am a &buyer"))
        self.buyer_button.setAccessibleName(self.tr("I am a buyer: check messages from sellers and strangers"))
        self.merchant_button.setText(self.tr("I am a &merchant"))
        self.merchant_button.setAccessibleName(self.tr("I am a merchant: put scams against shops first"))
        self.input_box.setPlaceholderText(
            self.tr("Paste a livestream pitch, a chat, a text message or the other person's contact details")
        )
        self.input_box.setAccessibleName(self.tr("Text to check"))
        self.input_box.setAccessibleDescription(
            self.tr("Paste or type the message here. Press Ctrl+Enter to check it.")
        )
        self.check_button.setText(self.tr("&Check (Ctrl+Enter)"))
        self.check_button.setAccessibleName(self.tr("Check the text"))
        self.paste_button.setText(self.tr("&Paste"))
        self.paste_button.setAccessibleName(self.tr("Paste from the clipboard and check"))
        self.open_button.setText(self.tr("&Open file…"))
        self.open_button.setAccessibleName(self.tr("Open a text file and check it"))
        self.clear_button.setText(self.tr("Cl&ear"))
        self.clear_button.setAccessibleName(self.tr("Clear the text and the result"))
        self.set_ready(self.check_button.isEnabled())
