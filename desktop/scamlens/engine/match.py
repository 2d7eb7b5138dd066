"""Score every pattern of the library against a text and build the Verdict."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from .extract import Entity, extract_entities
from .library import Cue, Library, Pattern
from .normalise import NormalisedText, normalise
from .taxonomy import RISKS
from .verdict import BenignFinding, Evidence, Match, Verdict

MAX_TEXT_CHARS = 200_000

_LEVEL_ORDER = {risk: index for index, risk in enumerate(RISKS)}


class TextTooLong(ValueError):
    def __init__(self, length: int) -> None:
        super().__init__(f"text has {length} characters; the limit is {MAX_TEXT_CHARS}")
        self.length = length


class _PhraseIndex:
    """Finds every occurrence of many literal phrases in one pass over the text.

    Phrases are bucketed by their first character, so the cost grows with the text's
    length, not with the size of the library.
    """

    def __init__(self, phrases: set[str]) -> None:
        buckets: dict[str, list[str]] = defaultdict(list)
        for phrase in phrases:
            buckets[phrase[0]].append(phrase)
        self._buckets = dict(buckets)

    def find(self, text: str) -> dict[str, list[tuple[int, int]]]:
        found: dict[str, list[tuple[int, int]]] = defaultdict(list)
        buckets = self._buckets
        for index, char in enumerate(text):
            candidates = buckets.get(char)
            if candidates:
                for phrase in candidates:
                    if text.startswith(phrase, index):
                        found[phrase].append((index, index + len(phrase)))
        return found


@dataclass(frozen=True)
class _Found:
    """What one check found, shared by all patterns' scoring."""

    normalised: NormalisedText
    phrase_hits: dict[str, list[tuple[int, int]]]
    entities: list[Entity]


class Checker:
    """Checks texts against one loaded library. Build once, call `check` many times."""

    def __init__(self, library: Library) -> None:
        self.library = library
        cues = [cue for pattern in library.patterns for cue in pattern.signals + pattern.exclusions]
        cues += library.benign_cues
        self._phrases = _PhraseIndex({phrase for cue in cues for phrase in cue.phrases})

    def check(self, text: str) -> Verdict:
        if len(text) > MAX_TEXT_CHARS:
            raise TextTooLong(len(text))
        normalised = normalise(text)
        found = _Found(normalised, self._phrases.find(normalised.text), extract_entities(normalised))
        benign = [finding for cue in self.library.benign_cues if (finding := _find_cue(cue, found))]
        benign_penalty = sum(finding.cue.weight for finding in benign)

        matches: list[Match] = []
        near_misses: list[Match] = []
        for pattern in self.library.patterns:
            match = _score(pattern, found, benign, benign_penalty)
            if match is None:
                continue
            (near_misses if match.level == "low" else matches).append(match)

        def seriousness(match: Match) -> tuple[int, int, int]:
            return (_LEVEL_ORDER[match.level], -match.score, _LEVEL_ORDER[match.pattern.severity])

        matches.sort(key=seriousness)
        near_misses.sort(key=seriousness)
        if matches:
            risk = matches[0].level
        elif near_misses:
            risk = "low"
        else:
            risk = "none"
        return Verdict(text, risk, tuple(matches), tuple(near_misses), tuple(found.entities), tuple(benign))


def _find_cue(cue: Cue, found: _Found) -> BenignFinding | None:
    """The evidence for one cue, or None when the text does not show it."""
    normalised = found.normalised
    spans: list[tuple[int, int]] = []
    for phrase in cue.phrases:
        spans.extend(found.phrase_hits.get(phrase, ()))
    for regex in cue.regexes:
        spans.extend(m.span() for m in regex.finditer(normalised.text) if m.end() > m.start())
    evidence = []
    for start, end in sorted(set(spans)):
        original_start, original_end = normalised.original_span(start, end)
        evidence.append(
            Evidence(original_start, original_end, normalised.original[original_start:original_end], cue.name)
        )
    for entity in found.entities:
        if entity.kind in cue.contacts:
            evidence.append(Evidence(entity.start, entity.end, entity.text, cue.name))
    return BenignFinding(cue, tuple(evidence)) if evidence else None


def _score(pattern: Pattern, found: _Found, benign: list[BenignFinding], benign_penalty: int) -> Match | None:
    signals = [finding for cue in pattern.signals if (finding := _find_cue(cue, found))]
    if not signals:
        return None
    seen = {finding.cue.name for finding in signals}
    if not all(seen.intersection(group) for group in pattern.rule.requires):
        return None
    exclusions = [finding for cue in pattern.exclusions if (finding := _find_cue(cue, found))]
    positive = sum(finding.cue.weight for finding in signals)
    score = positive - sum(finding.cue.weight for finding in exclusions) - benign_penalty
    rule = pattern.rule
    if score >= rule.high:
        level = "high"
    elif score >= rule.threshold:
        level = "medium"
    elif positive >= rule.threshold:
        level = "low"  # would match, but benign cues lowered it
    else:
        return None
    staged = {finding.cue.stage for finding in signals if finding.cue.stage}
    stage = next((stage for stage in reversed(pattern.stages) if stage.id in staged), None)
    evidence = tuple(sorted((e for finding in signals for e in finding.evidence), key=lambda e: (e.start, e.end)))
    return Match(pattern, level, score, evidence, tuple(exclusions) + tuple(benign), stage)
