"""Turn a Verdict into words: a JSON-ready dict and a readable text, in one language."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING, Any

from .library import Library
from .verdict import BenignFinding, Match, Verdict
from .wording import say

if TYPE_CHECKING:  # contact checks load phone and domain tables: only when a text has contacts
    from .contacts.model import ContactAssessment


def _benign_to_dict(finding: BenignFinding, lang: str) -> dict[str, Any]:
    return {
        "name": finding.cue.name,
        "label": finding.cue.label.get(lang, ""),
        "weight": finding.cue.weight,
        "evidence": [{"start": e.start, "end": e.end, "words": e.words} for e in finding.evidence],
    }


def match_to_dict(match: Match, library: Library, lang: str) -> dict[str, Any]:
    pattern = match.pattern
    if match.level == "low":
        headline_key = "headline.near" if match.wording is None else "headline.near_ordinary"
    elif match.wording is not None:
        headline_key = "headline.wording"
    else:
        headline_key = "headline.fallback" if pattern.fallback else "headline.match"
    return {
        "pattern": pattern.id,
        "category": pattern.category,
        "audience": pattern.audience,
        "level": match.level,
        "score": match.score,
        "by_wording": None if match.wording is None else round(match.wording, 3),
        "basis": say("basis.wording", lang, percent=str(int(match.wording * 100)), title=pattern.title[lang])
        if match.wording is not None and match.level != "low"
        else None,
        "title": pattern.title[lang],
        "headline": say(headline_key, lang, title=pattern.title[lang]),
        "summary": pattern.summary[lang],
        "evidence": [{"start": e.start, "end": e.end, "words": e.words, "signal": e.signal} for e in match.evidence],
        "why": pattern.why[lang],
        "advice": list(pattern.advice[lang]),
        "report_to": [{"channel": key, "text": library.channels[key][lang]} for key in pattern.report_to],
        "stage": None
        if match.stage is None
        else {
            "id": match.stage.id,
            "name": match.stage.name[lang],
            "next": match.stage.next[lang],
        },
        "benign": [_benign_to_dict(finding, lang) for finding in match.benign],
        "cases": [
            {"source": case.source, "date": case.date, "seed": case.seed, "summary": case.summary[lang]}
            for case in pattern.cases
        ],
    }


def verdict_to_dict(
    verdict: Verdict, library: Library, lang: str, contacts: Sequence[ContactAssessment] = ()
) -> dict[str, Any]:
    """`contacts`: assessments of the verdict's contacts (engine.contacts.assess_entities),
    in the same order; when given, each contact carries what is known about it."""
    return {
        "risk": verdict.risk,
        "risk_label": say(f"risk.{verdict.risk}", lang),
        "categories": sorted({match.pattern.category for match in verdict.matches}),
        "matches": [match_to_dict(match, library, lang) for match in verdict.matches],
        "resembles": [match_to_dict(match, library, lang) for match in verdict.near_misses],
        "contacts": [
            {**entity.to_dict(), **({"assessment": assessment.to_dict(lang)} if assessment else {})}
            for entity, assessment in zip(verdict.contacts, _aligned(contacts, verdict), strict=True)
        ],
        "amounts": [entity.to_dict() for entity in verdict.amounts],
        "benign": [_benign_to_dict(finding, lang) for finding in verdict.benign],
        "note": None if verdict.warned else say("none.note", lang),
        "library": library.fingerprint,
    }


def batch_record(record_id: object, verdict: Verdict) -> dict[str, Any]:
    """The compact line `scamlens check --jsonl` writes for each input."""
    return {
        "id": record_id,
        "risk": verdict.risk,
        "categories": sorted({match.pattern.category for match in verdict.matches}),
        "matches": [
            {
                "pattern": match.pattern.id,
                "level": match.level,
                "score": match.score,
                "evidence": [[e.start, e.end, e.words] for e in match.evidence],
            }
            for match in verdict.matches
        ],
    }


def trigger_words(evidence: Iterable[dict[str, Any]]) -> list[str]:
    """The distinct words that triggered a warning, in order, leaving out any piece of evidence
    that lies inside a longer one ("加客服微信" inside "添加客服微信" is said once)."""
    spans = [(item["start"], item["end"]) for item in evidence]
    words: dict[str, None] = {}
    for item in evidence:
        start, end = item["start"], item["end"]
        inside = any(s <= start and end <= e and (s, e) != (start, end) for s, e in spans)
        if not inside:
            words.setdefault(item["words"])
    return list(words)


def marked_text(
    text: str,
    ranges: list[tuple[int, int]],
    before: str = "【",
    after: str = "】",
    clean: Callable[[str], str] | None = None,
) -> str:
    """`text` with each highlighted range wrapped in `before` … `after`; `clean` (e.g.
    html.escape) is applied to the text itself, not to the markers."""
    clean = clean or (lambda value: value)
    pieces, cursor = [], 0
    for start, end in ranges:
        pieces += [clean(text[cursor:start]), before, clean(text[start:end]), after]
        cursor = end
    pieces.append(clean(text[cursor:]))
    return "".join(pieces)


def _aligned(contacts: Sequence[ContactAssessment], verdict: Verdict) -> list[ContactAssessment | None]:
    return list(contacts) if len(contacts) == len(verdict.contacts) else [None] * len(verdict.contacts)


def _stage_lines(match: dict[str, Any], lang: str) -> list[str]:
    """ "You are here; next they will …", when the match names a stage."""
    if not match["stage"]:
        return []
    return [
        f"{say('section.stage', lang)}: {match['stage']['name']}",
        f"{say('section.next', lang)}: {match['stage']['next']}",
    ]


def render_text(verdict: Verdict, library: Library, lang: str, contacts: Sequence[ContactAssessment] = ()) -> str:
    """A readable result for a terminal; `contacts` as for verdict_to_dict."""
    data = verdict_to_dict(verdict, library, lang)
    lines = [f"■ {data['risk_label']}"]
    if not verdict.matches:
        for near in data["resembles"]:
            lines.append(near["headline"])
            lines += _stage_lines(near, lang)  # an opening move names where the reader is
        for finding in data["benign"]:
            lines.append(f"  · {say('section.benign', lang)}: {finding['label']}")
        lines += ["", data["note"]]
    for index, match in enumerate(data["matches"]):
        if index:
            lines += ["", f"{say('section.also', lang)}: {match['title']} ({say('risk.' + match['level'], lang)})"]
            continue
        lines += [match["headline"], match["summary"], ""]
        if match["basis"]:
            lines += [f"{say('section.basis', lang)}: {match['basis']}", ""]
        lines.append(f"{say('section.words', lang)}: " + "、".join(trigger_words(match["evidence"])))
        if len(verdict.text) <= 600:
            lines.append("  " + marked_text(verdict.text, verdict.highlight_ranges()))
        lines += _stage_lines(match, lang)
        lines += ["", f"{say('section.why', lang)}:", "  " + match["why"], "", f"{say('section.advice', lang)}:"]
        lines += [f"  {number}. {step}" for number, step in enumerate(match["advice"], 1)]
        lines += ["", f"{say('section.report', lang)}:"]
        lines += [f"  - {channel['text']}" for channel in match["report_to"]]
        if match["benign"]:
            lines += ["", f"{say('section.benign', lang)}:"]
            lines += [f"  - {finding['label']}" for finding in match["benign"]]
        lines += ["", f"{say('section.cases', lang)}:"]
        lines += [f"  - {case['source']} ({case['date']}): {case['summary']}" for case in match["cases"]]
    if verdict.entities:
        lines += ["", f"{say('section.contacts', lang)}:"]
        assessments = dict(zip(verdict.contacts, _aligned(contacts, verdict), strict=True))
        for entity in verdict.entities:
            assessment = assessments.get(entity)
            if assessment is not None:
                from .contacts.render import assessment_lines

                lines += ["  " + line for line in assessment_lines(assessment, lang)]
            else:
                lines.append(f"  - {say('contact.' + entity.kind, lang)}: {entity.text}")
    return "\n".join(lines)
