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
_NON_DIGITS = re.compile(r"\D")
_DOTS = str.maketrans({"。": ".", "．": ".", "｡": "."})


def phone_key(value: str) -> str:
    """Digits only; "+" kept for foreign numbers; +86 / 0086 dropped for mainland ones."""
    if value.isdigit() and value.isascii() and len(value) == 11 and value[0] == "1":
        return value  # the common case of a blocklist import: a plain mainland mobile number
    text = _PHONE_JUNK.sub("", unicodedata.normalize("NFKC", value))
    if text.startswith("00"):
        text = "+" + text[2:]
    if text.startswith("+86"):
        text = text[3:]
    elif text.startswith("86") and len(text) == 13 and text[2] == "1":
        text = text[2:]
    sign = "+" if text.startswith("+") else ""
    return sign + _NON_DIGITS.sub("", text)


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


# "https://host/path?query" in plain ASCII, with no user, port or odd characters: the shape
# of almost every row of a blocklist import, keyed without urlsplit (which is slow in bulk).
_PLAIN_URL = re.compile(r"(?:https?://)?([a-z0-9](?:[a-z0-9.\-]*[a-z0-9])?)(/[^?#\s\\@:;]*)?(?:[?#][^\s]*)?", re.I)


def url_key(value: str) -> str:
    """host + path, lowercase host, no scheme, no leading www., no trailing slash."""
    plain = _PLAIN_URL.fullmatch(value.strip()) if value.isascii() else None
    if plain:
        host = plain.group(1).lower()
        if host.startswith("www."):
            host = host[4:]
        return (host + (plain.group(2) or "")).rstrip("/")
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
