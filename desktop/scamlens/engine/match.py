"""Score every pattern of the library against a text and build the Verdict."""

from __future__ import annotations

import dataclasses
import re
from collections import defaultdict
from collections.abc import Callable

import ahocorasick

from .contacts import tables as contact_tables
from .contacts.link import brand_posed_as, speaks_for_brand
from .extract import LOOKALIKE_LINK, LOOKALIKE_OF_CLAIMED_BRAND, Entity, extract_entities
from .library import Cue, Library, Pattern
from .normalise import NormalisedText, normalise
from .prefilter import required_literals
from .taxonomy import RISKS
from .verdict import WORDING_SIGNAL, BenignFinding, Evidence, Match, Verdict
from .wording_model import feature_set

MAX_TEXT_CHARS = 200_000

_LEVEL_ORDER = {risk: index for index, risk in enumerate(RISKS)}


class TextTooLong(ValueError):
    def __init__(self, length: int) -> None:
        super().__init__(f"text has {length} characters; the limit is {MAX_TEXT_CHARS}")
        self.length = length


class _CueIndex:
    """Finds, in one pass over the text, every cue of the library that the text shows.

    An Aho-Corasick automaton (pyahocorasick, in C) finds every occurrence of every phrase,
    overlapping ones included, in one scan. The same scan looks for each regex's required
    literals, and a regex runs only when one was seen.
    """

    def __init__(self, cues: list[Cue]) -> None:
        self._slot = {id(cue): slot for slot, cue in enumerate(cues)}
        phrase_slots: dict[str, list[int]] = defaultdict(list)
        literal_regexes: dict[str, list[int]] = defaultdict(list)
        self._regexes: list[tuple[int, re.Pattern[str]]] = []
        self._unfiltered: list[int] = []  # regexes with no known required literal
        self._contacts: list[tuple[int, tuple[str, ...]]] = []
        for slot, cue in enumerate(cues):
            for phrase in cue.phrases:
                phrase_slots[phrase].append(slot)
            for regex in cue.regexes:
                number = len(self._regexes)
                self._regexes.append((slot, regex))
                literals = required_literals(regex)
                if literals is None:
                    self._unfiltered.append(number)
                for literal in literals or ():
                    literal_regexes[literal].append(number)
            if cue.contacts:
                self._contacts.append((slot, cue.contacts))
        self._automaton = ahocorasick.Automaton()
        for string in set(phrase_slots) | set(literal_regexes):
            entry = (len(string), tuple(phrase_slots.get(string, ())), tuple(literal_regexes.get(string, ())))
            self._automaton.add_word(string, entry)
        self._searchable = len(self._automaton) > 0
        if self._searchable:
            self._automaton.make_automaton()

    def slot(self, cue: Cue) -> int:
        return self._slot[id(cue)]

    def find(self, normalised: NormalisedText, entities: list[Entity]) -> dict[int, set[tuple[int, int]]]:
        """Slot of each cue the text shows → its [start, end) ranges in the ORIGINAL text."""
        text = normalised.text
        spans: dict[int, set[tuple[int, int]]] = defaultdict(set)
        starts, ends = normalised.starts, normalised.ends  # the offset map, read directly: hot loop
        regexes_to_run = set(self._unfiltered)
        for last, (length, slots, regex_numbers) in self._automaton.iter(text) if self._searchable else ():
            if slots:
                span = (starts[last - length + 1], ends[last])
                for slot in slots:
                    spans[slot].add(span)
            if regex_numbers:
                regexes_to_run.update(regex_numbers)
        for number in regexes_to_run:
            slot, regex = self._regexes[number]
            for m in regex.finditer(text):
                begin, finish = m.span()
                if finish > begin:
                    spans[slot].add((starts[begin], ends[finish - 1]))
        for slot, kinds in self._contacts:
            for entity in entities:
                if entity.kind in kinds:
                    spans[slot].add((entity.start, entity.end))
        return spans


_Slotted = list[tuple[int, Cue]]


