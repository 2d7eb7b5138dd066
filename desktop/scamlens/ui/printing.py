"""Print a result, or save it as PDF, with Qt's own printing (QtPrintSupport)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QFont, QImage, QPageSize, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QApplication, QDialog, QWidget

PRINT_POINTS = 11.0  # paper does not follow the on-screen text size


def _document(html: str, images: dict[str, QImage]) -> QTextDocument:
    document = QTextDocument()
    font = QFont(QApplication.font())
    font.setPointSizeF(PRINT_POINTS)
    document.setDefaultFont(font)
    for url, image in images.items():
        document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(url), image)
    document.setHtml(html)
    return document


def _printer() -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setDocName("ScamLens")
    return printer


def save_pdf(html: str, images: dict[str, QImage], path: Path) -> None:
    printer = _printer()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    _document(html, images).print_(printer)


def print_html(html: str, images: dict[str, QImage], parent: QWidget | None = None) -> bool:
    """Show the print dialog and print; False if the user cancelled."""
    printer = _printer()
    dialog = QPrintDialog(printer, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    _document(html, images).print_(printer)
    return True
