"""WeChat / QQ ids and shop names: format, off-platform requests."""

from __future__ import annotations

import re
from typing import Any

from .context import off_platform_cue
from .keys import contact_key
from .model import Finding
from .reasons import KIND_NAMES

_FORMATS = {
    "wechat": re.compile(r"[a-z][a-z0-9_\-]{5,19}|1[3-9]\d{9}"),
    "qq": re.compile(r"[1-9]\d{4,11}"),
}


def assess_account(kind: str, text: str, context: str | None) -> tuple[str, dict[str, Any], list[Finding]]:
    key = contact_key(kind, text)
    findings: list[Finding] = []
    facts: dict[str, Any] = {}
    pattern = _FORMATS.get(kind)
    if pattern is not None:
        facts["valid_format"] = bool(pattern.fullmatch(key))
        if not facts["valid_format"]:
            findings.append(Finding("account.format", "low", {"value": text.strip(), "kind": KIND_NAMES[kind]}))
    cue = off_platform_cue(context)
    if cue:
        facts["off_platform_cue"] = cue
        findings.append(Finding("account.off_platform", "medium", {"cue": cue}))
    return key, facts, findings
