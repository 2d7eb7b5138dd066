"""Load and validate the pattern library: one TOML file per documented scam pattern."""

from __future__ import annotations

import hashlib
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .extract import SIGNAL_CONTACT_KINDS
from .normalise import normalise
from .taxonomy import AUDIENCES, CATEGORIES, LANGUAGES, SEVERITIES, STATUSES
from .wording_model import ModelError, WordingModel, parse_wording_model

Localised = dict[str, str]

MIN_EXAMPLES_EACH_WAY = 12
_ID = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_NAME = re.compile(r"^[a-z0-9_]+$")


class LibraryError(Exception):
    """The pattern library cannot be used; `problems` lists every fault found."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("\n".join(problems))
        self.problems = problems


@dataclass(frozen=True)
class Cue:
    """Words that count for (a signal) or against (an exclusion) a pattern."""

    name: str
    weight: int
    phrases: tuple[str, ...]
    regexes: tuple[re.Pattern[str], ...]
    contacts: tuple[str, ...] = ()
    stage: str | None = None
    label: Localised = field(default_factory=dict)
    caps: bool = False  # a benign cue so telling that a match can be no more than "low"


@dataclass(frozen=True)
class Stage:
    id: str
    name: Localised
    next: Localised


@dataclass(frozen=True)
class Case:
    source: str
    date: str
    summary: Localised
    seed: str | None = None
    url: str | None = None


@dataclass(frozen=True)
class Example:
    text: str
    expect: str  # "match" | "none"
    highlight: tuple[str, ...] = ()


@dataclass(frozen=True)
class Rule:
    threshold: int
    high: int
    requires: tuple[tuple[str, ...], ...]
    # Signals that show the scam's first move on their own ("这是我的新号"): with one of them
    # and no match, the verdict is a "low" resemblance that names the stage and what comes next.
    opening: tuple[str, ...] = ()


@dataclass(frozen=True)
class Pattern:
    id: str
    category: str
    audience: str
    severity: str
    status: str
    title: Localised
    summary: Localised
    why: Localised
    advice: dict[str, tuple[str, ...]]
    report_to: tuple[str, ...]
    rule: Rule
    signals: tuple[Cue, ...]
    exclusions: tuple[Cue, ...]
    stages: tuple[Stage, ...]
    cases: tuple[Case, ...]
    examples: tuple[Example, ...]
    path: Path
    fallback: bool = False  # reported only when no other pattern warns


@dataclass(frozen=True)
class Library:
    patterns: tuple[Pattern, ...]
    channels: dict[str, Localised]
    benign_cues: tuple[Cue, ...]
    fingerprint: str  # changes whenever any library file changes
    wording: WordingModel | None = None  # the second opinion; libraries from before it have none
    # Wording that asks the reader to act now (pay, transfer, add an account): no genuine
    # warning does, so when one is present no benign cue or exclusion lowers or caps a match.
    direct_asks: tuple[Cue, ...] = ()

    def pattern(self, pattern_id: str) -> Pattern:
        for pattern in self.patterns:
            if pattern.id == pattern_id:
                return pattern
        raise KeyError(pattern_id)


class _Reader:
    """Reads one file's tables, collecting problems instead of stopping at the first."""

    def __init__(self, where: str, problems: list[str]) -> None:
        self.where = where
        self.problems = problems

    def problem(self, message: str) -> None:
        self.problems.append(f"{self.where}: {message}")

    def text(self, table: dict[str, Any], key: str, required: bool = True) -> str:
        value = table.get(key)
        if isinstance(value, str) and value.strip():
            return value
        if required or value is not None:
            self.problem(f"'{key}' must be a non-empty string")
        return ""

    def localised(self, table: dict[str, Any], key: str) -> Localised:
        value = table.get(key)
        if not isinstance(value, dict):
            self.problem(f"'{key}' must be a table with {', '.join(LANGUAGES)}")
            return {lang: "" for lang in LANGUAGES}
        return {lang: self.text(value, lang) for lang in LANGUAGES}

    def choice(self, table: dict[str, Any], key: str, allowed: tuple[str, ...]) -> str:
        value = table.get(key)
        if value not in allowed:
            self.problem(f"'{key}' is {value!r}; expected one of {', '.join(allowed)}")
            return allowed[0]
        return str(value)

    def strings(self, table: dict[str, Any], key: str) -> tuple[str, ...]:
        value = table.get(key, [])
        if not isinstance(value, list) or not all(isinstance(item, str) and item for item in value):
            self.problem(f"'{key}' must be a list of non-empty strings")
            return ()
        return tuple(value)

    def cue(
        self, table: dict[str, Any], kind: str, with_label: bool, shared: dict[str, dict[str, Any]] | None = None
    ) -> Cue:
        name = self.text(table, "name")
        shared_name = table.get("shared")
        if shared_name is not None:
            base = (shared or {}).get(shared_name)
            if base is None:
                self.problem(f"{kind} {name!r} uses unknown shared signal {shared_name!r}")
            else:
                # The shared definition's words come first; the pattern may add its own.
                table = {
                    **table,
                    **{key: base.get(key, []) + table.get(key, []) for key in ("phrases", "regex", "contacts")},
                }
        if name and not _NAME.match(name):
            self.problem(f"{kind} name {name!r} must be snake_case")
        weight = table.get("weight")
        if not isinstance(weight, int) or not 1 <= weight <= 10:
            self.problem(f"{kind} {name!r}: 'weight' must be a whole number from 1 to 10")
            weight = 0
        phrases = self.strings(table, "phrases")
        for phrase in phrases:
            if normalise(phrase).text != phrase:
                self.problem(
                    f"{kind} {name!r}: phrase {phrase!r} is not in normalised form (write {normalise(phrase).text!r})"
                )
        regexes = []
        for source in self.strings(table, "regex"):
            try:
                regexes.append(re.compile(source))
            except re.error as error:
                self.problem(f"{kind} {name!r}: bad regex {source!r}: {error}")
        contacts = self.strings(table, "contacts")
        for contact in contacts:
            if contact not in SIGNAL_CONTACT_KINDS:
                self.problem(f"{kind} {name!r}: unknown contact kind {contact!r}")
        if not (phrases or regexes or contacts):
            self.problem(f"{kind} {name!r} has no phrases, regex or contacts")
        stage = table.get("stage")
        label = self.localised(table, "label") if with_label else {}
        caps = table.get("caps", False)
        if not isinstance(caps, bool) or (caps and not with_label):
            self.problem(f"{kind} {name!r}: 'caps' must be true or false, and only benign cues have it")
        return Cue(name, weight, phrases, tuple(regexes), contacts, stage, label, caps is True)


