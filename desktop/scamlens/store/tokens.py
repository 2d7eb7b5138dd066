"""Chinese word segmentation for the full-text index, via one shared jieba tokenizer.

jieba takes about a second to load its dictionary, so it is created on first use and
callers that care (the window) do that first use on a worker thread.
"""

from __future__ import annotations

import logging
import re
import threading

import jieba

from scamlens.engine.normalise import normalise
from scamlens.paths import cache_dir

_lock = threading.Lock()
_tokenizer: jieba.Tokenizer | None = None
_WORD = re.compile(r"\w", re.UNICODE)


def tokenizer() -> jieba.Tokenizer:
    global _tokenizer
    with _lock:
        if _tokenizer is None:
            jieba.setLogLevel(logging.WARNING)
            instance = jieba.Tokenizer()
            instance.tmp_dir = str(cache_dir())
            instance.initialize()
            _tokenizer = instance
        return _tokenizer


def index_words(text: str) -> list[str]:
    """Words of `text` in normalised (Simplified, lowercase) form, punctuation dropped."""
    return [word for word in tokenizer().lcut_for_search(normalise(text).text) if _WORD.search(word)]
