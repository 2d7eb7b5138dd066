"""Canonical keys for contacts, shared by the checks and the blocklist store."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from urllib.parse import urlsplit

from .lookalike import fold_homoglyphs

KINDS = ("phone", "wechat", "qq", "url", "shop")

_PHONE_JUNK = re.compile(r"[\s\-().·/]+")
_SHOP_JUNK = re.compile(r"[\W_]+")
_DOTS = str.maketrans({"。": ".", "．": ".", "｡": "."})


def phone_key(value: str) -> str:
    """Digits only; "+" kept for foreign numbers; +86 / 0086 dropped for mainland ones."""
    text = _PHONE_JUNK.sub("", unicodedata.normalize("NFKC", value))
    if text.startswith("00"):
        text = "+" + text[2:]
    if text.startswith("+86"):
        text = text[3:]
    elif text.startswith("86") and len(text) == 13 and text[2] == "1":
        text = text[2:]
    sign = "+" if text.startswith("+") else ""
    return sign + re.sub(r"\D", "", text)


@lru_cache(maxsize=1)
def _t2s():
    from opencc import OpenCC

    return OpenCC("t2s")


def shop_key(value: str) -> str:
    """A shop name's skeleton: simplified, lowercase, homoglyphs folded, no spaces or punctuation."""
    text = _t2s().convert(fold_homoglyphs(value))
    return _SHOP_JUNK.sub("", text)


def split_url(value: str):
    text = unicodedata.normalize("NFKC", value.strip()).translate(_DOTS)
    if "://" not in text:
        text = "http://" + text
    return urlsplit(text)


def url_key(value: str) -> str:
    """host + path, lowercase host, no scheme, no leading www., no trailing slash."""
    parts = split_url(value)
    host = (parts.hostname or "").rstrip(".")
    if host.startswith("www."):
        host = host[4:]
    return (host + parts.path).rstrip("/")


def contact_key(kind: str, value: str) -> str:
    if kind == "phone":
        return phone_key(value)
    if kind == "url":
        return url_key(value)
    if kind == "shop":
        return shop_key(value)
    return unicodedata.normalize("NFKC", value).strip().lower()