def _read_toml(path: Path, problems: list[str]) -> dict[str, Any] | None:
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
        problems.append(f"{path.name}: cannot be read: {error}")
        return None


def _load_pattern(
    path: Path,
    data: dict[str, Any],
    channels: dict[str, Localised],
    shared: dict[str, dict[str, Any]],
    problems: list[str],
) -> Pattern:
    read = _Reader(path.name, problems)
    pattern_id = read.text(data, "id")
    if pattern_id != path.stem or not _ID.match(pattern_id):
        read.problem(f"'id' must equal the file stem {path.stem!r} and be lowercase-with-dashes")
    audience = read.choice(data, "audience", AUDIENCES)
    if path.parent.name in AUDIENCES and path.parent.name != audience:
        read.problem(f"file is under {path.parent.name}/ but audience is {audience!r}")

    advice_table = data.get("advice")
    advice: dict[str, tuple[str, ...]] = {}
    for lang in LANGUAGES:
        steps = read.strings(advice_table, lang) if isinstance(advice_table, dict) else ()
        if not steps:
            read.problem(f"'advice.{lang}' needs at least one step")
        advice[lang] = steps

    report_to = read.strings(data, "report_to")
    for channel in report_to:
        if channel not in channels:
            read.problem(f"unknown report_to channel {channel!r}")

    stages = tuple(
        Stage(read.text(s, "id"), read.localised(s, "name"), read.localised(s, "next")) for s in data.get("stage", [])
    )
    stage_ids = {stage.id for stage in stages}
    signals = tuple(read.cue(s, "signal", with_label=False, shared=shared) for s in data.get("signal", []))
    exclusions = tuple(read.cue(e, "exclusion", with_label=True) for e in data.get("exclusion", []))
    names = [cue.name for cue in signals + exclusions]
    if len(set(names)) != len(names):
        read.problem("signal and exclusion names must be unique")
    if not signals:
        read.problem("needs at least one [[signal]]")
    for signal in signals:
        if signal.stage is not None and signal.stage not in stage_ids:
            read.problem(f"signal {signal.name!r} names unknown stage {signal.stage!r}")

    rule_table = data.get("rule", {})
    threshold = rule_table.get("threshold", 5)
    high = rule_table.get("high", 8)
    if not (isinstance(threshold, int) and isinstance(high, int) and 0 < threshold <= high):
        read.problem("rule needs whole numbers 0 < threshold <= high")
    requires = tuple(tuple(group) for group in rule_table.get("requires", []))
    signal_names = {signal.name for signal in signals}
    for group in requires:
        if not group or any(name not in signal_names for name in group):
            read.problem(f"rule.requires group {list(group)} names an unknown signal or is empty")
    opening = read.strings(rule_table, "opening")
    for name in opening:
        if name not in signal_names:
            read.problem(f"rule.opening names unknown signal {name!r}")

    fallback = data.get("fallback", False)
    if not isinstance(fallback, bool):
        read.problem("'fallback' must be true or false")

    cases = tuple(
        Case(read.text(c, "source"), read.text(c, "date"), read.localised(c, "summary"), c.get("seed"), c.get("url"))
        for c in data.get("case", [])
    )
    if not cases:
        read.problem("needs at least one [[case]] it rests on")

    examples = []
    for table in data.get("example", []):
        expect = read.choice(table, "expect", ("match", "none"))
        example = Example(read.text(table, "text"), expect, read.strings(table, "highlight"))
        for word in example.highlight:
            if word not in example.text:
                read.problem(f"highlight {word!r} does not occur in its example text")
        examples.append(example)
    for expect in ("match", "none"):
        count = sum(example.expect == expect for example in examples)
        if count < MIN_EXAMPLES_EACH_WAY:
            read.problem(f"has {count} '{expect}' examples; at least {MIN_EXAMPLES_EACH_WAY} are needed")

    return Pattern(
        id=pattern_id,
        category=read.choice(data, "category", CATEGORIES),
        audience=audience,
        severity=read.choice(data, "severity", SEVERITIES),
        status=read.choice(data, "status", STATUSES),
        title=read.localised(data, "title"),
        summary=read.localised(data, "summary"),
        why=read.localised(data, "why"),
        advice=advice,
        report_to=report_to,
        rule=Rule(
            threshold if isinstance(threshold, int) else 5, high if isinstance(high, int) else 8, requires, opening
        ),
        signals=signals,
        exclusions=exclusions,
        stages=stages,
        cases=cases,
        examples=tuple(examples),
        path=path,
        fallback=fallback is True,
    )


