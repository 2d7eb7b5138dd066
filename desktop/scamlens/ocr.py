"""Screenshot text recognition, offline: rapidocr + onnxruntime (the optional `ocr` extra).

No Qt here. `recognise(path_or_bytes)` refuses what is not a sensible picture before any
heavy work (the size is read from the image header, so a 20,000 × 20,000 px picture is never
decoded), runs the OCR models that ship inside the rapidocr wheel, and returns the lines in
reading order, NFKC-normalised, joined into one text the engine can check.

The OCR libraries are imported on first use only: without the extra, everything else in
ScamLens works and `OcrUnavailable` says how to enable screenshot checks.
"""

from __future__ import annotations

import io
import threading
import time
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from scamlens.engine.inputs import InputRejected

INSTALL_HINT = "pip install 'scamlens[ocr]'"
# A phone screenshot is 1080 × 2400 (2.6 MP), a 2× one 10 MP; a long scrolling capture can be
# 20 MP. Anything beyond this is not a screenshot, and decoding it could exhaust memory.
MAX_PIXELS = 40_000_000
MAX_SIDE = 16_384
MAX_IMAGE_BYTES = 50_000_000
# Lines scoring below this are noise (icons, avatars, blurred backgrounds).
MIN_LINE_SCORE = 0.5

Cancelled = Callable[[], bool]


class OcrUnavailable(RuntimeError):
    """The `ocr` extra (rapidocr, onnxruntime, Pillow) is not installed."""

    def __init__(self, missing: str) -> None:
        super().__init__(f"screenshot checks are not installed ({missing} is missing): {INSTALL_HINT}")
        self.missing = missing


class OcrCancelled(Exception):
    """The caller's cancel flag was set between two stages."""


@dataclass(frozen=True)
class OcrLine:
    text: str
    score: float
    box: tuple[int, int, int, int]  # left, top, right, bottom in image pixels


@dataclass(frozen=True)
class OcrResult:
    text: str
    lines: tuple[OcrLine, ...]
    seconds: float


def ocr_available() -> bool:
    """True if the extra is installed (cheap: looks for the packages without importing them)."""
    from importlib.util import find_spec

    return all(find_spec(name) is not None for name in ("rapidocr", "onnxruntime", "PIL"))


_engine: Any = None
_engine_lock = threading.Lock()  # one OCR at a time: the models are shared


def _load_engine() -> Any:
    global _engine
    if _engine is None:
        try:
            import onnxruntime  # noqa: F401  (rapidocr would fall back to downloading another runtime)
            from rapidocr import RapidOCR
        except ImportError as error:
            raise OcrUnavailable(error.name or "rapidocr") from None
        _engine = RapidOCR(params={"Global.log_level": "error"})
    return _engine


def _pillow() -> Any:
    try:
        from PIL import Image
    except ImportError:
        raise OcrUnavailable("Pillow") from None
    return Image


def _read(source: str | Path | bytes) -> bytes:
    if isinstance(source, bytes):
        data = source
    else:
        with Path(source).open("rb") as handle:
            data = handle.read(MAX_IMAGE_BYTES + 1)
    if not data:
        raise InputRejected("image_empty")
    if len(data) > MAX_IMAGE_BYTES:
        raise InputRejected("image_too_large", size=f"{len(data) / 1_000_000:.0f} MB", limit="50 MB")
    return data


def open_image(data: bytes) -> Any:
    """Decode `data` into an RGB Pillow image, refusing non-images, huge and broken ones."""
    image_module = _pillow()
    from PIL import ImageOps, UnidentifiedImageError

    # Our own, stricter limit below replaces Pillow's decompression-bomb check, which would
    # refuse at open time without telling the size (the header is all that is read here).
    image_module.MAX_IMAGE_PIXELS = None
    try:
        image = image_module.open(io.BytesIO(data))  # reads the header only
    except UnidentifiedImageError:
        raise InputRejected("image_unknown") from None
    except (OSError, ValueError, SyntaxError, image_module.DecompressionBombError):
        raise InputRejected("image_corrupt") from None
    width, height = image.size
    if width * height > MAX_PIXELS or max(width, height) > MAX_SIDE:
        raise InputRejected(
            "image_too_large", size=f"{width:,} × {height:,} px", limit=f"{MAX_PIXELS / 1_000_000:.0f} MP"
        )
    if width < 8 or height < 8:
        raise InputRejected("image_no_text")
    try:
        image.load()
        image = ImageOps.exif_transpose(image) or image
        if image.mode in ("RGBA", "LA", "P"):
            # Transparent screenshots: put them on white, as an app would show them.
            rgba = image.convert("RGBA")
            image = image_module.new("RGB", rgba.size, "white")
            image.paste(rgba, mask=rgba.getchannel("A"))
        return image.convert("RGB")
    except (OSError, ValueError, SyntaxError, EOFError, image_module.DecompressionBombError):
        raise InputRejected("image_corrupt") from None


