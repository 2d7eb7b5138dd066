"""Normalise pasted text for matching, keeping a map back to the original offsets.

Every character of the normalised text remembers the [start, end) range of original
characters it came from, so evidence found in the normalised text can be highlighted in
exactly what the user pasted.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from opencc import OpenCC

# (start, end, replacement) in the coordinates of the text being edited.
Edit = tuple[int, int, str]

_ZERO_WIDTH = "\u00ad\u034f\u061c\u180e\u200b\u200c\u200d\u200e\u200f\u2060\u2061\u2062\u2063\u2064\ufeff\ufe0e\ufe0f"
_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")

_CJK = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
# Symbols scammers sprinkle between characters to dodge keyword filters ("刷❤单", "加 微 信").
_DECORATION = r"\s\u2600-\u27bf\u2b00-\u2bff\U0001f000-\U0001faff\u2022\u00b7\u2027\u30fb*#~^_|/\\+=-"
_DECORATION_RUN = re.compile(rf"[{_DECORATION}]+")
_CJK_CHAR = re.compile(rf"[{_CJK}]")

# Obfuscated spellings of contact apps, written after lowercasing and t2s. Each comes with
# the characters it cannot match without, so the (slower) regex runs only when one occurs.
_OBFUSCATIONS: list[tuple[re.Pattern[str], re.Pattern[str], str]] = [
    (re.compile("[加+]"), re.compile(r"(?<![a-z])(?:加|\+)\s?(?:v|vx|wx|薇|威)(?![a-z信])"), "加微信"),
    (re.compile("[vw]"), re.compile(r"(?<![a-z])[vw][❤♥♡]?(?:信|芯)"), "微信"),
    # "威信" alone is a real word (prestige); only the heart-decorated form is WeChat.
    (re.compile("[薇徽威微]"), re.compile(r"(?:薇|徽)[❤♥♡]?(?:信|芯)|(?:威|微|薇)[❤♥♡](?:信|芯)?"), "微信"),
    (re.compile("[vw]"), re.compile(r"(?<![a-z0-9])(?:vx|wx|v❤|v♥)(?![a-z])"), "微信"),
    (re.compile("[扣叩抠企]"), re.compile(r"扣扣|叩叩|抠抠|企鹅号"), "qq"),
]
# "威信" is a real word, but not right after 加 / 联系 / 客服 or before a colon or an id. Read
# after decoration is dropped, so "威 信" counts too.
_WEIXIN_IN_CONTEXT = re.compile(r"(?<=[加系服我走])威信|威信(?=\s*[:：号]|\s*[a-z0-9])")
# Homophones used to slip past keyword filters ("返丽" for 返利, "理培" for 理赔); none is a
# word of its own, so replacing them cannot change an ordinary message.
_HOMOPHONE_WORDS = {
    "返丽": "返利",
    "兼取": "兼职",
    "兼值": "兼职",
    "理培": "理赔",
    "理陪": "理赔",
    "刷丹": "刷单",
    "拼夕夕": "拼多多",
    "作费": "作废",
    "淘包": "淘宝",
    "丢矢": "丢失",
    "陪付": "赔付",
    "陪偿": "赔偿",
    "zfb": "支付宝",
    "家v": "加v",
    "客fu": "客服",
    "会圆": "会员",
    "平幕": "屏幕",
    "关比": "关闭",
}
_HOMOPHONES = re.compile("|".join(_HOMOPHONE_WORDS))
# Taiwan and Hong Kong words for the same things, as t2s leaves them ("透過平台" →
# "透过平台"): read as the mainland word so one phrase list serves both. Only words whose
# meaning is the same on both sides.
_REGIONAL_WORDS = {
    "透过": "通过",
    "软体": "软件",
    "应用程式": "应用程序",
    "程式": "程序",
    "简讯": "短信",
    "网路": "网络",
    "登入": "登录",
    "资讯": "信息",
    "讯息": "消息",
    "影片": "视频",
    "连结": "链接",
    "帐户": "账户",
    "帐号": "账号",
    "帐单": "账单",
    "帐密": "账密",
    "转帐": "转账",
    "到帐": "到账",
    "入帐": "入账",
    "对帐": "对账",
    "储值": "充值",
}
_REGIONAL = re.compile("|".join(sorted(_REGIONAL_WORDS, key=len, reverse=True)))
# Defanged links ("boc-zx[.]vip", "hxxp://") and links spelt letter by letter
# ("j d - b t . c o m"): put back together so link checks see them.
_DEFANGED_DOT = re.compile(
    r"\[\.\]|\(\.\)|【\.】|\[dot\]|\(dot\)|(?<=[a-z0-9])点(?=(?:com|cn|net|top|vip|cc|org|xyz|shop)(?![a-z]))"
)
_DEFANGED_SCHEME = re.compile(r"hxxp(?=s?:)")
_SPELT_OUT = re.compile(r"(?<![a-z0-9])(?:[a-z0-9.\-] ){3,}[a-z0-9.\-](?![a-z0-9])")

_CN_DIGITS = str.maketrans("零〇一二三四五六七八九幺两", "0012345678912")
# A phone number spelled in Chinese numerals ("一七零…"): only long runs, so words like
# "一二" or "三五成群" stay as they are.
_CN_DIGIT_RUN = re.compile(r"[零〇一二三四五六七八九幺]{7,}")
# Digits split by separators ("138-1234-5678", "1 3 8 …"): joined when 7+ digits result.
_SPLIT_DIGITS = re.compile(r"\d(?:[\s\-.*·_/|~,，]{0,3}\d){6,}")
_IPV4 = re.compile(r"\d{1,3}(?:\.\d{1,3}){3}")
_DIGIT_SEPARATOR = re.compile(r"[\s\-.*·_/|~,，]+")


@dataclass(frozen=True)
class NormalisedText:
    """Normalised text plus, for each of its characters, the original [start, end)."""

    original: str
    text: str
    starts: tuple[int, ...]
    ends: tuple[int, ...]

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """Map a [start, end) range of the normalised text to the original text."""
        if end <= start:
            position = self.starts[start] if start < len(self.starts) else len(self.original)
            return position, position
        return self.starts[start], self.ends[end - 1]


class _Builder:
    """Applies edits while carrying the original-offset map along."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.starts = list(range(len(text)))
        self.ends = list(range(1, len(text) + 1))

    def apply(self, edits: list[Edit]) -> None:
        if not edits:
            return
        if all(len(replacement) == end - start for start, end, replacement in edits):
            # Same-length replacements (the usual case): the offset map does not change.
            chars = list(self.text)
            for start, end, replacement in edits:
                chars[start:end] = replacement
            self.text = "".join(chars)
            return
        pieces: list[str] = []
        starts: list[int] = []
        ends: list[int] = []
        cursor = 0
        for start, end, replacement in edits:
            pieces.append(self.text[cursor:start])
            starts.extend(self.starts[cursor:start])
            ends.extend(self.ends[cursor:start])
            if len(replacement) == end - start:
                # Same length: each character keeps its own origin.
                starts.extend(self.starts[start:end])
                ends.extend(self.ends[start:end])
            elif replacement:
                # Different length: every new character points at the whole range.
                origin_start, origin_end = self.starts[start], self.ends[end - 1]
                starts.extend([origin_start] * len(replacement))
                ends.extend([origin_end] * len(replacement))
            pieces.append(replacement)
            cursor = end
        pieces.append(self.text[cursor:])
        starts.extend(self.starts[cursor:])
        ends.extend(self.ends[cursor:])
        self.text = "".join(pieces)
        self.starts, self.ends = starts, ends

    def substitute(self, pattern: re.Pattern[str], replacement: str) -> None:
        self.apply([(m.start(), m.end(), replacement) for m in pattern.finditer(self.text)])


