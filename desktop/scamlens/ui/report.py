"""The result of a check as sections of words, rendered to HTML (screen, print, PDF) and plain text (copy).

Everything pattern-specific or verdict-specific comes from `verdict_to_dict`, already in
the chosen language; this module only orders it and adds the window's own guidance.
"""

from __future__ import annotations

import html
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication

from scamlens.engine import Library, verdict_to_dict
from scamlens.engine.explain import marked_text, trigger_words
from scamlens.engine.wording import say

from .backend import Outcome
from .guidance import contact_note, general_tips, merchant_playbook
from .theme import RISK_SCALE, RiskColours, highlight_colours, risk_colours

translate = QCoreApplication.translate
ICON_URL = "scamlens:icon"  # the document resource holding the risk (or error) icon


@dataclass(frozen=True)
class Section:
    key: str  # stable name, for tests and styling: "why", "advice", "cases", …
    heading: str
    paragraphs: tuple[str, ...] = ()
    items: tuple[str, ...] = ()
    numbered: bool = False


@dataclass(frozen=True)
class Report:
    risk: str
    risk_label: str
    headline: str
    summary: str
    text: str
    highlights: list[tuple[int, int]]
    sections: tuple[Section, ...] = field(default=())
    pattern_ids: tuple[str, ...] = ()

    def section(self, key: str) -> Section | None:
        return next((section for section in self.sections if section.key == key), None)


def _audience_first(matches: list[dict[str, Any]], audience: str) -> list[dict[str, Any]]:
    """The chosen audience's patterns first (merchant mode: merchant patterns first); stable otherwise."""
    return sorted(matches, key=lambda match: match["audience"] != audience)


def _case_line(case: dict[str, Any]) -> str:
    return f"{case['source']} ({case['date']}): {case['summary']}"


def _contact_line(assessment: Any, lang: str) -> str:
    """ "Phone 138…: mainland mobile." with, for a worrying contact, the risk word first."""
    reasons = " ".join(finding.reason(lang) for finding in assessment.findings)
    colon = "：" if lang.startswith("zh") else ": "
    line = f"{assessment.facts['kind_name'][lang]} {assessment.text}" + (colon + reasons if reasons else "")
    if assessment.severity in ("medium", "high"):
        line = f"{say('risk.' + assessment.severity, lang)} · {line}"
    return line


def _entity_sections(data: dict[str, Any], outcome: Outcome, lang: str) -> list[Section]:
    sections = []
    if outcome.contacts:
        items = tuple(_contact_line(assessment, lang) for assessment in outcome.contacts)
        sections.append(Section("contacts", say("section.contacts", lang), (contact_note(),), items))
    elif data["contacts"]:
        items = tuple(f"{say('contact.' + entity['kind'], lang)}: {entity['text']}" for entity in data["contacts"])
        sections.append(Section("contacts", say("section.contacts", lang), (contact_note(),), items))
    if data["amounts"]:
        items = tuple(entity["text"] for entity in data["amounts"])
        sections.append(Section("amounts", say("section.amounts", lang), items=items))
    return sections


def _similar_section(outcome: Outcome, lang: str) -> list[Section]:
    if not outcome.similar:
        return []
    items = tuple(f"{result.title(lang)} — {result.snippet(lang, 160)}" for result in outcome.similar)
    return [Section("similar", translate("Report", "Similar documented cases"), items=items)]


# The shop owner's playbook is about threats and claims made against the shop; other
# merchant patterns (fake platform notices, data sellers) carry their own advice.
_PLAYBOOK_CATEGORIES = {"review-extortion", "refund-abuse"}


def _playbook_section(matches: list[dict[str, Any]], audience: str) -> list[Section]:
    if audience != "merchant" or not any(match["category"] in _PLAYBOOK_CATEGORIES for match in matches):
        return []
    heading = translate("Report", "What to do as a shop owner")
    return [Section("playbook", heading, items=tuple(merchant_playbook()), numbered=True)]


