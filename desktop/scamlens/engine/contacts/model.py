"""What a contact check returns: plain dataclasses, no Qt."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .reasons import say_reason

SEVERITIES = ("info", "low", "medium", "high")


@dataclass(frozen=True)
class Finding:
    """One thing the check noticed, with why in plain words (three languages)."""

    code: str  # e.g. "phone.overseas_claims_domestic", "link.typosquat"
    severity: str  # info | low | medium | high
    values: dict[str, str] = field(default_factory=dict)  # fills the reason's {placeholders}
    sources: tuple[str, ...] = ()  # public pages the finding rests on

    def reason(self, lang: str) -> str:
        return say_reason(self.code, lang, self.values)

    @property
    def reasons(self) -> dict[str, str]:
        return {lang: self.reason(lang) for lang in ("zh-Hans", "zh-Hant", "en")}

    def to_dict(self, lang: str | None = None) -> dict[str, Any]:
        data: dict[str, Any] = {"code": self.code, "severity": self.severity}
        data["reason"] = self.reason(lang) if lang else self.reasons
        if self.sources:
            data["sources"] = list(self.sources)
        return data


@dataclass(frozen=True)
class ContactAssessment:
    """Everything the offline check can say about one phone number, id, link or shop name."""

    kind: str  # phone | wechat | qq | url | shop
    value: str  # normalised value
    text: str  # as given
    facts: dict[str, Any]
    findings: tuple[Finding, ...]

    @property
    def severity(self) -> str:
        """The highest severity among the findings ("info" when nothing is wrong)."""
        rank = max((SEVERITIES.index(f.severity) for f in self.findings), default=0)
        return SEVERITIES[rank]

    @property
    def flagged(self) -> bool:
        return self.severity in ("medium", "high")

    def to_dict(self, lang: str | None = None) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "value": self.value,
            "text": self.text,
            "severity": self.severity,
            "facts": self.facts,
            "findings": [finding.to_dict(lang) for finding in self.findings],
        }
