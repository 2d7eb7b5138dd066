"""Screenshots dropped or pasted on the paste box: recognise the text off the UI thread.

`ScreenshotReader` runs scamlens.ocr on its own worker (OCR takes a second or two and must
not hold up checks), shows "recognising…" with a Cancel button in a `ScreenshotBar`, and
emits `recognised(text)`; the check page puts the text into the box, where the user can
correct it and where it is checked like pasted text. Without the `ocr` extra the bar says
how to enable screenshot checks.
"""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from scamlens import ocr
from scamlens.engine.inputs import InputRejected

from .tasks import TaskRunner


class ScreenshotBar(QWidget):
    """One row under the paste box: a message, a busy indicator and Cancel / Close."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)  # busy: OCR reports no percentage
        self.progress.setMaximumWidth(160)
        self.progress.setTextVisible(False)
        self.cancel_button = QPushButton(self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.progress)
        layout.addWidget(self.cancel_button)
        self.busy = False
        self.hide()

    def show_busy(self, words: str, button: str) -> None:
        self.busy = True
        self._show(words, button)
        self.progress.show()

    def show_message(self, words: str, button: str) -> None:
        self.busy = False
        self._show(words, button)
        self.progress.hide()

    def _show(self, words: str, button: str) -> None:
        self.label.setText(words)
        self.label.setAccessibleName(words)
        self.cancel_button.setText(button)
        self.cancel_button.setAccessibleName(button)
        self.show()


class ScreenshotReader(QObject):
    recognised = Signal(str)
    finished = Signal()  # recognised, refused, failed or cancelled: the bar says which

    def __init__(self, bar: ScreenshotBar, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.bar = bar
        self.runner = TaskRunner(self)  # its own worker: a check never waits behind an OCR
        self._serial = 0
        self._cancel = threading.Event()
        self._words = (lambda: "", lambda: "")
        bar.cancel_button.setText(self.tr("Cancel"))  # named even while hidden
        bar.cancel_button.setAccessibleName(self.tr("Cancel"))
        bar.cancel_button.clicked.connect(self._button_clicked)
        bar.installEventFilter(self)

    @property
    def busy(self) -> bool:
        return self.bar.busy

    def read(self, source: Path | bytes) -> None:
        """Recognise a screenshot file or image bytes; the result arrives as `recognised`."""
        self._cancel.set()  # a newer picture replaces one still being read
        if not ocr.ocr_available():
            self._say(self._unavailable, busy=False)
            self.finished.emit()
            return
        self._serial += 1
        serial = self._serial
        cancel = self._cancel = threading.Event()
        self._say(lambda: self.tr("Recognising the text in the picture…"), busy=True)
        self.runner.run(
            lambda: ocr.recognise(source, cancelled=cancel.is_set),
            lambda result: self._done(serial, result),
            lambda error: self._failed(serial, error),
        )

    def cancel(self) -> None:
        self._cancel.set()
        self._serial += 1  # whatever is still running is ignored when it ends
        self.bar.hide()
        self.bar.busy = False
        self.finished.emit()

    def _button_clicked(self) -> None:
        if self.bar.busy:
            self.cancel()
        else:
            self.bar.hide()

    def _done(self, serial: int, result: ocr.OcrResult) -> None:
        if serial != self._serial:
            return
        self.bar.busy = False
        self.bar.hide()
        self.recognised.emit(result.text)
        self.finished.emit()

    def _failed(self, serial: int, error: BaseException) -> None:
        if serial != self._serial or isinstance(error, ocr.OcrCancelled):
            return
        if isinstance(error, InputRejected):
            self._say(lambda: self._refusal(error), busy=False)
        elif isinstance(error, ocr.OcrUnavailable):
            self._say(self._unavailable, busy=False)
        elif isinstance(error, OSError):
            self._say(
                lambda: self.tr("Cannot open the picture: {reason}").format(reason=error.strerror or error), busy=False
            )
        else:
            self._say(
                lambda: self.tr("The text could not be recognised: {error}").format(
                    error=f"{type(error).__name__}: {error}"
                ),
                busy=False,
            )
        self.finished.emit()

    def _unavailable(self) -> str:
        return self.tr(
            "Screenshot checks are not installed. To enable them, install the OCR extra: pip install 'scamlens[ocr]'. "
            "Until then, copy the text of the message and paste it here."
        )

    def _refusal(self, rejected: InputRejected) -> str:
        details = rejected.details
        messages = {
            "image_empty": lambda: self.tr("The picture file is empty, so there is nothing to read."),
            "image_unknown": lambda: self.tr("This is not a picture ScamLens can read (PNG, JPG, BMP, WebP or GIF)."),
            "image_corrupt": lambda: self.tr("The picture is damaged or incomplete. Take the screenshot again."),
            "image_too_large": lambda: self.tr(
                "The picture is too large ({size}; the limit is {limit}). Capture only the screen with the message."
            ).format(size=details.get("size", ""), limit=details.get("limit", "")),
            "image_no_text": lambda: self.tr(
                "No text was found in the picture. Make sure it shows the message, or paste the text instead."
            ),
        }
        return messages.get(rejected.reason, lambda: rejected.reason)()

    def _say(self, words, busy: bool) -> None:
        self._words = (words, busy)
        button = self.tr("Cancel") if busy else self.tr("Close")
        if busy:
            self.bar.show_busy(words(), button)
        else:
            self.bar.show_message(words(), button)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.bar and event.type() == QEvent.Type.LanguageChange and self.bar.isVisible():
            words, busy = self._words
            self._say(words, busy)
        return False

    def wait(self, milliseconds: int = 10_000) -> bool:
        self._cancel.set()
        return self.runner.wait(milliseconds)