@lru_cache(maxsize=1)
def _t2s() -> OpenCC:
    return OpenCC("t2s")


# Characters NFKC never changes (ASCII, CJK unified ideographs) need not be looked at.
_MAYBE_NOT_NFKC = re.compile(r"[^\x00-\x7f\u3400-\u4dbf\u4e00-\u9fff]")
_ZERO_WIDTH_CHARS = re.compile("[" + _ZERO_WIDTH + "]")


@lru_cache(maxsize=4096)
def _nfkc_char(char: str) -> str:
    return unicodedata.normalize("NFKC", char)


def _nfkc_edits(text: str) -> list[Edit]:
    edits = []
    for found in _MAYBE_NOT_NFKC.finditer(text):
        char = found.group()
        normal = _nfkc_char(char)
        if normal != char:
            edits.append((found.start(), found.end(), normal))
    return edits


def _removal_edits(text: str) -> list[Edit]:
    return [(m.start(), m.end(), "") for m in _ZERO_WIDTH_CHARS.finditer(text)]


def _simplified_edits(text: str) -> list[Edit]:
    converted = _t2s().convert(text)
    if converted == text:
        return []
    if len(converted) == len(text):
        return [(0, len(text), converted)]  # one same-length edit: every character keeps its origin
    # Phrase conversion changed the length: fall back to one character at a time so the
    # offset map stays exact.
    edits = []
    for index, char in enumerate(text):
        new = _t2s().convert(char)
        if new != char:
            edits.append((index, index + 1, new))
    return edits


