"""Pick the user's language (zh-Hans, zh-Hant or en) from the environment."""

from __future__ import annotations

import os

from scamlens.engine.taxonomy import LANGUAGES

_TRADITIONAL_REGIONS = ("tw", "hk", "mo", "hant")


def language_from_locale(environ: dict[str, str] | None = None) -> str:
    environ = dict(os.environ) if environ is None else environ
    for variable in ("SCAMLENS_LANG", "LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        value = environ.get(variable, "")
        if value in LANGUAGES:
            return value
        value = value.lower().replace("-", "_")
        if not value:
            continue
        if value.startswith("zh"):
            return "zh-Hant" if any(region in value for region in _TRADITIONAL_REGIONS) else "zh-Hans"
        if value not in ("c", "posix", "c.utf-8", "c.utf8"):
            return "en"
    return "en"
