"""Look-alike detection: edit distance, digit/letter swaps and homoglyphs."""

from __future__ import annotations

import unicodedata

# Characters from other scripts that look like Latin letters (the usual phishing set).
_HOMOGLYPHS = str.maketrans(
    {
        "а": "a", "е": "e", "о": "o", "р": "p", "с": "c", "х": "x", "у": "y", "і": "i", "ј": "j",
        "ѕ": "s", "ԁ": "d", "һ": "h", "ӏ": "l", "ԛ": "q", "ԝ": "w", "ո": "n", "ս": "u", "օ": "o",
        "α": "a", "ο": "o", "ρ": "p", "ν": "v", "τ": "t", "κ": "k", "ι": "i", "ε": "e", "υ": "u",
        "ɡ": "g", "ɑ": "a", "ı": "i", "ł": "l", "ɩ": "i", "ⅼ": "l", "ⅰ": "i", "ǀ": "l",
    }
)  # fmt: skip
# Digit / letter swaps scammers use ("ta0bao", "a1ipay"): both sides fold to one letter.
_SWAPS = str.maketrans(
    {"0": "o", "1": "l", "i": "l", "|": "l", "3": "e", "4": "a", "5": "s", "7": "t", "8": "b", "6": "b", "9": "g"}
)
_MULTI = (("rn", "m"), ("vv", "w"), ("cl", "d"))


def fold_homoglyphs(text: str) -> str:
    """Latin look-alikes from other scripts mapped to Latin, accents dropped."""
    if text.isascii():
        return text.lower()  # nothing to normalise, map or drop (a fast path for bulk imports)
    text = unicodedata.normalize("NFKC", text).lower().translate(_HOMOGLYPHS)
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def fold_letter_pairs(text: str) -> str:
    """Letter pairs that pass for one letter ("rn" for "m") folded to that letter."""
    for pair, single in _MULTI:
        text = text.replace(pair, single)
    return text


def fold_swaps(text: str) -> str:
    """Digits and letter pairs that pass for other letters, folded to one spelling."""
    return fold_letter_pairs(fold_homoglyphs(text)).translate(_SWAPS)


def edit_distance(a: str, b: str, limit: int = 3) -> int:
    """Damerau-Levenshtein (optimal string alignment); stops early above `limit`."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous2: list[int] = []
    previous = list(range(len(b) + 1))
    for i, char_a in enumerate(a, 1):
        current = [i] + [0] * len(b)
        for j, char_b in enumerate(b, 1):
            cost = 0 if char_a == char_b else 1
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and char_a == b[j - 2] and a[i - 2] == char_b:
                current[j] = min(current[j], previous2[j - 2] + 1)
        if min(current) > limit:
            return limit + 1
        previous2, previous = previous, current
    return previous[-1]


def is_typo_of(candidate: str, keyword: str) -> bool:
    """True when `candidate` is a near miss of `keyword` (but not the keyword itself).

    Short keywords allow only swaps, transpositions and one extra or missing letter, so
    ordinary words one letter away ("small" for "tmall") are left alone.
    """
    if candidate == keyword or len(keyword) < 5:
        return False
    if fold_swaps(candidate) == fold_swaps(keyword):
        return True
    if len(keyword) >= 9:
        return edit_distance(candidate, keyword, 2) <= 2
    if edit_distance(candidate, keyword, 1) > 1:
        return False
    if len(keyword) >= 6:
        return True
    # 5 letters: no single substitutions.
    return len(candidate) != len(keyword) or sorted(candidate) == sorted(keyword)