WORDING_MODEL_FILE = "classifier/model.json"


def library_files(resources: Path) -> list[Path]:
    """Every file the library is built from, in a stable order."""
    model = resources / WORDING_MODEL_FILE
    return [
        resources / "report_channels.toml",
        resources / "benign_cues.toml",
        resources / "shared_signals.toml",
        *sorted((resources / "patterns").glob("*/*.toml")),
        *([model] if model.exists() else []),
    ]


def load_library(resources: Path, wording_model: bool = True) -> Library:
    """Read and check every library file; raise LibraryError listing all problems.
    `wording_model=False` leaves the wording model out (retraining replaces it anyway)."""
    problems: list[str] = []
    digest = hashlib.sha256()
    files = [path for path in library_files(resources) if wording_model or path.suffix != ".json"]
    raw: dict[Path, dict[str, Any]] = {}
    wording = None
    for path in files:
        if path.suffix == ".json":
            try:
                content = path.read_bytes()  # read once: parsed and fingerprinted
                wording = parse_wording_model(content, path.name)
                digest.update(content)
            except OSError as error:
                problems.append(f"{path.name}: cannot be read: {error}")
            except ModelError as error:
                problems.append(str(error))
            continue
        data = _read_toml(path, problems)
        if data is not None:
            raw[path] = data
            digest.update(str(path.relative_to(resources)).encode())
            digest.update(path.read_bytes())

    channels: dict[str, Localised] = {}
    channel_reader = _Reader("report_channels.toml", problems)
    for key, table in raw.get(files[0], {}).items():
        channels[key] = channel_reader.localised({key: table}, key)

    cue_reader = _Reader("benign_cues.toml", problems)
    benign_cues = tuple(cue_reader.cue(table, "cue", with_label=True) for table in raw.get(files[1], {}).get("cue", []))
    direct_asks = tuple(
        cue_reader.cue({"weight": 1, **table}, "ask", with_label=False)
        for table in raw.get(files[1], {}).get("ask", [])
    )

    shared: dict[str, dict[str, Any]] = {}
    for table in raw.get(files[2], {}).get("signal", []):
        shared_name = table.get("name")
        if not isinstance(shared_name, str) or shared_name in shared:
            problems.append(f"shared_signals.toml: signal name {shared_name!r} is missing or used twice")
            continue
        shared[shared_name] = table
        # Check the shared words once, as a cue of their own.
        _Reader("shared_signals.toml", problems).cue({"weight": 1, **table}, "shared signal", with_label=False)

    patterns = [_load_pattern(path, raw[path], channels, shared, problems) for path in files[3:] if path in raw]
    ids = [pattern.id for pattern in patterns]
    for duplicate in {i for i in ids if ids.count(i) > 1}:
        problems.append(f"pattern id {duplicate!r} is used by more than one file")
    if not patterns and not problems:
        problems.append(f"no pattern files found under {resources / 'patterns'}")
    if problems:
        raise LibraryError(problems)
    return Library(tuple(patterns), channels, benign_cues, digest.hexdigest()[:16], wording, direct_asks)
