"""Look: fonts, text size, the normal and the high-contrast palette, visible focus.

Colours always come with words and icon shapes (see icons.py): never colour alone.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtGui import QColor, QFont, QFontDatabase, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

from scamlens.paths import resources_dir

MIN_BASE_POINTS = 11.0  # the normal (100 %) size: readable for older eyes
RISK_SCALE = 1.6  # the risk word, relative to the body text
_BASE_PROPERTY = "scamlens_base_font"
_FONTS_PROPERTY = "scamlens_fonts_registered"


@dataclass(frozen=True)
class RiskColours:
    text: str
    background: str
    border: str


_RISK_COLOURS = {
    "high": RiskColours("#8c1d18", "#fde8e7", "#b3261e"),
    "medium": RiskColours("#7a4100", "#fff1dc", "#c26a00"),
    "low": RiskColours("#5c4d00", "#fff8d1", "#a08700"),
    "none": RiskColours("#17406b", "#e7f0fa", "#3a6ea5"),
}
_RISK_COLOURS_CONTRAST = {
    "high": RiskColours("#ffffff", "#000000", "#ff5c5c"),
    "medium": RiskColours("#ffffff", "#000000", "#ffb020"),
    "low": RiskColours("#ffffff", "#000000", "#ffe14d"),
    "none": RiskColours("#ffffff", "#000000", "#7fc4ff"),
}
HIGHLIGHT = ("#ffe066", "#000000")  # background, text: trigger words in the input box
HIGHLIGHT_CONTRAST = ("#ffff00", "#000000")
FOCUS = "#0b57d0"
FOCUS_CONTRAST = "#ffff00"


def risk_colours(risk: str, high_contrast: bool) -> RiskColours:
    return (_RISK_COLOURS_CONTRAST if high_contrast else _RISK_COLOURS)[risk]


def highlight_colours(high_contrast: bool) -> tuple[str, str]:
    return HIGHLIGHT_CONTRAST if high_contrast else HIGHLIGHT


def register_bundled_fonts(folder: Path | None = None) -> list[str]:
    """Register the fonts under resources/fonts/ so CJK text renders without system fonts."""
    families: list[str] = []
    folder = folder or resources_dir() / "fonts"
    for path in sorted(folder.glob("*.tt[cf]")) + sorted(folder.glob("*.otf")):
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id >= 0:
            families.extend(QFontDatabase.applicationFontFamilies(font_id))
    return [family for family in families if "Mono" not in family]


def _base_font(app: QApplication) -> QFont:
    stored = app.property(_BASE_PROPERTY)
    if isinstance(stored, QFont):
        return QFont(stored)
    base = QFont(app.font())
    base.setPointSizeF(max(base.pointSizeF(), MIN_BASE_POINTS))
    app.setProperty(_BASE_PROPERTY, base)
    return QFont(base)


def setup_fonts(app: QApplication) -> None:
    """Installed fonts first, the bundled CJK font as the fallback for Chinese. Runs once."""
    if app.property(_FONTS_PROPERTY):
        return
    app.setProperty(_FONTS_PROPERTY, True)
    base = _base_font(app)
    fallbacks = register_bundled_fonts()
    families = [base.family(), *(family for family in fallbacks if family != base.family())]
    base.setFamilies(families)
    app.setProperty(_BASE_PROPERTY, base)
    app.setFont(base)


def scaled_font(app: QApplication, percent: int) -> QFont:
    font = _base_font(app)
    font.setPointSizeF(font.pointSizeF() * percent / 100)
    return font


def _palette(high_contrast: bool) -> QPalette:
    if not high_contrast:
        return QStyleFactory.create("Fusion").standardPalette()
    palette = QPalette()
    black, white, yellow, cyan = QColor("#000000"), QColor("#ffffff"), QColor("#ffff00"), QColor("#00ffff")
    grey = QColor("#9a9a9a")
    for role, colour in (
        (QPalette.ColorRole.Window, black),
        (QPalette.ColorRole.WindowText, white),
        (QPalette.ColorRole.Base, black),
        (QPalette.ColorRole.AlternateBase, QColor("#1a1a1a")),
        (QPalette.ColorRole.Text, white),
        (QPalette.ColorRole.PlaceholderText, QColor("#d0d0d0")),
        (QPalette.ColorRole.Button, black),
        (QPalette.ColorRole.ButtonText, white),
        (QPalette.ColorRole.BrightText, yellow),
        (QPalette.ColorRole.Highlight, yellow),
        (QPalette.ColorRole.HighlightedText, black),
        (QPalette.ColorRole.Link, cyan),
        (QPalette.ColorRole.LinkVisited, cyan),
        (QPalette.ColorRole.ToolTipBase, black),
        (QPalette.ColorRole.ToolTipText, white),
        (QPalette.ColorRole.Light, white),
        (QPalette.ColorRole.Mid, white),
        (QPalette.ColorRole.Dark, white),
    ):
        palette.setColor(role, colour)
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, grey)
    return palette


def stylesheet(percent: int, high_contrast: bool, points: float) -> str:
    """Text size for every widget, visible focus on every control, paddings that grow with the text.

    Sizes go through the style sheet because QApplication.setFont does not reach widgets
    that already exist once a style sheet is set.
    """
    focus = FOCUS_CONTRAST if high_contrast else FOCUS
    border = "#ffffff" if high_contrast else "#8a8a8a"
    pad = round(4 * percent / 100)
    wide = round(10 * percent / 100)
    width = 3 if high_contrast else 2
    indicator = round(14 * percent / 100)
    arrow = round(18 * percent / 100)
    return f"""
