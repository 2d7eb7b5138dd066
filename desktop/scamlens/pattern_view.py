"""A readable description of one pattern, for `scamlens pattern ID`."""

from __future__ import annotations

from scamlens.engine import Library, Pattern
from scamlens.engine.wording import say

_HEADINGS = {
    "signals": {"zh-Hans": "警示信号", "zh-Hant": "警示信號", "en": "Warning signs"},
    "exclusions": {
        "zh-Hans": "正常情况的迹象（降低判断）",
        "zh-Hant": "正常情況的跡象（降低判斷）",
        "en": "Benign cues (lower the score)",
    },
    "stages": {"zh-Hans": "骗局步骤", "zh-Hant": "騙局步驟", "en": "How it unfolds"},
    "examples": {"zh-Hans": "示例", "zh-Hant": "示例", "en": "Examples"},
    "rule": {"zh-Hans": "判定规则", "zh-Hant": "判定規則", "en": "Rule"},
}


def describe_pattern(pattern: Pattern, library: Library, lang: str) -> str:
    heading = {key: value[lang] for key, value in _HEADINGS.items()}
    lines = [
        f"{pattern.title[lang]}  [{pattern.id}]",
        f"{pattern.category} · {pattern.audience} · severity {pattern.severity} · {pattern.status}",
        "",
        pattern.summary[lang],
        "",
        f"{say('section.why', lang)}:",
        f"  {pattern.why[lang]}",
        "",
        f"{heading['signals']}:",
    ]
    for signal in pattern.signals:
        words = "、".join(signal.phrases + tuple(r.pattern for r in signal.regexes) + signal.contacts)
        lines.append(f"  +{signal.weight} {signal.name}: {words}")
    if pattern.exclusions:
        lines.append(f"{heading['exclusions']}:")
        for cue in pattern.exclusions:
            lines.append(f"  -{cue.weight} {cue.label[lang]}: " + "、".join(cue.phrases))
    rule = pattern.rule
    needs = " & ".join("(" + " | ".join(group) + ")" for group in rule.requires) or "-"
    lines.append(f"{heading['rule']}: {needs}; medium ≥ {rule.threshold}, high ≥ {rule.high}")
    if pattern.stages:
        lines += ["", f"{heading['stages']}:"]
        lines += [f"  {n}. {stage.name[lang]} → {stage.next[lang]}" for n, stage in enumerate(pattern.stages, 1)]
    lines += ["", f"{say('section.advice', lang)}:"]
    lines += [f"  {n}. {step}" for n, step in enumerate(pattern.advice[lang], 1)]
    lines += ["", f"{say('section.report', lang)}:"]
    lines += [f"  - {library.channels[key][lang]}" for key in pattern.report_to]
    lines += ["", f"{say('section.cases', lang)}:"]
    lines += [f"  - {case.source} ({case.date}): {case.summary[lang]}" for case in pattern.cases]
    lines += ["", f"{heading['examples']}:"]
    lines += [f"  [{example.expect:5}] {example.text}" for example in pattern.examples]
    return "\n".join(lines)
