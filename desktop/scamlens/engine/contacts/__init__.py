"""Offline checks of a phone number, WeChat / QQ id, link or shop name (no Qt).

    assessment = assess_contact("+63 912 345 6789", context_text="我是淘宝客服")
    assessment.severity            # "high"
    assessment.findings[0].reason("en")

Pass a `Blocklist` (scamlens.store.blocklist) to compare with the user's lists.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from scamlens.engine.extract import SERVICE_95_96, Entity

from .account import assess_account
from .keys import KINDS, contact_key
from .link import assess_link, registrable_domain
from .model import SEVERITIES, ContactAssessment, Finding
from .reasons import KIND_NAMES, REASONS, say_reason
from .tables import ContactTables, tables

if TYPE_CHECKING:
    from scamlens.store.blocklist import Blocklist

__all__ = [
    "KINDS",
    "REASONS",
    "SEVERITIES",
    "ContactAssessment",
    "ContactTables",
    "Finding",
    "assess_contact",
    "assess_entities",
    "contact_key",
    "guess_kind",
    "registrable_domain",
    "say_reason",
    "tables",
]

_URLISH = re.compile(r"^(?:[a-z][a-z0-9+.\-]*://|www\.)|^[^\s@/]+\.[^\s@/.]{2,}(?:[/:?#]|$)", re.IGNORECASE)
_PHONEISH = re.compile(r"^\+?[\d\s\-().]{3,}$")


def guess_kind(value: str) -> str:
    """phone | qq | wechat | url | shop, from the value alone (an explicit kind is better)."""
    text = value.strip()
    digits = re.sub(r"\D", "", text)
    if _PHONEISH.match(text):
        if text.startswith(("+", "00", "0")) or len(digits) <= 6 or re.fullmatch(r"1[3-9]\d{9}", digits):
            return "phone"
        if digits in tables().official_numbers or re.fullmatch(SERVICE_95_96, digits):
            return "phone"  # a published or 95/96 service number, not a QQ id
        if re.fullmatch(r"[1-9]\d{4,11}", digits) and digits == text:
            return "qq"
        return "phone"
    if _URLISH.search(text):
        return "url"
    if re.fullmatch(r"[A-Za-z][A-Za-z0-9_\-]{5,19}", text):
        return "wechat"
    return "shop"


def _blocklist_findings(kind: str, value: str, blocklist: Blocklist) -> list[Finding]:
    findings = []
    for hit in blocklist.lookup(kind, value):
        note = {lang: f"（{hit.note}）" if lang != "en" else f" ({hit.note})" for lang in ("zh-Hans", "zh-Hant", "en")}
        findings.append(Finding("blocklist.hit", "high", {"list": hit.list_name, "note": note if hit.note else ""}))
    if not findings and kind in ("shop", "wechat"):
        for hit in blocklist.similar(kind, value):
            findings.append(Finding("blocklist.similar", "medium", {"list": hit.list_name, "match": hit.value}))
    return findings


def assess_contact(
    value_or_entity: str | Entity,
    context_text: str | None = None,
    *,
    kind: str | None = None,
    blocklist: Blocklist | None = None,
    contact_tables: ContactTables | None = None,
) -> ContactAssessment:
    """Everything the offline checks can say about one contact.

    `context_text` is the message the contact came in (for "claims to be customer
    service" and "add me on WeChat" cues); `kind` overrides the guess for a plain string.
    """
    if isinstance(value_or_entity, Entity):
        text = value_or_entity.value
        kind = kind or value_or_entity.kind
    else:
        text = value_or_entity
        kind = kind or guess_kind(text)
    if kind not in KINDS:
        raise ValueError(f"unknown contact kind {kind!r}; expected one of {', '.join(KINDS)}")
    table = contact_tables or tables()
    facts: dict[str, Any]
    if kind == "phone":
        from .phone import assess_phone

        value, facts, findings = assess_phone(text, table, context_text)
    elif kind == "url":
        value, facts, findings = assess_link(text, table)
    else:
        value, facts, findings = assess_account(kind, text, context_text)
    if blocklist is not None:
        findings.extend(_blocklist_findings(kind, text, blocklist))
    findings.sort(key=lambda finding: -SEVERITIES.index(finding.severity))
    facts["kind_name"] = KIND_NAMES[kind]
    return ContactAssessment(kind, value, text, facts, tuple(findings))


def assess_entities(
    entities: list[Entity], context_text: str | None = None, blocklist: Blocklist | None = None
) -> list[ContactAssessment]:
    """Assess every contact entity found in a text (amounts are skipped)."""
    return [assess_contact(entity, context_text, blocklist=blocklist) for entity in entities if entity.kind in KINDS]