* {{ font-size: {points:.1f}pt; }}
QLabel#risk {{ font-size: {points * RISK_SCALE:.1f}pt; font-weight: bold; }}
QLabel#headline {{ font-weight: bold; }}
QPushButton, QToolButton {{
    border: {width - 1}px solid {border}; border-radius: 4px; padding: {pad}px {wide}px;
    background: palette(button); color: palette(button-text);
}}
QPushButton:hover, QToolButton:hover {{ background: palette(midlight); }}
QPushButton:checked, QToolButton:checked {{
    background: palette(highlight); color: palette(highlighted-text);
}}
QPushButton:disabled, QToolButton:disabled {{ color: palette(mid); border-style: dashed; }}
QPushButton#primary {{ font-weight: bold; border-width: 2px; }}
QPushButton:focus, QToolButton:focus, QLineEdit:focus, QTextEdit:focus, QTextBrowser:focus,
QComboBox:focus, QSpinBox:focus, QSlider:focus, QTreeWidget:focus, QTableView:focus, QListWidget:focus {{
    border: 3px solid {focus};
}}
QCheckBox:focus, QRadioButton:focus {{ border: 3px solid {focus}; border-radius: 3px; }}
QCheckBox, QRadioButton {{ padding: {pad}px; border: 3px solid transparent; }}
QCheckBox::indicator, QRadioButton::indicator {{ width: {indicator}px; height: {indicator}px; }}
QSpinBox::up-button, QSpinBox::down-button {{ width: {arrow}px; }}
QComboBox::drop-down {{ width: {arrow}px; }}
QLineEdit, QComboBox, QSpinBox {{ padding: {pad}px; border: {width - 1}px solid {border}; border-radius: 3px; }}
QTextEdit, QTextBrowser, QTreeWidget, QTableView, QListWidget {{ border: {width - 1}px solid {border}; }}
QTabBar::tab {{ padding: {pad}px {wide}px; border: {width - 1}px solid {border}; margin-right: 2px; }}
QTabBar::tab:selected {{ background: palette(highlight); color: palette(highlighted-text); }}
QTabBar::tab:focus {{ border: 3px solid {focus}; }}
"""


def apply_look(app: QApplication, percent: int, high_contrast: bool) -> None:
    setup_fonts(app)
    font = scaled_font(app, percent)
    app.setStyle("Fusion")
    app.setPalette(_palette(high_contrast))
    app.setFont(font)
    app.setStyleSheet(stylesheet(percent, high_contrast, font.pointSizeF()))
