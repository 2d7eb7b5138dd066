"""Find contacts (phone numbers, WeChat / QQ ids, links) and money amounts in text."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .normalise import NormalisedText

CONTACT_KINDS = ("phone", "wechat", "qq", "url")

_TLDS = (
    "com|cn|net|org|top|xyz|vip|cc|info|shop|app|me|io|link|club|site|online|icu|ltd|co|hk|tw"
    "|live|store|fun|work|asia|biz|pro|wang|ink|pub|tv|la|ly|gl|gd|to|im"
)
_URL = re.compile(
    rf"(?:https?://|www\.)[^\s，。！？、；<>\"'（）()【】]+"
    rf"|(?<![a-z0-9@.\-])(?:[a-z0-9](?:[a-z0-9\-]{{0,61}}[a-z0-9])?\.)+(?:{_TLDS})(?![a-z0-9\-])"
    rf"(?::\d+)?(?:/[^\s，。！？、；<>\"'（）()【】]*)?"
)
_PHONE = re.compile(
    r"(?<![\d+])(?:\+?86[\s\-]?)?1[3-9]\d{9}(?!\d)"  # mainland mobile
    r"|(?<![\d+])0\d{2,3}-?\d{7,8}(?!\d)"  # landline with area code
    r"|(?<![\d+])[48]00-?\d{3}-?\d{4}(?!\d)"  # 400 / 800 service lines
    r"|\+(?!86)\d{1,3}[\s\-]?\d{5,13}(?!\d)"  # other countries
)
_WECHAT = re.compile(
    r"(?:微信|wechat|weixin|vx|wx)(?:号|id)?\s*(?:是|为)?\s*[:：]?\s*"
    r"(?P<id>[a-z][a-z0-9_\-]{5,19}|1[3-9]\d{9})(?![a-z0-9_\-])"
)
_QQ = re.compile(r"qq(?:号|群)?\s*(?:是|为)?\s*[:：]?\s*(?P<id>[1-9]\d{4,10})(?!\d)")
_MONEY = re.compile(
    r"(?:[¥￥]|rmb)\s?(?P<a>\d+(?:\.\d+)?)"
    r"|(?P<b>\d+(?:\.\d+)?)\s?(?P<unit>万元|万|元|块钱|块|w)(?![a-z])"
    r"|(?P<c>[一二三四五六七八九十两百千万]+)(?P<cunit>元|块钱|块)"
)
_CN_NUMERALS = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_CN_UNITS = {"十": 10, "百": 100, "千": 1000}


@dataclass(frozen=True)
class Entity:
    """A contact or amount found in the text, with its place in the ORIGINAL text."""

    kind: str  # phone | wechat | qq | url | money
    value: str  # normalised value: digits, lowercase id or link, amount in yuan
    start: int
    end: int
    text: str  # as the user wrote it

    def to_dict(self) -> dict[str, object]:
        return {"kind": self.kind, "value": self.value, "start": self.start, "end": self.end, "text": self.text}


def _chinese_number(numeral: str) -> int:
    total, section, digit = 0, 0, 0
    for char in numeral:
        if char in _CN_NUMERALS:
            digit = _CN_NUMERALS[char]
        elif char in _CN_UNITS:
            section += (digit or 1) * _CN_UNITS[char]
            digit = 0
        elif char == "万":
            total += (section + digit) * 10_000
            section, digit = 0, 0
    return total + section + digit


def _money_value(match: re.Match[str]) -> str:
    if match.group("a"):
        return match.group("a")
    if match.group("b"):
        amount = float(match.group("b"))
        if match.group("unit") in ("万元", "万", "w"):
            amount *= 10_000
        return f"{amount:g}"
    return str(_chinese_number(match.group("c")))


def _entity(normalised: NormalisedText, kind: str, value: str, start: int, end: int) -> Entity:
    original_start, original_end = normalised.original_span(start, end)
    return Entity(kind, value, original_start, original_end, normalised.original[original_start:original_end])


# What each kind cannot occur without: the full regex runs only when this is found.
_NEEDS = {
    "url": re.compile(r"[./]"),
    "phone": re.compile(r"\d{5}"),
    "wechat": re.compile(r"微信|wechat|weixin|vx|wx"),
    "qq": re.compile(r"qq"),
    "money": re.compile(r"[¥￥元块万w]|rmb"),
}


def _finditer(kind: str, pattern: re.Pattern[str], text: str) -> list[re.Match[str]]:
    return list(pattern.finditer(text)) if _NEEDS[kind].search(text) else []


def extract_entities(normalised: NormalisedText) -> list[Entity]:
    """All contacts and amounts, ordered by their place in the text."""
    text = normalised.text
    found: list[Entity] = []
    url_ranges: list[tuple[int, int]] = []
    for match in _finditer("url", _URL, text):
        url_ranges.append(match.span())
        found.append(_entity(normalised, "url", match.group().rstrip(".,:;!?"), *match.span()))

    def inside_url(start: int) -> bool:
        return any(low <= start < high for low, high in url_ranges)

    for match in _finditer("phone", _PHONE, text):
        if not inside_url(match.start()):
            digits = re.sub(r"[^\d+]", "", match.group())
            found.append(_entity(normalised, "phone", digits, *match.span()))
    for kind, pattern in (("wechat", _WECHAT), ("qq", _QQ)):
        for match in _finditer(kind, pattern, text):
            if not inside_url(match.start()):
                found.append(_entity(normalised, kind, match.group("id"), *match.span("id")))
    for match in _finditer("money", _MONEY, text):
        if not inside_url(match.start()):
            found.append(_entity(normalised, "money", _money_value(match), *match.span()))
    found.sort(key=lambda entity: (entity.start, entity.kind))
    return found