class Checker:
    """Checks texts against one loaded library. Build once, call `check` many times."""

    def __init__(self, library: Library, second_opinion: bool = True) -> None:
        """`second_opinion`: also ask the library's wording model when no pattern warns
        (off when a pattern's own examples are checked: the model learnt from them)."""
        self.library = library
        self._wording = library.wording if second_opinion else None
        self._fallback = next((pattern for pattern in library.patterns if pattern.fallback), None)
        cues = [cue for pattern in library.patterns for cue in pattern.signals + pattern.exclusions]
        self._index = index = _CueIndex(cues + list(library.benign_cues) + list(library.direct_asks))

        def slotted(some: tuple[Cue, ...]) -> _Slotted:
            return [(index.slot(cue), cue) for cue in some]

        self._plans = [(p, slotted(p.signals), slotted(p.exclusions)) for p in library.patterns]
        self._plan_of_category = {pattern.category: (pattern, signals) for pattern, signals, _ in self._plans}
        self._benign = slotted(library.benign_cues)
        self._asks = slotted(library.direct_asks)

    def check(self, text: str) -> Verdict:
        if len(text) > MAX_TEXT_CHARS:
            raise TextTooLong(len(text))
        normalised = normalise(text)
        entities = extract_entities(normalised)
        spans = self._index.find(normalised, entities + _lookalike_links(entities, normalised.text))

        def findings(slotted: _Slotted) -> list[BenignFinding]:
            return [_finding(cue, spans[slot], text) for slot, cue in slotted if slot in spans]

        # A scam may borrow a warning's words ("警方提醒…", "we never ask for fees") and then
        # ask for money all the same. A real warning or notice never asks like that, so with
        # a direct ask neither the benign cues nor a pattern's exclusions lower the score.
        asks = any(slot in spans for slot, _ in self._asks)
        benign = [] if asks else findings(self._benign)
        benign_penalty = sum(finding.cue.weight for finding in benign)
        matches: list[Match] = []
        near_misses: list[Match] = []
        closest: tuple[float, Pattern, _Slotted] | None = None  # the pattern the text comes nearest to
        for pattern, signals, all_exclusions in self._plans:
            exclusions = [] if asks else all_exclusions
            hits = [cue for slot, cue in signals if slot in spans]
            if not hits:
                continue
            positive = sum(cue.weight for cue in hits)
            if closest is None or positive / pattern.rule.threshold > closest[0]:
                closest = (positive / pattern.rule.threshold, pattern, signals)
            seen = {cue.name for cue in hits}
            score = positive - sum(cue.weight for slot, cue in exclusions if slot in spans) - benign_penalty
            if any(seen.isdisjoint(group) for group in pattern.rule.requires):
                if score > 0 and not seen.isdisjoint(pattern.rule.opening):  # the first move alone
                    near_misses.append(_match(pattern, "low", score, findings(signals), findings(exclusions) + benign))
                continue
            level = _level(pattern, score, positive)
            if level is None:
                continue
            lowering = findings(exclusions) + benign
            if level != "low" and any(finding.cue.caps for finding in lowering):
                level = "low"  # e.g. an anti-fraud notice that describes the scam
            match = _match(pattern, level, score, findings(signals), lowering)
            if level == "low":  # lowered, not "you are here": only an opening move names its stage
                match = dataclasses.replace(match, stage=None)
            (near_misses if level == "low" else matches).append(match)

        def seriousness(match: Match) -> tuple[int, int, int]:
            return (_LEVEL_ORDER[match.level], -match.score, _LEVEL_ORDER[match.pattern.severity])

        if any(not match.pattern.fallback for match in matches):
            # A specific pattern explains the message better than a tally of red flags.
            matches = [match for match in matches if not match.pattern.fallback]
            near_misses = [match for match in near_misses if not match.pattern.fallback]
        if self._wording is not None:
            matches, near_misses = self._second_opinion(
                normalised, matches, near_misses, bool(benign), closest, findings
            )
        matches.sort(key=seriousness)
        near_misses.sort(key=seriousness)
        if matches:
            risk = matches[0].level
        elif near_misses:
            risk = "low"
        else:
            risk = "none"
        return Verdict(text, risk, tuple(matches), tuple(near_misses), tuple(entities), tuple(benign))

    def _second_opinion(
        self,
        normalised: NormalisedText,
        matches: list[Match],
        near_misses: list[Match],
        has_benign_cue: bool,
        closest: tuple[float, Pattern, _Slotted] | None,
        findings: Callable[[_Slotted], list[BenignFinding]],
    ) -> tuple[list[Match], list[Match]]:
        """The wording model's say: rule warnings on text that reads as ordinary become
        resemblances; with no warning and no benign cue, confident wording warns."""
        assert self._wording is not None
        if matches:
            probability = self._wording.probability_of_features(feature_set(normalised.text, self._wording.sizes))
            if probability < self._wording.ordinary_below:
                ordinary = [dataclasses.replace(m, level="low", wording=probability, stage=None) for m in matches]
                return [], near_misses + ordinary
            return matches, near_misses
        by_wording = None if has_benign_cue else self._warning_from_wording(normalised, closest, findings)
        if by_wording is None:
            return matches, near_misses
        return [by_wording], [match for match in near_misses if match.pattern is not by_wording.pattern]

    def _warning_from_wording(
        self,
        normalised: NormalisedText,
        closest: tuple[float, Pattern, _Slotted] | None,
        findings: Callable[[_Slotted], list[BenignFinding]],
    ) -> Match | None:
        """A "resembles" warning when the wording model is confident, naming the kind of
        scam its wording is nearest to (else the pattern the rules came closest to)."""
        assert self._wording is not None
        opinion = self._wording.opinion(normalised)
        if opinion.probability < self._wording.threshold:
            return None
        pattern, signals = (closest[1], closest[2]) if closest else (self._fallback, [])
        named = self._plan_of_category.get(opinion.category or "")
        if named is not None:  # the kind of scam the wording is nearest to, over the rules' partial score
            pattern, signals = named
        if pattern is None:
            return None
        found = findings(signals)
        wording = [
            Evidence(start, end, normalised.original[start:end], WORDING_SIGNAL) for start, end in opinion.strongest
        ]
        match = _match(pattern, "medium", sum(finding.cue.weight for finding in found), found, [])
        evidence = tuple(sorted((*match.evidence, *wording), key=lambda e: (e.start, e.end)))
        return dataclasses.replace(match, evidence=evidence, wording=opinion.probability)


