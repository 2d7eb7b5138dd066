"""Measure the library on a labelled corpus: recall, false alarms, per-pattern counts.

Corpus format (one JSON object a line): id, text, label ("scam" | "benign"), scope
("core" | "adjacent" | "out" | "out_of_task" | "benign"), category, hard_negative,
suspect_label. A text counts as "warned" when its risk is high or medium.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from scamlens.engine import Checker, Library, Verdict
from scamlens.json_lines import read_text_records

IN_SCOPE = ("core", "adjacent")


class CorpusError(ValueError):
    pass


@dataclass
class Outcome:
    id: str
    text: str
    label: str
    scope: str
    category: str
    hard_negative: bool
    warned: bool
    patterns: list[str]
    by_wording: bool = False  # warned by the wording model, no pattern's rule


@dataclass
class Report:
    outcomes: list[Outcome] = field(default_factory=list)

    def _rows(self, predicate: Any) -> list[Outcome]:
        return [outcome for outcome in self.outcomes if predicate(outcome)]

    @property
    def in_scope_scams(self) -> list[Outcome]:
        return self._rows(lambda o: o.label == "scam" and o.scope in IN_SCOPE)

    @property
    def out_scope_scams(self) -> list[Outcome]:
        return self._rows(lambda o: o.label == "scam" and o.scope == "out")

    @property
    def benign(self) -> list[Outcome]:
        return self._rows(lambda o: o.label == "benign")

    @property
    def hard_negatives(self) -> list[Outcome]:
        return self._rows(lambda o: o.label == "benign" and o.hard_negative)

    def summary(self) -> dict[str, Any]:
        scams, benign = self.in_scope_scams, self.benign
        caught = sum(o.warned for o in scams)
        false_alarms = sum(o.warned for o in benign)
        return {
            "scams_warned_by_wording": sum(o.by_wording for o in scams),
            "benign_warned_by_wording": sum(o.by_wording for o in benign),
            "scams_in_scope": len(scams),
            "recall": _ratio(caught, len(scams)),
            "recall_core": _ratio(*_count(self._rows(lambda o: o.label == "scam" and o.scope == "core"))),
            "recall_adjacent": _ratio(*_count(self._rows(lambda o: o.label == "scam" and o.scope == "adjacent"))),
            "recall_out_of_focus": _ratio(*_count(self.out_scope_scams)),
            "benign": len(benign),
            "false_alarm_rate": _ratio(false_alarms, len(benign)),
            "hard_negatives": len(self.hard_negatives),
            "hard_negative_false_alarm_rate": _ratio(*_count(self.hard_negatives)),
            "precision": _ratio(caught, caught + false_alarms),
        }

    def per_category(self) -> dict[str, dict[str, Any]]:
        table: dict[str, dict[str, Any]] = {}
        for outcome in self.outcomes:
            row = table.setdefault(
                outcome.category, {"label": outcome.label, "scope": outcome.scope, "texts": 0, "warned": 0}
            )
            row["texts"] += 1
            row["warned"] += outcome.warned
        return dict(sorted(table.items()))

    def per_pattern(self) -> dict[str, dict[str, int]]:
        table: dict[str, dict[str, int]] = defaultdict(_empty_pattern_row)
        for outcome in self.outcomes:
            for pattern_id in outcome.patterns:
                row = table[pattern_id]
                if outcome.label == "benign":
                    row["false_alarms"] += 1
                elif outcome.scope in IN_SCOPE:
                    row["scam_hits"] += 1
                    row["by_wording"] += outcome.by_wording
                else:
                    row["out_hits"] += 1
        return dict(sorted(table.items()))

    def misses(self) -> list[Outcome]:
        return [o for o in self.in_scope_scams if not o.warned]

    def false_alarms(self) -> list[Outcome]:
        return [o for o in self.benign if o.warned]

    def to_baseline(self) -> dict[str, Any]:
        return {
            "summary": self.summary(),
            "per_pattern": self.per_pattern(),
            "warned": {o.id: o.warned for o in self.outcomes},
        }


def _count(rows: list[Outcome]) -> tuple[int, int]:
    return sum(o.warned for o in rows), len(rows)


def _empty_pattern_row() -> dict[str, int]:
    return {"scam_hits": 0, "by_wording": 0, "false_alarms": 0, "out_hits": 0}


def _ratio(part: int, whole: int) -> float | None:
    return round(part / whole, 4) if whole else None


def read_corpus(path: Path) -> list[dict[str, Any]]:
    records = []
    for number, record in read_text_records(path, CorpusError):
        if "label" not in record:
            raise CorpusError(f"{path}:{number}: each line needs at least 'text' and 'label'")
        records.append(record)
    return records


def evaluate(checker: Checker, paths: list[Path]) -> Report:
    report = Report()
    for path in paths:
        for number, record in enumerate(read_corpus(path), 1):
            if record.get("scope") == "out_of_task" or record.get("suspect_label"):
                continue  # labels that the text itself cannot show; see the corpus README
            verdict: Verdict = checker.check(record["text"])
            report.outcomes.append(
                Outcome(
                    id=str(record.get("id", f"{path.name}:{number}")),
                    text=record["text"],
                    label=record["label"],
                    scope=record.get("scope") or ("benign" if record["label"] == "benign" else "core"),
                    category=record.get("category") or "?",
                    hard_negative=bool(record.get("hard_negative")),
                    warned=verdict.warned,
                    patterns=[match.pattern.id for match in verdict.matches],
                    by_wording=any(match.wording is not None for match in verdict.matches),
                )
            )
    return report


def _percent(value: float | None) -> str:
    return "n/a" if value is None else f"{value * 100:.2f} %"


def format_report(report: Report, errors: int = 0) -> str:
    summary = report.summary()
    lines = [
        f"in-scope scams (core + adjacent): {summary['scams_in_scope']}",
        f"  recall            {_percent(summary['recall'])}"
        f"   (core {_percent(summary['recall_core'])}, adjacent {_percent(summary['recall_adjacent'])})",
        f"  out-of-focus scams warned: {_percent(summary['recall_out_of_focus'])}",
        f"benign texts: {summary['benign']}",
        f"  false-alarm rate  {_percent(summary['false_alarm_rate'])}",
        f"  hard negatives: {summary['hard_negatives']}, false-alarm rate {_percent(summary['hard_negative_false_alarm_rate'])}",
        f"precision (in-scope scams vs benign): {_percent(summary['precision'])}",
        f"warned by the wording model, no rule: {summary['scams_warned_by_wording']} in-scope scams, "
        f"{summary['benign_warned_by_wording']} benign texts",
        "",
        "per category (label/scope: warned / texts):",
    ]
    for category, row in report.per_category().items():
        lines.append(f"  {category:40} {row['label']:6} {row['scope']:9} {row['warned']:4} / {row['texts']}")
    lines += ["", "per pattern (in-scope scam hits, of them by wording / false alarms on benign / out-of-focus hits):"]
    for pattern_id, row in report.per_pattern().items():
        lines.append(
            f"  {pattern_id:32} {row['scam_hits']:5} ({row['by_wording']:3}) {row['false_alarms']:5} {row['out_hits']:5}"
        )
    if errors:
        lines += ["", f"misses (first {errors}):"]
        lines += [f"  {o.id} [{o.category}] {o.text[:160]}" for o in report.misses()[:errors]]
        lines += ["", f"false alarms (first {errors}):"]
        lines += [f"  {o.id} [{','.join(o.patterns)}] {o.text[:160]}" for o in report.false_alarms()[:errors]]
    return "\n".join(lines)


def format_comparison(report: Report, baseline: dict[str, Any]) -> str:
    now = report.summary()
    before = baseline.get("summary", {})
    lines = ["compared with baseline:"]
    for key, value in now.items():
        old = before.get(key)
        if isinstance(value, float) and isinstance(old, float):
            lines.append(f"  {key:32} {_percent(old):>9} → {_percent(value):>9}  ({(value - old) * 100:+.2f} pts)")
    old_warned: dict[str, bool] = baseline.get("warned", {})
    changes: Counter[str] = Counter()
    changed_ids: dict[str, list[str]] = defaultdict(list)
    for outcome in report.outcomes:
        if outcome.id not in old_warned or old_warned[outcome.id] == outcome.warned:
            continue
        side = "scam" if outcome.label == "scam" else "benign"
        kind = f"{side}: {'now warned' if outcome.warned else 'no longer warned'}"
        changes[kind] += 1
        changed_ids[kind].append(outcome.id)
    for kind, count in sorted(changes.items()):
        lines.append(f"  {kind}: {count}  ({', '.join(changed_ids[kind][:10])}{' …' if count > 10 else ''})")
    if not changes:
        lines.append("  no text changed its outcome")
    return "\n".join(lines)


def format_markdown(report: Report, library: Library, corpus_names: list[str]) -> str:
    """The per-pattern quality table published in docs/, so users can see each pattern's record."""
    summary = report.summary()
    per_pattern = report.per_pattern()
    lines = [
        "# Pattern quality",
        "",
        f"Measured with `scamlens eval` on the development corpus ({', '.join(corpus_names)}), "
        f"library `{library.fingerprint}`. A text counts as warned when its risk is high or medium.",
        "These are development figures; releases are judged on held-out data the same way.",
        "",
        "| measure | value |",
        "| --- | --- |",
        f"| recall, core + adjacent scams ({summary['scams_in_scope']}) | {_percent(summary['recall'])} |",
        f"| recall, core | {_percent(summary['recall_core'])} |",
        f"| recall, adjacent | {_percent(summary['recall_adjacent'])} |",
        f"| warned, out-of-focus scams | {_percent(summary['recall_out_of_focus'])} |",
        f"| false-alarm rate, all benign ({summary['benign']}) | {_percent(summary['false_alarm_rate'])} |",
        f"| false-alarm rate, hard negatives ({summary['hard_negatives']}) | {_percent(summary['hard_negative_false_alarm_rate'])} |",
        f"| precision | {_percent(summary['precision'])} |",
        f"| in-scope scams warned by the wording model, no rule | {summary['scams_warned_by_wording']} |",
        f"| benign texts warned by the wording model, no rule | {summary['benign_warned_by_wording']} |",
        "",
        "## Per pattern",
        "",
        "Hits on in-scope scam texts (and how many of them the wording model raised, naming this "
        "pattern as the closest), on out-of-focus scam texts, and false alarms on benign texts; "
        "and the pattern's own examples (all checked by the test suite).",
        "",
        "| pattern | audience | scam hits | of them by wording | out-of-focus hits | false alarms | examples (match / none) |",
        "| --- | --- | ---: | ---: | ---: | ---: | --- |",
    ]
    for pattern in sorted(library.patterns, key=lambda p: (p.audience, p.id)):
        row = per_pattern.get(pattern.id) or _empty_pattern_row()
        matches = sum(example.expect == "match" for example in pattern.examples)
        lines.append(
            f"| {pattern.id} | {pattern.audience} | {row['scam_hits']} | {row['by_wording']} | {row['out_hits']} | "
            f"{row['false_alarms']} | {matches} / {len(pattern.examples) - matches} |"
        )
    lines += [
        "",
        "## Per corpus category",
        "",
        "| category | label | scope | warned / texts |",
        "| --- | --- | --- | ---: |",
    ]
    for category, row in report.per_category().items():
        lines.append(f"| {category} | {row['label']} | {row['scope']} | {row['warned']} / {row['texts']} |")
    return "\n".join(lines) + "\n"
