"""The result of a check: plain data, no wording (see explain.py for that)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import NamedTuple

from .extract import Entity
from .library import Cue, Pattern, Stage

WORDING_SIGNAL = "wording"  # the signal name of evidence the wording model points at


class Evidence(NamedTuple):
    """Words in the ORIGINAL text that triggered a signal: text[start:end] == words.

    A named tuple rather than a dataclass: a check creates dozens, and this is the hot path.
    """

    start: int
    end: int
    words: str
    signal: str


@dataclass(frozen=True)
class BenignFinding:
    """A benign cue found in the text and the points it took off a pattern."""

    cue: Cue
    evidence: tuple[Evidence, ...]


@dataclass(frozen=True)
class Match:
    pattern: Pattern
    level: str  # high | medium | low (low: resembles it, below the threshold)
    score: int
    evidence: tuple[Evidence, ...]
    benign: tuple[BenignFinding, ...]
    # The latest stage of the scam the text shows; on a "low" resemblance only when it is
    # the scam's opening move (rule.opening), never on a warning that was lowered.
    stage: Stage | None
    # Set when the wording model had the last word, to its probability that the text is a
    # scam: either it raised this warning (the pattern is then only the nearest kind of
    # scam) or it found the wording ordinary and turned the rule's warning into "low".
    wording: float | None = None

    @property
    def signals(self) -> list[str]:
        return sorted({item.signal for item in self.evidence})


@dataclass(frozen=True)
class Verdict:
    text: str
    risk: str  # high | medium | low | none
    matches: tuple[Match, ...]  # medium and high, most serious first
    near_misses: tuple[Match, ...]  # low: some signals, no documented pattern matched
    entities: tuple[Entity, ...]
    benign: tuple[BenignFinding, ...] = field(default=())

    @property
    def warned(self) -> bool:
        return self.risk in ("high", "medium")

    @property
    def contacts(self) -> list[Entity]:
        return [entity for entity in self.entities if entity.kind != "money"]

    @property
    def amounts(self) -> list[Entity]:
        return [entity for entity in self.entities if entity.kind == "money"]

    def highlight_ranges(self) -> list[tuple[int, int]]:
        """Merged [start, end) ranges of every matched pattern's evidence."""
        spans = sorted((e.start, e.end) for match in self.matches for e in match.evidence)
        merged: list[tuple[int, int]] = []
        for start, end in spans:
            if merged and start <= merged[-1][1]:
                merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
            else:
                merged.append((start, end))
        return merged
