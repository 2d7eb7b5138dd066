"""The large paste box: plain text only, accepts dropped files, shows trigger words highlighted."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMimeData, QSize, Signal
from PySide6.QtGui import QColor, QImage, QTextCharFormat, QTextCursor, QTextFormat
from PySide6.QtWidgets import QTextEdit, QWidget


def utf16_index(text: str, index: int) -> int:
    """Python string index → Qt (UTF-16) position: characters beyond U+FFFF count twice."""
    return index + sum(1 for char in text[:index] if ord(char) > 0xFFFF)


def _local_files(mime: QMimeData) -> list[Path]:
    return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()] if mime.hasUrls() else []


IMAGE_SUFFIXES = {".png", ".jpg", ".jpeg", ".bmp", ".webp", ".gif", ".tif", ".tiff"}


def _image_bytes(mime: QMimeData) -> bytes | None:
    """A pasted picture (no file behind it, e.g. a fresh screenshot) as PNG bytes."""
    if not mime.hasImage() or mime.text().strip():
        return None
    image = mime.imageData()
    if not isinstance(image, QImage) or image.isNull():
        return None
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data)


class InputBox(QTextEdit):
    file_dropped = Signal(Path)
    image_dropped = Signal(object)  # a screenshot: its Path, or PNG bytes from the clipboard

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAcceptRichText(False)
        self.setTabChangesFocus(True)  # Tab moves on, so the keyboard never gets stuck here

    def sizeHint(self) -> QSize:
        """About 150 px (six lines at normal size, four with large text): most pasted messages
        fit, and the result keeps most of the window."""
        line = self.fontMetrics().lineSpacing()
        lines = min(6, max(3, 150 // line + 1))
        return QSize(40 * self.fontMetrics().averageCharWidth(), lines * line + 2 * self.frameWidth() + 8)

    # Files dropped (or pasted as file references) are read, not inserted as a path.
    # Screenshots (image files, pasted pictures) are recognised, not inserted.
    def canInsertFromMimeData(self, source: QMimeData) -> bool:
        return bool(_local_files(source)) or source.hasImage() or super().canInsertFromMimeData(source)

    def insertFromMimeData(self, source: QMimeData) -> None:
        files = _local_files(source)
        picture = None if files else _image_bytes(source)
        if files and files[0].suffix.lower() in IMAGE_SUFFIXES:
            self.image_dropped.emit(files[0])
        elif files:
            self.file_dropped.emit(files[0])
        elif picture is not None:
            self.image_dropped.emit(picture)
        else:
            self.insertPlainText(source.text())

    def highlight(self, ranges: list[tuple[int, int]], background: str, foreground: str) -> None:
        """Mark [start, end) ranges of the current text (Python indices, as the engine gives them)."""
        text = self.toPlainText()
        selections = []
        for start, end in ranges:
            cursor = QTextCursor(self.document())
            cursor.setPosition(utf16_index(text, start))
            cursor.setPosition(utf16_index(text, end), QTextCursor.MoveMode.KeepAnchor)
            char_format = QTextCharFormat()
            char_format.setBackground(QColor(background))
            char_format.setForeground(QColor(foreground))
            char_format.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
            char_format.setProperty(QTextFormat.Property.FullWidthSelection, False)
            selection = QTextEdit.ExtraSelection()
            selection.cursor = cursor
            selection.format = char_format
            selections.append(selection)
        self.setExtraSelections(selections)

    def clear_highlights(self) -> None:
        self.setExtraSelections([])

    def highlighted_words(self) -> list[str]:
        """The text under each highlight, read back from the box (what a user sees marked)."""
        return [selection.cursor.selectedText() for selection in self.extraSelections()]