def _reading_order(lines: list[OcrLine]) -> list[list[OcrLine]]:
    """Group boxes into rows (vertical overlap of more than half a line), rows top to bottom,
    boxes left to right inside a row."""
    rows: list[list[OcrLine]] = []
    for line in sorted(lines, key=lambda item: (item.box[1] + item.box[3]) / 2):
        middle = (line.box[1] + line.box[3]) / 2
        if rows:
            row = rows[-1]
            top = min(item.box[1] for item in row)
            bottom = max(item.box[3] for item in row)
            if top <= middle <= bottom:
                row.append(line)
                continue
        rows.append([line])
    return [sorted(row, key=lambda item: item.box[0]) for row in rows]


def _continues(previous: list[OcrLine], row: list[OcrLine], block_right: int) -> bool:
    """True if `row` is the wrapped continuation of `previous` (one message across lines):
    single boxes, same left edge, no blank line between, and `previous` filled its width."""
    if len(previous) != 1 or len(row) != 1:
        return False
    above, below = previous[0].box, row[0].box
    line_height = max(above[3] - above[1], 1)
    same_left = abs(above[0] - below[0]) <= line_height * 0.6
    close = below[1] - above[3] <= line_height * 0.8
    full = above[2] >= block_right - line_height * 1.5
    return same_left and close and full


def _join(rows: list[list[OcrLine]]) -> str:
    """Rows → text: wrapped lines of one message are joined back (without a space between
    Chinese characters), other rows are separate lines."""
    text = ""
    block_right = 0
    for index, row in enumerate(rows):
        row_text = " ".join(line.text for line in row)
        right = max(line.box[2] for line in row)
        if index and _continues(rows[index - 1], row, max(block_right, right)):
            ascii_both = (
                text[-1:].isascii() and text[-1:].isalnum() and row_text[:1].isascii() and row_text[:1].isalnum()
            )
            text += (" " if ascii_both else "") + row_text
            block_right = max(block_right, right)
        else:
            text += ("\n" if text else "") + row_text
            block_right = right
    return text


def _lines_from(output: Any) -> list[OcrLine]:
    if output is None or getattr(output, "txts", None) is None or output.boxes is None:
        return []
    lines = []
    for box, text, score in zip(output.boxes, output.txts, output.scores, strict=False):
        text = unicodedata.normalize("NFKC", str(text)).strip()
        if not text or float(score) < MIN_LINE_SCORE:
            continue
        xs = [float(point[0]) for point in box]
        ys = [float(point[1]) for point in box]
        lines.append(OcrLine(text, round(float(score), 3), (int(min(xs)), int(min(ys)), int(max(xs)), int(max(ys)))))
    return lines


def recognise(source: str | Path | bytes, cancelled: Cancelled | None = None) -> OcrResult:
    """Recognise the text of a screenshot (a file path or the image's bytes).

    Raises InputRejected (image_empty, image_unknown, image_corrupt, image_too_large,
    image_no_text), OcrUnavailable without the extra, OSError if a file cannot be read, and
    OcrCancelled when `cancelled()` turns true between stages.
    """

    def check_cancel() -> None:
        if cancelled is not None and cancelled():
            raise OcrCancelled

    started = time.perf_counter()
    data = _read(source)
    check_cancel()
    image = open_image(data)
    check_cancel()
    with _engine_lock:
        engine = _load_engine()
        check_cancel()
        output = engine(image)
    check_cancel()
    rows = _reading_order(_lines_from(output))
    if not rows:
        raise InputRejected("image_no_text")
    text = _join(rows)
    ordered = tuple(line for row in rows for line in row)
    return OcrResult(text, ordered, round(time.perf_counter() - started, 3))