def _lookalike_links(entities: list[Entity], text: str) -> list[Entity]:
    """The text's links that pose as a brand, as entities of their own kinds for signals to
    name: the offline link check (the same one a pasted contact gets) decides, and a second
    kind marks a link posing as the very brand the message speaks for."""
    links = [entity for entity in entities if entity.kind == "url"]
    if not links:
        return []
    known = contact_tables()
    rest = text
    for link in links:
        rest = rest.replace(link.value, " ")
    derived = []
    for link in links:
        brand = brand_posed_as(link.value, known)
        if brand is not None:
            derived.append(dataclasses.replace(link, kind=LOOKALIKE_LINK))
            if speaks_for_brand(rest, brand):
                derived.append(dataclasses.replace(link, kind=LOOKALIKE_OF_CLAIMED_BRAND))
    return derived


def _finding(cue: Cue, spans: set[tuple[int, int]], text: str) -> BenignFinding:
    evidence = tuple(Evidence(start, end, text[start:end], cue.name) for start, end in sorted(spans))
    return BenignFinding(cue, evidence)


def _level(pattern: Pattern, score: int, positive: int) -> str | None:
    rule = pattern.rule
    if score >= rule.high:
        return "high"
    if score >= rule.threshold:
        return "medium"
    if positive >= rule.threshold:
        return "low"  # would match, but benign cues lowered it
    return None


def _match(
    pattern: Pattern, level: str, score: int, signals: list[BenignFinding], lowering: list[BenignFinding]
) -> Match:
    staged = {finding.cue.stage for finding in signals if finding.cue.stage}
    stage = next((stage for stage in reversed(pattern.stages) if stage.id in staged), None)
    evidence = tuple(sorted((e for finding in signals for e in finding.evidence), key=lambda e: (e.start, e.end)))
    return Match(pattern, level, score, evidence, tuple(lowering), stage)
