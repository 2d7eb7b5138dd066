"""A contact assessment in plain words: the severity word, the facts and the findings (no Qt).

The CLI (`scamlens contact`) and the window's "check a contact" page both render an
assessment through these functions, so they always say the same thing.
"""

from __future__ import annotations

from typing import Any

from ..wording import WORDING
from .model import ContactAssessment, Finding

SEVERITY_WORDS: dict[str, dict[str, str]] = {
    **{level: WORDING[f"risk.{level}"] for level in ("high", "medium", "low")},  # as for messages
    "info": {
        "zh-Hans": "没有发现问题（这不代表一定安全）",
        "zh-Hant": "沒有發現問題（這不代表一定安全）",
        "en": "Nothing wrong found (this does not prove it is safe)",
    },
}
# The window's risk scale (colours, icons) for each contact severity.
RISK_LEVELS = {"high": "high", "medium": "medium", "low": "low", "info": "none"}

_FACT_LABELS: dict[str, dict[str, str]] = {
    "kind": {"zh-Hans": "类型", "zh-Hant": "類型", "en": "Kind"},
    "value": {"zh-Hans": "规范写法", "zh-Hant": "規範寫法", "en": "Written as"},
    "region": {"zh-Hans": "地区", "zh-Hant": "地區", "en": "Region"},
    "type": {"zh-Hans": "号码类型", "zh-Hant": "號碼類型", "en": "Number type"},
    "e164": {"zh-Hans": "国际格式", "zh-Hant": "國際格式", "en": "International format"},
    "valid": {"zh-Hans": "号码有效", "zh-Hant": "號碼有效", "en": "Valid number"},
    "virtual_operator": {"zh-Hans": "虚拟运营商号段", "zh-Hant": "虛擬運營商號段", "en": "Virtual-operator segment"},
    "claims": {"zh-Hans": "信息自称", "zh-Hant": "信息自稱", "en": "The message claims"},
    "domain": {"zh-Hans": "真正的网站（可注册域名）", "zh-Hant": "真正的網站（可註冊域名）", "en": "Real site (registrable domain)"},
    "host": {"zh-Hans": "主机名", "zh-Hant": "主機名", "en": "Host"},
    "official_brand": {"zh-Hans": "官方域名", "zh-Hant": "官方域名", "en": "Official domain of"},
    "idn": {"zh-Hans": "含非英文字母的域名", "zh-Hant": "含非英文字母的域名", "en": "Non-Latin letters in the name"},
    "ip": {"zh-Hans": "用 IP 地址代替域名", "zh-Hant": "用 IP 地址代替域名", "en": "IP address instead of a name"},
    "valid_format": {"zh-Hans": "格式正确", "zh-Hant": "格式正確", "en": "Well-formed"},
    "off_platform_cue": {"zh-Hans": "要求离开平台的话", "zh-Hant": "要求離開平台的話", "en": "Asks to leave the platform"},
}  # fmt: skip
_YES = {"zh-Hans": "是", "zh-Hant": "是", "en": "yes"}
_NO = {"zh-Hans": "否", "zh-Hant": "否", "en": "no"}
_SOURCES = {"zh-Hans": "依据", "zh-Hant": "依據", "en": "Source"}
_FACT_ORDER = tuple(key for key in _FACT_LABELS if key not in ("kind", "value"))


def severity_word(severity: str, lang: str) -> str:
    """ "High risk", "中风险", … — the overall severity in words."""
    return SEVERITY_WORDS[severity][lang]


def sources_label(lang: str) -> str:
    return _SOURCES[lang]


def _phone_type(english: str, lang: str) -> str:
    from .phone import _SHORT_TYPE, _TYPES, _UNKNOWN_TYPE

    for names in (*_TYPES.values(), _SHORT_TYPE, _UNKNOWN_TYPE):
        if names["en"] == english:
            return names[lang]
    return english


def _fact_value(key: str, value: Any, facts: dict[str, Any], lang: str) -> str | None:
    if value is None or value == "":
        return None
    if key == "region":
        names = facts.get("region_name")
        return names.get(lang) if isinstance(names, dict) else str(value)
    if key == "type":
        return _phone_type(str(value), lang)
    if key == "official_brand":
        from .tables import tables

        brand = next((b for b in tables().brands if b.id == value), None)
        return brand.name.get(lang, str(value)) if brand is not None else str(value)
    if isinstance(value, bool):
        return (_YES if value else _NO)[lang]
    if isinstance(value, dict):
        return value.get(lang)
    return str(value)


def fact_lines(assessment: ContactAssessment, lang: str) -> list[tuple[str, str]]:
    """(label, value) pairs: kind, normalised value, region, type, registrable domain, …"""
    facts = assessment.facts
    lines = [(_FACT_LABELS["kind"][lang], facts["kind_name"][lang] if "kind_name" in facts else assessment.kind)]
    lines.append((_FACT_LABELS["value"][lang], assessment.value))
    for key in _FACT_ORDER:
        if key in facts:
            shown = _fact_value(key, facts[key], facts, lang)
            if shown:
                lines.append((_FACT_LABELS[key][lang], shown))
    return lines


def blocklist_findings(assessment: ContactAssessment) -> list[Finding]:
    return [finding for finding in assessment.findings if finding.code.startswith("blocklist.")]


def other_findings(assessment: ContactAssessment) -> list[Finding]:
    return [finding for finding in assessment.findings if not finding.code.startswith("blocklist.")]


def headline(assessment: ContactAssessment, lang: str) -> str:
    """ "link tabao.com — High risk": what the CLI prints first."""
    kind_name = assessment.facts["kind_name"][lang] if "kind_name" in assessment.facts else assessment.kind
    return f"{kind_name} {assessment.value} — {severity_word(assessment.severity, lang)}"


def assessment_lines(assessment: ContactAssessment, lang: str) -> list[str]:
    """The whole assessment as plain text lines (the CLI's output)."""
    lines = [headline(assessment, lang)]
    for finding in assessment.findings:
        lines.append(f"  • {finding.reason(lang)}")
        lines += [f"      {sources_label(lang)}: {source}" for source in finding.sources]
    return lines