def _stage_sections(match: dict[str, Any], lang: str) -> list[Section]:
    """ "You are here; next they will …", when the match names a stage."""
    if not match["stage"]:
        return []
    return [
        Section("stage", say("section.stage", lang), (match["stage"]["name"],)),
        Section("next", say("section.next", lang), (match["stage"]["next"],)),
    ]


def _warning_sections(data: dict[str, Any], matches: list[dict[str, Any]], audience: str, lang: str) -> list[Section]:
    top = matches[0]
    sections = _playbook_section(matches, audience)  # a merchant's first question: what do I do now?
    sections += _stage_sections(top, lang)
    words = dict.fromkeys(word for match in matches for word in trigger_words(match["evidence"]))
    separator = "、" if lang.startswith("zh") else ", "
    sections.append(Section("words", say("section.words", lang), (separator.join(f"“{word}”" for word in words),)))
    if top["basis"]:  # raised by the wording model: say so, in plain words
        sections.append(Section("basis", say("section.basis", lang), (top["basis"],)))
    sections.append(Section("why", say("section.why", lang), (top["why"],)))
    sections.append(Section("advice", say("section.advice", lang), items=tuple(top["advice"]), numbered=True))
    sections.append(Section("report", say("section.report", lang), items=tuple(c["text"] for c in top["report_to"])))
    if top["benign"]:
        sections.append(Section("benign", say("section.benign", lang), items=tuple(b["label"] for b in top["benign"])))
    if len(matches) > 1:
        also = tuple(f"{match['title']} ({say('risk.' + match['level'], lang)})" for match in matches[1:])
        sections.append(Section("also", say("section.also", lang), items=also))
    sections.append(Section("cases", say("section.cases", lang), items=tuple(_case_line(c) for c in top["cases"])))
    return sections


def _calm_sections(data: dict[str, Any], resembles: list[dict[str, Any]], audience: str, lang: str) -> list[Section]:
    sections: list[Section] = []
    if resembles:
        sections.append(Section("note", translate("Report", "Please note"), (data["note"],)))
        items = tuple(f"{near['title']}: {near['summary']}" for near in resembles)
        sections.append(
            Section("resembles", translate("Report", "Wording that resembles a documented scam"), items=items)
        )
        sections += _playbook_section(resembles, audience)
        sections += _stage_sections(resembles[0], lang)
    sections.append(
        Section("tips", translate("Report", "General safety tips"), items=tuple(general_tips()), numbered=True)
    )
    if data["benign"]:
        sections.append(Section("benign", say("section.benign", lang), items=tuple(b["label"] for b in data["benign"])))
    return sections


def build_report(outcome: Outcome, library: Library, lang: str, audience: str) -> Report:
    verdict = outcome.verdict
    data = verdict_to_dict(verdict, library, lang)
    matches = _audience_first(data["matches"], audience)
    resembles = _audience_first(data["resembles"], audience)
    if matches:
        headline, summary = matches[0]["headline"], matches[0]["summary"]
        sections = _warning_sections(data, matches, audience, lang)
    elif resembles:
        headline, summary = resembles[0]["headline"], ""
        sections = _calm_sections(data, resembles, audience, lang)
    else:
        headline, summary = data["note"], ""
        sections = _calm_sections(data, [], audience, lang)
    sections += _similar_section(outcome, lang) + _entity_sections(data, outcome, lang)
    return Report(
        risk=verdict.risk,
        risk_label=data["risk_label"],
        headline=headline,
        summary=summary,
        text=verdict.text,
        highlights=verdict.highlight_ranges(),
        sections=tuple(sections),
        pattern_ids=tuple(match["pattern"] for match in matches),
    )


