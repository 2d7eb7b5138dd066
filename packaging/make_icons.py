"""Draw the ScamLens app icon (a magnifier over a warning mark) in the standard sizes.

Run from the repository root whenever the design changes; the output is committed:

    .venv/bin/python packaging/make_icons.py

Writes resources/icons/scamlens-<size>.png (16…512), scamlens.ico (Windows) and
scamlens.icns (macOS). Drawn with QPainter only (no font), so it looks the same anywhere.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QGuiApplication, QImage, QPainter, QPen

SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
OUT = Path(__file__).resolve().parents[1] / "resources" / "icons"
BACKGROUND = QColor("#1f5f8b")  # deep blue: calm, and white reads well on it
LENS = QColor("#ffffff")
MARK = QColor("#f5a623")  # amber warning mark


def draw(size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.scale(size / 100, size / 100)  # draw on a 100×100 grid
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(BACKGROUND)
    painter.drawRoundedRect(QRectF(2, 2, 96, 96), 20, 20)
    # handle first, so the ring covers its end
    painter.setPen(QPen(LENS, 13, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
    painter.drawLine(QPointF(63, 63), QPointF(82, 82))
    # the lens: a thick white ring with a dark inside
    painter.setPen(QPen(LENS, 9))
    painter.setBrush(QBrush(QColor("#163f5c")))
    painter.drawEllipse(QPointF(42, 42), 25, 25)
    # an exclamation mark in the lens
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(MARK)
    painter.drawRoundedRect(QRectF(36.5, 25, 11, 23), 5, 5)
    painter.drawEllipse(QPointF(42, 56.5), 6, 6)
    painter.end()
    return image


def main() -> int:
    app = QGuiApplication(sys.argv)
    OUT.mkdir(parents=True, exist_ok=True)
    for size in SIZES:
        draw(size).save(str(OUT / f"scamlens-{size}.png"))
    draw(256).save(str(OUT / "scamlens.ico"))
    if not draw(512).save(str(OUT / "scamlens.icns")):
        print("no icns writer in this Qt: make scamlens.icns with iconutil on macOS")
    print(f"icons written to {OUT}")
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