def _decoration_edits(text: str) -> list[Edit]:
    """Drop runs of decoration that stand between two Chinese characters ("刷 ❤ 单")."""
    edits: list[Edit] = []
    for run in _DECORATION_RUN.finditer(text):
        start, end = run.span()
        if start > 0 and end < len(text) and _CJK_CHAR.match(text, start - 1) and _CJK_CHAR.match(text, end):
            edits.append((start, end, ""))
    return edits


def _digit_edits(text: str) -> list[Edit]:
    edits: list[Edit] = []
    for run in _CN_DIGIT_RUN.finditer(text):
        digits = run.group().translate(_CN_DIGITS)
        edits.append((run.start(), run.end(), digits))
    return edits


def _split_digit_edits(text: str) -> list[Edit]:
    edits: list[Edit] = []
    for run in _SPLIT_DIGITS.finditer(text):
        if _IPV4.fullmatch(run.group()):
            continue  # "103.21.44.9" is an address, not a phone number with dots
        for separator in _DIGIT_SEPARATOR.finditer(run.group()):
            edits.append((run.start() + separator.start(), run.start() + separator.end(), ""))
    return edits


def _word_edits(text: str, pattern: re.Pattern[str], words: dict[str, str]) -> list[Edit]:
    """Each whole word of `words` found by `pattern`, replaced by its reading."""
    return [(m.start(), m.end(), words[m.group()]) for m in pattern.finditer(text)]


def _link_edits(text: str) -> list[Edit]:
    edits: list[Edit] = [(m.start(), m.end(), ".") for m in _DEFANGED_DOT.finditer(text)]
    edits += [(m.start(), m.end(), "http") for m in _DEFANGED_SCHEME.finditer(text)]
    return sorted(edits)


def _spelt_out_edits(text: str) -> list[Edit]:
    edits: list[Edit] = []
    for run in _SPELT_OUT.finditer(text):
        edits += [(run.start() + at, run.start() + at + 1, "") for at in range(1, len(run.group()), 2)]
    return edits


def normalise(text: str) -> NormalisedText:
    """Return the matching form of `text` with its map back to the original offsets."""
    builder = _Builder(text)
    builder.apply(_removal_edits(builder.text))
    builder.apply(_nfkc_edits(builder.text))
    builder.apply(_simplified_edits(builder.text))
    builder.text = builder.text.translate(_ASCII_LOWER)  # same length, map unchanged
    builder.apply(_word_edits(builder.text, _HOMOPHONES, _HOMOPHONE_WORDS))  # "家V" → "加V" before 加V → 加微信
    builder.apply(_word_edits(builder.text, _REGIONAL, _REGIONAL_WORDS))
    # Obfuscations first: "威❤信" must become 微信 before the heart is dropped as decoration.
    for trigger, pattern, replacement in _OBFUSCATIONS:
        if trigger.search(builder.text):
            builder.substitute(pattern, replacement)
    builder.apply(_link_edits(builder.text))
    builder.apply(_spelt_out_edits(builder.text))
    builder.apply(_decoration_edits(builder.text))
    if "威信" in builder.text:
        builder.substitute(_WEIXIN_IN_CONTEXT, "微信")
    builder.apply(_digit_edits(builder.text))
    builder.apply(_split_digit_edits(builder.text))
    return NormalisedText(text, builder.text, tuple(builder.starts), tuple(builder.ends))
