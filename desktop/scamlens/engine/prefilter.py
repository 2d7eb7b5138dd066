"""Find, for a regex, literal strings of which at least one must occur wherever it matches.

The matcher looks for these strings together with the phrases (one pass over the text) and
runs a regex only when one of its literals was seen, so most regexes never run on a text
that has nothing to do with them.
"""

from __future__ import annotations

import re
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]

_MAX_ALTERNATIVES = 64


def _alternatives(items: list) -> tuple[set[str], bool] | None:
    """Literal strings one of which starts every match of `items`, and whether they are
    whole matches (True) or only prefixes (False). None when no literal start is known."""
    prefixes: set[str] = {""}
    for op, value in items:
        if op is sre.LITERAL:
            prefixes = {prefix + chr(value) for prefix in prefixes}
            continue
        found = _single(op, value)
        if found is None:
            return _known(prefixes, complete=False)
        options, complete = found
        prefixes = {prefix + option for prefix in prefixes for option in options}
        if len(prefixes) > _MAX_ALTERNATIVES:
            return None
        if not complete:
            return _known(prefixes, complete=False)
    return _known(prefixes, complete=True)


def _known(prefixes: set[str], complete: bool) -> tuple[set[str], bool] | None:
    return (prefixes, complete) if prefixes and all(prefixes) else None


def _single(op: object, value: object) -> tuple[set[str], bool] | None:
    """Literal alternatives of one element, when it is a group or branch of literals."""
    if op is sre.SUBPATTERN:
        return _alternatives(list(value[3]))  # type: ignore[index]
    if op is sre.BRANCH:
        options: set[str] = set()
        complete = True
        for branch in value[1]:  # type: ignore[index]
            found = _alternatives(list(branch))
            if found is None:
                return None
            options |= found[0]
            complete = complete and found[1]
        return options, complete
    if op is sre.IN and all(kind is sre.LITERAL for kind, _ in value):  # type: ignore[union-attr]
        return {chr(code) for _, code in value}, True  # type: ignore[union-attr]
    return None


def required_literals(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """Literals one of which occurs in every match of `pattern`; None when none is known.

    Tries the literal run starting at each top-level element (and inside each mandatory
    repeat) and keeps the most selective: longest shortest literal, then fewest literals.
    """
    items = list(sre_parse.parse(pattern.pattern, pattern.flags))
    candidates = [_alternatives(items[start:]) for start in range(len(items))]
    candidates += [
        _alternatives(list(value[2])) for op, value in items if op in (sre.MAX_REPEAT, sre.MIN_REPEAT) and value[0] >= 1
    ]
    known = [candidate[0] for candidate in candidates if candidate]
    if not known:
        return None
    return frozenset(max(known, key=lambda found: (min(map(len, found)), -len(found))))
