"""The check engine: normalise → extract → match → explain. Pure Python, no Qt."""

from .explain import batch_record, render_text, verdict_to_dict
from .library import Library, LibraryError, Pattern, load_library
from .match import MAX_TEXT_CHARS, Checker, TextTooLong
from .verdict import Evidence, Match, Verdict

__all__ = [
    "MAX_TEXT_CHARS",
    "Checker",
    "Evidence",
    "Library",
    "LibraryError",
    "Match",
    "Pattern",
    "TextTooLong",
    "Verdict",
    "batch_record",
    "load_library",
    "render_text",
    "verdict_to_dict",
]