def _section_html(section: Section) -> str:
    parts = [f"<h3>{html.escape(section.heading)}</h3>"]
    parts += [f"<p>{html.escape(paragraph)}</p>" for paragraph in section.paragraphs]
    if section.items:
        tag = "ol" if section.numbered else "ul"
        parts.append(f"<{tag}>" + "".join(f"<li>{html.escape(item)}</li>" for item in section.items) + f"</{tag}>")
    return "\n".join(parts)


def sections_html(report: Report) -> str:
    return "\n".join(_section_html(section) for section in report.sections)


def box_html(
    colours: RiskColours, icon_size: int, title: str, title_points: float, lines: list[str], bold_first: bool = True
) -> str:
    """A framed box with the risk icon: the banner of a result, or an error."""
    paragraphs = "".join(
        f'<p style="margin-top:4px;{" font-weight:bold;" if bold_first and index == 0 else ""}">{html.escape(line)}</p>'
        for index, line in enumerate(lines)
        if line
    )
    # Qt's rich text draws a table border around every cell too, so the frame is an outer
    # one-cell table in the border colour, padded by the border width.
    return (
        f'<table width="100%" cellspacing="0" cellpadding="3" bgcolor="{colours.border}"><tr><td>'
        f'<table width="100%" cellspacing="0" cellpadding="10" bgcolor="{colours.background}">'
        f'<tr><td width="{icon_size + 12}" valign="top">'
        f'<img src="{ICON_URL}" width="{icon_size}" height="{icon_size}"></td>'
        f'<td valign="middle" style="color:{colours.text};">'
        f'<p style="font-size:{title_points:.1f}pt; font-weight:bold; margin:0;">{html.escape(title)}</p>'
        f"{paragraphs}</td></tr></table>"
        "</td></tr></table>"
    )


def banner_html(report: Report, high_contrast: bool, body_points: float, icon_size: int) -> str:
    """The risk as word + icon + colour, with the headline and the summary."""
    colours = risk_colours(report.risk, high_contrast)
    lines = [report.headline, report.summary]
    return box_html(colours, icon_size, report.risk_label, body_points * RISK_SCALE, lines)


def report_html(report: Report, high_contrast: bool, body_points: float, icon_size: int) -> str:
    """The result as the window shows it: the banner, then the sections."""
    return banner_html(report, high_contrast, body_points, icon_size) + "\n" + sections_html(report)


def printable_html(report: Report, body_points: float, icon_size: int) -> str:
    """The whole result, with the checked text and its highlights, for printing and PDF."""
    mark_background, mark_text = highlight_colours(False)
    checked = marked_text(
        report.text,
        report.highlights,
        f'<span style="background-color:{mark_background}; color:{mark_text}; text-decoration: underline;">',
        "</span>",
        clean=html.escape,
    ).replace("\n", "<br>")
    title = translate("Report", "ScamLens check result")
    checked_on = translate("Report", "Checked on {when}").format(when=datetime.now().strftime("%Y-%m-%d %H:%M"))
    checked_heading = translate("Report", "Checked text")
    return "\n".join(
        [
            f"<h1>{html.escape(title)}</h1>",
            f"<p>{html.escape(checked_on)}</p>",
            banner_html(report, False, body_points, icon_size),
            f"<h3>{html.escape(checked_heading)}</h3>",
            f"<p>{checked}</p>",
            sections_html(report),
        ]
    )


def report_plain_text(report: Report) -> str:
    """The result as plain text, for the clipboard."""
    lines = [f"■ {report.risk_label}", report.headline]
    if report.summary:
        lines.append(report.summary)
    checked_heading = translate("Report", "Checked text")
    lines += ["", f"{checked_heading}:", marked_text(report.text, report.highlights)]
    for section in report.sections:
        lines += ["", f"{section.heading}:"]
        lines += [f"  {paragraph}" for paragraph in section.paragraphs]
        for number, item in enumerate(section.items, 1):
            lines.append(f"  {number}. {item}" if section.numbered else f"  - {item}")
    return "\n".join(lines)
