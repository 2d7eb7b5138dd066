"""Screenshots for the OCR tests and benchmark, drawn with Qt offscreen and the bundled font.

Three kinds of screen a user would capture: a chat (bubbles left and right, avatars, a title
bar), an SMS screen (a sender number, one grey bubble, a time), and a livestream frame (a
busy coloured picture with a caption band and a comment overlay). `scale` is the device
pixel ratio: 1 draws a 360 px wide screen, 2 a 720 px one, 3 a 1080 × 2400 phone screen.

Each render returns the PNG bytes and the text it shows, in reading order (what a perfect
OCR would return), so accuracy can be measured against it.
"""

from __future__ import annotations

import os
import re
import tomllib
from dataclasses import dataclass
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QFontMetricsF,
    QGuiApplication,
    QImage,
    QLinearGradient,
    QPainter,
    QPainterPath,
    QPen,
)

ROOT = Path(__file__).resolve().parents[1]
FONT_FILE = ROOT / "resources" / "fonts" / "wqy-microhei.ttc"
KINDS = ("chat", "sms", "livestream")
WIDTH, HEIGHT = 360, 800  # logical phone screen (dp); 3× is 1080 × 2400


@dataclass(frozen=True)
class Screenshot:
    png: bytes
    text: str  # everything drawn, in reading order, one line per drawn line
    width: int
    height: int


_family: str | None = None


def font_family() -> str:
    """Register the bundled font once (needs a QGuiApplication) and return its family."""
    global _family
    if _family is None:
        if QGuiApplication.instance() is None:
            # A QApplication, not a QGuiApplication: the window tests in the same run need widgets.
            from PySide6.QtWidgets import QApplication

            QApplication([])
        font_id = QFontDatabase.addApplicationFont(str(FONT_FILE))
        families = QFontDatabase.applicationFontFamilies(font_id)
        if not families:
            raise RuntimeError(f"cannot load {FONT_FILE}")
        _family = families[0]
    return _family


def pattern_examples() -> list[tuple[str, str]]:
    """(pattern id, text) of every example that must match, in file order."""
    examples = []
    for path in sorted((ROOT / "resources" / "patterns").glob("*/*.toml")):
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        examples += [(path.stem, ex["text"]) for ex in data.get("example", []) if ex.get("expect") == "match"]
    return examples


def wrap(text: str, metrics: QFontMetricsF, width: float) -> list[str]:
    """Break `text` into lines no wider than `width`, as phones do: anywhere between Chinese
    characters, but never inside a run of Latin letters and digits (a word, a WeChat ID)."""
    tokens = re.findall(r"[A-Za-z0-9@._\-]+|.", text)
    lines, current = [], ""
    for token in tokens:
        if current and metrics.horizontalAdvance(current + token) > width:
            lines.append(current)
            current = ""
        current += token
    if current:
        lines.append(current)
    return lines


class _Canvas:
    def __init__(self, scale: float, height: int = HEIGHT) -> None:
        self.scale = scale
        self.image = QImage(round(WIDTH * scale), round(height * scale), QImage.Format.Format_RGB32)
        self.painter = QPainter(self.image)
        self.painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        self.painter.scale(scale, scale)
        self.lines: list[str] = []

    def font(self, size: float, bold: bool = False) -> QFont:
        font = QFont(font_family())
        font.setPixelSize(round(size))  # logical pixels: the painter's scale makes them device pixels
        font.setBold(bold)
        self.painter.setFont(font)
        return font

    def metrics(self) -> QFontMetricsF:
        return QFontMetricsF(self.painter.font())

    def text(self, x: float, y: float, text: str, colour: str, record: bool = True) -> None:
        self.painter.setPen(QColor(colour))
        self.painter.drawText(QRectF(x, y, WIDTH, 200), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, text)
        if record:
            self.lines.append(text)

    def box(self, rect: QRectF, colour: str, radius: float = 6) -> None:
        path = QPainterPath()
        path.addRoundedRect(rect, radius, radius)
        self.painter.fillPath(path, QColor(colour))

    def finish(self) -> Screenshot:
        self.painter.end()
        buffer = QBuffer()
        data = QByteArray()
        buffer.setBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        self.image.save(buffer, "PNG")
        return Screenshot(bytes(data), "\n".join(self.lines), self.image.width(), self.image.height())


