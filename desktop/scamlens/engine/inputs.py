"""Turn raw input (bytes from a file, stdin or the clipboard) into checkable text."""

from __future__ import annotations

import re

from .match import MAX_TEXT_CHARS

MAX_INPUT_BYTES = 1_000_000
_CONTROL_CHARS = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f]"
)  # a pasted chat is a few KB; anything this large is a mistake


class InputRejected(ValueError):
    """The input cannot be checked; `reason` is a key of wording.INPUT_ERRORS."""

    def __init__(self, reason: str, **details: str) -> None:
        super().__init__(reason)
        self.reason = reason
        self.details = details


def _human_size(count: int, unit: str) -> str:
    return f"{count / 1_000_000:.1f} M{unit}" if count >= 1_000_000 else f"{count:,} {unit}"


def text_from_bytes(data: bytes) -> str:
    if len(data) > MAX_INPUT_BYTES:
        raise InputRejected("too_long", size=_human_size(len(data), "B"), limit=_human_size(MAX_INPUT_BYTES, "B"))
    if b"\x00" in data:
        raise InputRejected("binary")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InputRejected("not_utf8") from None
    return checked_text(text)


def checked_text(text: str) -> str:
    """Reject text that cannot sensibly be checked; return it unchanged otherwise."""
    if not text.strip():
        raise InputRejected("empty")
    if len(text) > MAX_TEXT_CHARS:
        raise InputRejected(
            "too_long", size=_human_size(len(text), "chars"), limit=_human_size(MAX_TEXT_CHARS, "chars")
        )
    head = text[:4096]
    controls = len(_CONTROL_CHARS.findall(head))
    if controls > 8 and controls > len(head) // 20:
        raise InputRejected("binary")
    return text
