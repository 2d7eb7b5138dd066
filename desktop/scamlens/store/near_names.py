"""Look-alikes of blocklisted shop names and ids, found through a deletion-neighbourhood index.

A name is indexed by its key with visual confusables folded together (0/o, 1/l/i, 5/s, rn/m,
vv/w, cl/d; Traditional script is already Simplified in the shop key) and stored under a
32-bit hash of that folded key and of every string made by deleting one character from it
(symmetric delete, as in SymSpell). A query computes the same hashes, so two names meet when
deleting at most one character from each makes them equal: every pair one edit apart
(a character changed, added, dropped, or two neighbours swapped), wherever the edit is,
the first character included, and the pairs two edits apart that way (one character
dropped here and another added there). Two characters changed (or two dropped) are not
found: that would take every two-character deletion, about n²/2 index rows per name.
Candidates are verified with a Damerau-Levenshtein distance.

Shop names: the generic words so many shops share (旗舰店, 专营店, 官方店, …) do not count as
likeness. The edits allowed depend on the distinctive rest of the name ("靓颜" in 靓颜旗舰店),
so 靓颜旗舰店 / 亮颜旗舰店 are look-alikes while 华为旗舰店 / 小米旗舰店 are not.

No SQL here: the store keeps the hashes (`near_hashes`) and asks `look_alike_distance`.
"""

from __future__ import annotations

import re
import zlib

from scamlens.engine.contacts.lookalike import edit_distance, fold_letter_pairs

NEAR_KINDS = ("shop", "wechat")  # the kinds with look-alike searches
MIN_LENGTH = 3  # shorter names are never look-alikes
SHORT = 6  # up to this many characters one edit is allowed, above it two
MAX_INDEXED = 32  # longer names are indexed by their whole folded key only (no deletions)
_KIND_CRC = {kind: zlib.crc32(f"{kind}\t".encode()) for kind in NEAR_KINDS}

# Fewer digit swaps than links use (lookalike._SWAPS): ids are full of digits, and folding
# 3/4/6/7/8/9 too would make "kefu_8899" and "kefu_6699" the same name.
_CONFUSABLES = str.maketrans({"0": "o", "1": "l", "i": "l", "|": "l", "5": "s"})

# Words that say what kind of shop it is, not whose: stripped from both ends of a shop name
# before its distinctive length is measured. Simplified script (the shop key is Simplified).
_GENERIC_SHOP_WORDS = (
    "官方旗舰店", "海外旗舰店", "旗舰店", "专营店", "专卖店", "官方店", "直营店", "授权店", "品牌店",
    "体验店", "企业店", "自营店", "海外店", "精品店", "工厂店", "折扣店", "小店", "网店", "店铺", "商城",
    "商行", "商店", "百货", "工作室", "有限公司", "公司", "官方", "旗舰", "自营", "正品", "海外", "店",
    "officialstore", "flagshipstore", "official", "flagship", "store", "shop", "mall",
)  # fmt: skip


def fold(key: str) -> str:
    """A contact key with visual confusables folded to one spelling ("x1aomi" and "xiaomi" agree)."""
    return fold_letter_pairs(key.translate(_CONFUSABLES))


def _alternation(words: list[str]) -> re.Pattern[str]:
    ordered = sorted(set(words), key=len, reverse=True)  # the longest generic word wins
    return re.compile("(?:" + "|".join(map(re.escape, ordered)) + ")*")


_HEAD = _alternation([fold(word) for word in _GENERIC_SHOP_WORDS])
_TAIL = _alternation([fold(word)[::-1] for word in _GENERIC_SHOP_WORDS])  # matched on the reversed name


def distinctive_length(kind: str, folded: str) -> int:
    """How many characters of a folded name are not generic shop words at its start or end."""
    if kind != "shop":
        return len(folded)
    head = _HEAD.match(folded)
    tail = _TAIL.match(folded[::-1])
    return max(0, len(folded) - (head.end() if head else 0) - (tail.end() if tail else 0))


def _allowed(length: int) -> int:
    return 1 if length <= SHORT else 2


def near_hashes(kind: str, key: str) -> list[int]:
    """The index hashes of a name: its folded key and, unless it is too long or too generic,
    each string one character shorter. Signed 32-bit, so SQLite stores them in 4 bytes."""
    folded = fold(key)
    if kind not in NEAR_KINDS or len(folded) < MIN_LENGTH:
        return []
    crc32 = zlib.crc32
    head = _KIND_CRC[kind]  # crc32 of "kind\t", continued over the name (one hash per kind)
    hashes = {crc32(folded.encode(), head)}
    # Names with fewer than two distinctive characters only match their confusable spelling,
    # so deletions are not needed (and "旗舰店" alone would gather every X旗舰店).
    if len(folded) <= MAX_INDEXED and distinctive_length(kind, folded) >= 2:
        hashes.update([crc32((folded[:at] + folded[at + 1 :]).encode(), head) for at in range(len(folded))])
    return [hash_ - 0x8000_0000 for hash_ in hashes]


def look_alike_distance(kind: str, folded: str, other: str) -> int | None:
    """The edit distance between two folded names if they are look-alikes, else None.

    One edit is allowed up to SHORT characters and two above; for shop names the limit
    also follows the distinctive part: none with fewer than two distinctive characters
    (only the confusable spelling matches), so a shared 旗舰店 never makes two names similar.
    """
    length = min(len(folded), len(other))
    if length < MIN_LENGTH:
        return None
    allowed = _allowed(length)
    if kind == "shop":
        distinctive = min(distinctive_length(kind, folded), distinctive_length(kind, other))
        allowed = min(allowed, 0 if distinctive < 2 else _allowed(distinctive))
    distance = edit_distance(folded, other, allowed)
    return distance if distance <= allowed else None