def _bubble(canvas: _Canvas, y: float, text: str, right: bool, colour: str) -> float:
    """A chat bubble with an avatar; returns the y below it."""
    canvas.font(16)
    metrics = canvas.metrics()
    lines = wrap(text, metrics, WIDTH * 0.62)
    line_height = metrics.lineSpacing() + 2
    width = max(metrics.horizontalAdvance(line) for line in lines) + 24
    height = line_height * len(lines) + 18
    avatar_x = WIDTH - 50 if right else 10
    canvas.box(QRectF(avatar_x, y, 40, 40), "#7f9cc0" if right else "#d98b5f", 4)
    x = WIDTH - 58 - width if right else 58
    canvas.box(QRectF(x, y, width, height), colour)
    for index, line in enumerate(lines):
        canvas.text(x + 12, y + 9 + index * line_height, line, "#111111")
    return y + height + 18


def render_chat(messages: list[str], scale: float = 1, height: int = HEIGHT) -> Screenshot:
    """A chat screen: the other person's messages on the left, the user's reply on the right."""
    canvas = _Canvas(scale, height)
    canvas.painter.fillRect(QRectF(0, 0, WIDTH, height), QColor("#ededed"))
    canvas.painter.fillRect(QRectF(0, 0, WIDTH, 52), QColor("#f7f7f7"))
    canvas.font(18, bold=True)
    canvas.text(150, 14, "客服小王", "#111111")
    y = 70.0
    canvas.font(12)
    canvas.text(160, y, "10:32", "#999999")
    y += 30
    for index, message in enumerate(messages):
        right = index % 2 == 1
        y = _bubble(canvas, y, message, right, "#95ec69" if right else "#ffffff")
    return canvas.finish()


def render_sms(message: str, scale: float = 1) -> Screenshot:
    """An SMS screen: the sender's number on top, one grey bubble, the time above it."""
    canvas = _Canvas(scale)
    canvas.painter.fillRect(QRectF(0, 0, WIDTH, HEIGHT), QColor("#ffffff"))
    canvas.painter.fillRect(QRectF(0, 0, WIDTH, 60), QColor("#f2f2f2"))
    canvas.font(18, bold=True)
    canvas.text(120, 18, "106905551234", "#000000")
    canvas.font(12)
    canvas.text(140, 80, "今天 09:15", "#8e8e93")
    canvas.font(16)
    metrics = canvas.metrics()
    lines = wrap(message, metrics, WIDTH * 0.7)
    line_height = metrics.lineSpacing() + 3
    canvas.box(QRectF(14, 110, WIDTH * 0.7 + 24, line_height * len(lines) + 20), "#e9e9eb", 14)
    for index, line in enumerate(lines):
        canvas.text(26, 120 + index * line_height, line, "#000000")
    return canvas.finish()


def render_livestream(caption: str, scale: float = 1) -> Screenshot:
    """A livestream frame: a coloured, busy picture, a caption band and a comment."""
    canvas = _Canvas(scale)
    painter = canvas.painter
    gradient = QLinearGradient(0, 0, WIDTH, HEIGHT)
    gradient.setColorAt(0, QColor("#8a3b5c"))
    gradient.setColorAt(0.5, QColor("#d9975b"))
    gradient.setColorAt(1, QColor("#30506e"))
    painter.fillRect(QRectF(0, 0, WIDTH, HEIGHT), gradient)
    for index in range(9):  # shapes standing in for the host and the products
        painter.setBrush(QColor.fromHsv((index * 47) % 360, 120, 200, 160))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.drawEllipse(QRectF(20 + index * 37 % 300, 160 + index * 53 % 340, 70, 90))
    canvas.box(QRectF(10, 12, 150, 34), "#66000000", 17)
    canvas.font(14, bold=True)
    canvas.text(22, 20, "好物直播间", "#ffffff")
    canvas.font(18, bold=True)
    metrics = canvas.metrics()
    lines = wrap(caption, metrics, WIDTH - 40)
    line_height = metrics.lineSpacing() + 4
    top = 560.0
    canvas.box(QRectF(8, top - 8, WIDTH - 16, line_height * len(lines) + 16), "#99000000", 8)
    painter.setPen(QPen(QColor("#000000")))
    for index, line in enumerate(lines):
        canvas.text(20, top + index * line_height, line, "#ffee66")
    canvas.font(13)
    canvas.text(16, 740, "用户8823：怎么买？", "#ffffff")
    return canvas.finish()


def render(kind: str, text: str, scale: float = 1) -> Screenshot:
    if kind == "chat":
        return render_chat([text, "真的吗？"], scale)
    if kind == "sms":
        return render_sms(text, scale)
    if kind == "livestream":
        return render_livestream(text, scale)
    raise ValueError(kind)
