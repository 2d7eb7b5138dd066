"""Check a library's patterns against their own examples (semgrep-style rule tests).

Used by the test suite and by the pack installer, which refuses a library whose patterns
fail their own examples.
"""

from __future__ import annotations

import dataclasses

from .library import Example, Library, Pattern
from .match import Checker


class ExampleChecker:
    """Runs examples against one library; build once, call `problem` for each example."""

    def __init__(self, library: Library) -> None:
        self.library = library
        self._checker = Checker(library, second_opinion=False)  # the wording model learnt from these examples
        self._alone: dict[str, Checker] = {}

    def _checker_of_only(self, pattern: Pattern) -> Checker:
        """A checker whose library holds this one pattern (and the library-wide benign cues)."""
        if pattern.id not in self._alone:
            self._alone[pattern.id] = Checker(
                dataclasses.replace(self.library, patterns=(pattern,)), second_opinion=False
            )
        return self._alone[pattern.id]

    def problem(self, pattern: Pattern, example: Example) -> str | None:
        """Why `example` fails its pattern (None if it passes).

        "match" examples must match their pattern, every piece of evidence must be the exact
        words of the text, and every `highlight` word must be covered by evidence; "none"
        examples must match no pattern and be rated no more than low risk. A fallback
        pattern gives way to any specific one, so its "match" examples must warn with the
        whole library and match the pattern when it is checked alone.
        """
        verdict = self._checker.check(example.text)
        where = f"{pattern.id}: {example.text[:30]!r}"
        if example.expect == "none":
            if verdict.matches or verdict.risk not in ("none", "low"):
                return f"{where} should match nothing but matched {sorted(m.pattern.id for m in verdict.matches)}"
            return None
        if pattern.fallback:
            if not verdict.matches:
                return f"{where} should warn but matched nothing"
            verdict = self._checker_of_only(pattern).check(example.text)
        matches = {match.pattern.id: match for match in verdict.matches}
        if pattern.id not in matches:
            near = [(m.pattern.id, m.score) for m in verdict.near_misses]
            return f"{where} should match {pattern.id} but matched {sorted(matches)}; near misses {near}"
        covered: set[int] = set()
        for evidence in matches[pattern.id].evidence:
            if example.text[evidence.start : evidence.end] != evidence.words:
                return f"{where}: evidence {evidence.words!r} is not at {evidence.start}–{evidence.end}"
            covered.update(range(evidence.start, evidence.end))
        for word in example.highlight:
            start = example.text.index(word)
            if not set(range(start, start + len(word))) <= covered:
                return (
                    f"{where}: {word!r} is not highlighted; evidence {[e.words for e in matches[pattern.id].evidence]}"
                )
        return None

    def problems(self) -> list[str]:
        """Every example in the library that fails its own pattern (empty: all pass)."""
        found = (self.problem(pattern, example) for pattern in self.library.patterns for example in pattern.examples)
        return [problem for problem in found if problem]
