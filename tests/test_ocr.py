"""Screenshot checks: OCR accuracy on screenshots drawn here, bad images, and the CLI.

The OCR tests need the optional `ocr` extra (pip install -e ".[ocr]"); without it they are
skipped with that reason. The bad-image tests that never reach the OCR model need only Pillow.
"""

from __future__ import annotations

import json
import struct
import time
import unicodedata
import zlib
from functools import cache

import pytest
from opencc import OpenCC

from ocr_images import KINDS, pattern_examples, render
from scamlens.cli import main
from scamlens.engine import Checker
from scamlens.engine.inputs import InputRejected

pytest.importorskip("rapidocr", reason="the OCR extra is not installed: pip install -e '.[ocr]'")
pytest.importorskip("onnxruntime", reason="the OCR extra is not installed: pip install -e '.[ocr]'")

from scamlens import ocr

# Which pattern's examples each kind of screen shows (a scam that arrives that way).
SOURCES = {
    "chat": ("fake-customer-service", "brushing-job"),
    "sms": ("phishing-link", "impersonation-authority"),
    "livestream": ("livestream-buyback", "investment-scam"),
}


def _is_traditional(text: str) -> bool:
    return OpenCC("t2s").convert(text) != text


def example_for(kind: str, script: str) -> str:
    examples = pattern_examples()
    for pattern in SOURCES[kind]:
        for pattern_id, text in examples:
            if pattern_id == pattern and _is_traditional(text) == (script == "zh-Hant"):
                return text
    raise AssertionError(f"no {script} example for {kind}")


def edit_distance(a: str, b: str) -> int:
    previous = list(range(len(b) + 1))
    for i, char_a in enumerate(a, 1):
        current = [i]
        for j, char_b in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (char_a != char_b)))
        previous = current
    return previous[-1]


def _plain(text: str) -> str:
    return "".join(unicodedata.normalize("NFKC", text).split())


def character_accuracy(expected: str, recognised: str) -> float:
    """1 - edit distance / length, after NFKC and with all whitespace removed."""
    want, got = _plain(expected), _plain(recognised)
    return 1 - edit_distance(want, got) / len(want)


def summary(checker: Checker, text: str) -> tuple[str, list[str]]:
    verdict = checker.check(text)
    return verdict.risk, sorted({match.pattern.category for match in verdict.matches})


@cache
def _shot(kind: str, script: str, scale: int):
    return render(kind, example_for(kind, script), scale)


CASES = [(kind, script, scale) for kind in KINDS for script in ("zh-Hans", "zh-Hant") for scale in (1, 2)]


@pytest.mark.parametrize(("kind", "script", "scale"), CASES, ids=[f"{k}-{s}-{x}x" for k, s, x in CASES])
def test_screenshot_is_read_accurately_and_gets_the_same_verdict(checker: Checker, kind, script, scale) -> None:
    original = example_for(kind, script)
    shot = _shot(kind, script, scale)
    result = ocr.recognise(shot.png)
    accuracy = character_accuracy(shot.text, result.text)
    print(f"\n{kind} {script} {scale}x: accuracy {accuracy:.1%}, {result.seconds:.2f} s")
    assert accuracy >= 0.95, (shot.text, result.text)
    assert summary(checker, result.text) == summary(checker, original)
    assert summary(checker, original)[0] != "none"


def test_evidence_offsets_point_into_the_recognised_text(capsys, tmp_path) -> None:
    shot = _shot("chat", "zh-Hans", 2)
    path = tmp_path / "chat.png"
    path.write_bytes(shot.png)
    assert main(["check", "--image", str(path), "--json", "--lang", "en"]) == 0
    data = json.loads(capsys.readouterr().out)
    text = data["recognised_text"]
    assert data["risk"] != "none" and data["ocr_seconds"] > 0
    for evidence in data["matches"][0]["evidence"]:
        assert text[evidence["start"] : evidence["end"]] == evidence["words"]


def test_file_path_and_bytes_give_the_same_text(tmp_path) -> None:
    shot = _shot("sms", "zh-Hant", 1)
    path = tmp_path / "sms.png"
    path.write_bytes(shot.png)
    assert ocr.recognise(path).text == ocr.recognise(shot.png).text


def _png_header(width: int, height: int) -> bytes:
    """A PNG that claims `width` × `height` but holds a few bytes of pixels (a decompression bomb's shape)."""

    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))

    header = chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
    return b"\x89PNG\r\n\x1a\n" + header + chunk(b"IDAT", zlib.compress(b"\0" * 64)) + chunk(b"IEND", b"")


def _blank_png() -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QImage

    image = QImage(720, 1280, QImage.Format.Format_RGB32)
    image.fill(0xF2F2F2)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data)


BAD_IMAGES = {
    "empty": (lambda: b"", "image_empty"),
    "not an image": (lambda: "这只是一段文字，不是图片。".encode() * 20, "image_unknown"),
    "corrupt": (lambda: _shot("sms", "zh-Hans", 1).png[:3000], "image_corrupt"),
    "huge header": (lambda: _png_header(20_000, 20_000), "image_too_large"),
    "blank": (_blank_png, "image_no_text"),
}


@pytest.mark.parametrize("name", BAD_IMAGES)
def test_bad_images_get_a_clear_message_quickly(name: str, tmp_path, capsys) -> None:
    make, reason = BAD_IMAGES[name]
    data = make()
    started = time.perf_counter()
    with pytest.raises(InputRejected) as rejected:
        ocr.recognise(data)
    assert rejected.value.reason == reason
    assert time.perf_counter() - started < 10

    path = tmp_path / "bad.png"
    path.write_bytes(data)
    with pytest.raises(SystemExit) as exit_info:
        main(["check", "--image", str(path), "--lang", "en"])
    assert exit_info.value.code == 3
    message = capsys.readouterr().err.strip()
    assert message.startswith("scamlens: ") and "\n" not in message and "Traceback" not in message


def test_huge_images_are_refused_before_decoding() -> None:
    started = time.perf_counter()
    with pytest.raises(InputRejected) as rejected:
        ocr.open_image(_png_header(20_000, 20_000))
    assert rejected.value.details["size"] == "20,000 × 20,000 px"
    assert time.perf_counter() - started < 0.5


def test_cancel_flag_stops_before_the_model_runs() -> None:
    with pytest.raises(ocr.OcrCancelled):
        ocr.recognise(_shot("chat", "zh-Hans", 1).png, cancelled=lambda: True)


def test_without_the_extra_the_cli_says_how_to_enable_it(monkeypatch, tmp_path, capsys) -> None:
    monkeypatch.setattr(ocr, "ocr_available", lambda: False)
    path = tmp_path / "x.png"
    path.write_bytes(b"whatever")
    with pytest.raises(SystemExit) as exit_info:
        main(["check", "--image", str(path), "--lang", "en"])
    assert exit_info.value.code != 0
    message = capsys.readouterr().err
    assert "pip install 'scamlens[ocr]'" in message and message.count("\n") == 1
