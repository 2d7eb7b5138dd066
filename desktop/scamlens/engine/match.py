"""Score every pattern of the library against a text and build the Verdict."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable

from .extract import Entity, extract_entities
from .library import Cue, Library, Pattern
from .normalise import NormalisedText, normalise
from .prefilter import required_literals
from .taxonomy import RISKS
from .verdict import BenignFinding, Evidence, Match, Verdict

MAX_TEXT_CHARS = 200_000

_LEVEL_ORDER = {risk: index for index, risk in enumerate(RISKS)}


class TextTooLong(ValueError):
    def __init__(self, length: int) -> None:
        super().__init__(f"text has {length} characters; the limit is {MAX_TEXT_CHARS}")
        self.length = length


class _CueIndex:
    """Finds, in one pass over the text, every cue of the library that the text shows.

    Phrases are found by a character-class scan plus a small trie-shaped regex per first
    character (both run in C). The same pass looks for each regex's required literals, and
    a regex runs only when one was seen.
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
        # A search returns the longest string starting at a position; the shorter ones
        # starting there are its prefixes, listed in advance with what they stand for.
        strings = sorted(set(phrase_slots) | set(literal_regexes), key=len, reverse=True)
        by_first: dict[str, list[str]] = defaultdict(list)
        for string in strings:
            by_first[string[0]].append(string)
        # A character-class scan (in C) finds where any string could start; a small trie per
        # first character then matches the longest string there.
        self._starts = re.compile("[" + "".join(map(re.escape, sorted(by_first))) + "]") if strings else None
        # Compiled on first use: a single check meets only a few first characters.
        self._trie_sources = {first: _trie_pattern(group) for first, group in by_first.items()}
        self._match_at: dict[str, Callable[[str, int], re.Match[str] | None]] = {}
        # Most candidate positions fail on their second character: a set lookup is cheaper
        # than entering the regex engine. One-character strings always go through.
        self._single = {string for string in strings if len(string) == 1}
        self._pairs = {string[:2] for string in strings if len(string) > 1}
        known = set(strings)
        self._prefixes = {
            string: [
                (length, phrase_slots.get(string[:length], ()), literal_regexes.get(string[:length], ()))
                for length in range(len(string), 0, -1)
                if string[:length] in known
            ]
            for string in strings
        }

    def _compile_trie(self, first: str) -> Callable[[str, int], re.Match[str] | None]:
        matcher = self._match_at[first] = re.compile(self._trie_sources[first]).match
        return matcher

    def slot(self, cue: Cue) -> int:
        return self._slot[id(cue)]

    def find(self, normalised: NormalisedText, entities: list[Entity]) -> dict[int, set[tuple[int, int]]]:
        """Slot of each cue the text shows → its [start, end) ranges in the ORIGINAL text."""
        text = normalised.text
        spans: dict[int, set[tuple[int, int]]] = defaultdict(set)
        starts, ends = normalised.starts, normalised.ends  # the offset map, read directly: hot loop
        regexes_to_run = set(self._unfiltered)
        match_at, prefixes, pairs, single = self._match_at, self._prefixes, self._pairs, self._single
        for start in self._starts.finditer(text) if self._starts else ():
            index = start.start()
            if text[index : index + 2] not in pairs and text[index] not in single:
                continue
            first = text[index]
            matcher = match_at.get(first) or self._compile_trie(first)
            hit = matcher(text, index)
            if hit is None:
                continue
            for length, slots, regex_numbers in prefixes[hit.group()]:
                if slots:
                    span = (starts[index], ends[index + length - 1])
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


def _trie_pattern(phrases: list[str]) -> str:
    """One regex for many phrases, shaped as a trie so the scan does not try each phrase
    at each position; greedy optional tails make it return the longest phrase."""
    trie: dict[str, dict] = {}
    for phrase in phrases:
        node = trie
        for char in phrase:
            node = node.setdefault(char, {})
        node[""] = {}

    def build(node: dict[str, dict]) -> str:
        branches = [re.escape(char) + build(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return build(trie)


_Slotted = list[tuple[int, Cue]]


class Checker:
    """Checks texts against one loaded library. Build once, call `check` many times."""

    def __init__(self, library: Library) -> None:
        self.library = library
        cues = [cue for pattern in library.patterns for cue in pattern.signals + pattern.exclusions]
        self._index = index = _CueIndex(cues + list(library.benign_cues))

        def slotted(some: tuple[Cue, ...]) -> _Slotted:
            return [(index.slot(cue), cue) for cue in some]

        self._plans = [(p, slotted(p.signals), slotted(p.exclusions)) for p in library.patterns]
        self._benign = slotted(library.benign_cues)

    def check(self, text: str) -> Verdict:
        if len(text) > MAX_TEXT_CHARS:
            raise TextTooLong(len(text))
        normalised = normalise(text)
        entities = extract_entities(normalised)
        spans = self._index.find(normalised, entities)

        def findings(slotted: _Slotted) -> list[BenignFinding]:
            return [_finding(cue, spans[slot], text) for slot, cue in slotted if slot in spans]

        benign = findings(self._benign)
        benign_penalty = sum(finding.cue.weight for finding in benign)
        matches: list[Match] = []
        near_misses: list[Match] = []
        for pattern, signals, exclusions in self._plans:
            hits = [cue for slot, cue in signals if slot in spans]
            if not hits:
                continue
            seen = {cue.name for cue in hits}
            if any(seen.isdisjoint(group) for group in pattern.rule.requires):
                continue
            positive = sum(cue.weight for cue in hits)
            score = positive - sum(cue.weight for slot, cue in exclusions if slot in spans) - benign_penalty
            level = _level(pattern, score, positive)
            if level is None:
                continue
            lowering = findings(exclusions) + benign
            if level != "low" and any(finding.cue.caps for finding in lowering):
                level = "low"  # e.g. an anti-fraud notice that describes the scam
            match = _match(pattern, level, score, findings(signals), lowering)
            (near_misses if level == "low" else matches).append(match)

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
        return Verdict(text, risk, tuple(matches), tuple(near_misses), tuple(entities), tuple(benign))


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
