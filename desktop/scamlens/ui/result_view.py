"""The result panel: one scrolling document with the risk banner (word + icon + colour,
headline, summary) and every section under it.

It also shows the "preparing…" state, input errors and the empty-state hint, and offers
copy, print and save-as-PDF for the result it shows. Everything is rich text in a single
QTextBrowser, so it wraps and scrolls at any text size instead of clipping.
"""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QSize, QUrl, Signal
from PySide6.QtGui import QFontMetrics, QGuiApplication, QImage, QTextDocument
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from .flow_layout import flow_row
from .icons import risk_pixmap
from .printing import PRINT_POINTS, print_html, save_pdf
from .report import ICON_URL, Report, box_html, printable_html, report_html, report_plain_text
from .theme import RISK_SCALE, risk_colours
from .translations import RetranslatesOnLanguageChange

ICON_SCALE = 1.5  # the icon, relative to the risk word's line height


def icon_size(body_points: float) -> int:
    font = QApplication.font()
    font.setPointSizeF(body_points * RISK_SCALE)
    return round(QFontMetrics(font).height() * ICON_SCALE)


class ResultBrowser(QTextBrowser):
    """Asks for only a few lines: it scrolls, and the window gives it the rest of the height."""

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), 6 * self.fontMetrics().lineSpacing())


class ResultView(RetranslatesOnLanguageChange, QWidget):
    """What the check found, or why there is nothing to show yet."""

    copied = Signal()
    pdf_saved = Signal(Path)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.report: Report | None = None
        self.high_contrast = False
        self.message = ""  # the message shown instead of a result ("" when a result shows)
        self.error = False

        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)  # busy
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(12)
        self.copy_button = QPushButton(self)
        self.print_button = QPushButton(self)
        self.pdf_button = QPushButton(self)
        self.copy_button.clicked.connect(self.copy_result)
        self.print_button.clicked.connect(self.print_result)
        self.pdf_button.clicked.connect(self.ask_save_pdf)
        self.actions_row = flow_row(self.copy_button, self.print_button, self.pdf_button, parent=self)
        self.browser = ResultBrowser(self)
        self.browser.setOpenLinks(False)
        self.browser.setTabChangesFocus(True)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.progress)
        layout.addWidget(self.actions_row)
        layout.addWidget(self.browser, 1)
        self.retranslate()
        self.show_message("")

    # States -----------------------------------------------------------------------------

    @property
    def showing_result(self) -> bool:
        return self.report is not None

    def shown_text(self) -> str:
        """Everything the panel shows, as plain text."""
        return self.browser.toPlainText().replace("\ufffc", "").strip()

    def show_message(self, text: str, busy: bool = False, error: bool = False) -> None:
        """No result: a hint, the "preparing…" state or an error (already in the UI language)."""
        self.report, self.message, self.error = None, text, error
        self.progress.setVisible(busy)
        self.actions_row.setVisible(False)
        self._render()

    def show_report(self, report: Report, high_contrast: bool) -> None:
        self.report, self.message, self.error, self.high_contrast = report, "", False, high_contrast
        self.progress.setVisible(False)
        self.actions_row.setVisible(True)
        self._render()

    def refresh_look(self, high_contrast: bool) -> None:
        """Follow a new text size or theme."""
        self.high_contrast = high_contrast
        self._render()

    def _render(self) -> None:
        points = QApplication.font().pointSizeF()
        size = icon_size(points)
        document = self.browser.document()
        if self.report is not None:
            risk = self.report.risk
            content = report_html(self.report, self.high_contrast, points, size)
            self.browser.setAccessibleDescription(f"{self.report.risk_label}. {self.report.headline}")
        elif self.error:
            risk = "medium"
            colours = risk_colours(risk, self.high_contrast)
            lines = self.message.split("\n")
            content = box_html(colours, size, lines[0], points, lines[1:], bold_first=False)
            self.browser.setAccessibleDescription(self.message)
        else:
            risk = "none"
            content = f'<p style="font-weight:bold;">{html.escape(self.message)}</p>' if self.message else ""
            self.browser.setAccessibleDescription(self.message)
        ratio = self.devicePixelRatioF()
        icon = risk_pixmap(risk, size, self.high_contrast, ratio).toImage()
        document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(ICON_URL), icon)
        self.browser.setHtml(content)

    # Actions ----------------------------------------------------------------------------

    def copy_result(self) -> None:
        if self.report is not None:
            QGuiApplication.clipboard().setText(report_plain_text(self.report))
            self.copied.emit()

    def _printable(self) -> tuple[str, dict[str, QImage]]:
        assert self.report is not None
        size = round(PRINT_POINTS * RISK_SCALE * 2.2)
        icon = risk_pixmap(self.report.risk, size, False, 2.0).toImage()
        return printable_html(self.report, PRINT_POINTS, size), {ICON_URL: icon}

    def print_result(self) -> None:
        if self.report is not None:
            print_html(*self._printable(), parent=self)

    def ask_save_pdf(self) -> None:
        if self.report is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the result as PDF"), "scamlens-result.pdf", self.tr("PDF files (*.pdf)")
        )
        if path:
            self.save_pdf(Path(path) if path.lower().endswith(".pdf") else Path(path + ".pdf"))

    def save_pdf(self, path: Path) -> None:
        if self.report is None:
            return
        try:
            save_pdf(*self._printable(), path=path)
        except OSError as error:
            QMessageBox.warning(self, self.tr("Cannot save"), str(error))
            return
        self.pdf_saved.emit(path)

    # Language ---------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.copy_button.setText(self.tr("Cop&y result"))
        self.copy_button.setAccessibleName(self.tr("Copy the result to the clipboard"))
        self.print_button.setText(self.tr("P&rint…"))
        self.print_button.setAccessibleName(self.tr("Print the result"))
        self.pdf_button.setText(self.tr("Save as P&DF…"))
        self.pdf_button.setAccessibleName(self.tr("Save the result as a PDF file"))
        self.browser.setAccessibleName(self.tr("Result"))
        self.progress.setAccessibleName(self.tr("Preparing"))
