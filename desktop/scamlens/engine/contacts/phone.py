"""Phone numbers: validity, region and type with `phonenumbers`, plus our own tables."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

import phonenumbers
from phonenumbers import PhoneNumberType, shortnumberinfo

from .context import claims_domestic
from .keys import phone_key
from .model import Finding
from .tables import ContactTables

_TYPES: dict[int, dict[str, str]] = {
    PhoneNumberType.MOBILE: {"zh-Hans": "手机号码", "zh-Hant": "手機號碼", "en": "mobile"},
    PhoneNumberType.FIXED_LINE: {"zh-Hans": "固定电话", "zh-Hant": "固定電話", "en": "landline"},
    PhoneNumberType.FIXED_LINE_OR_MOBILE: {
        "zh-Hans": "固话或手机",
        "zh-Hant": "固話或手機",
        "en": "landline or mobile",
    },
    PhoneNumberType.TOLL_FREE: {"zh-Hans": "免费电话", "zh-Hant": "免費電話", "en": "toll-free"},
    PhoneNumberType.PREMIUM_RATE: {"zh-Hans": "收费信息台", "zh-Hant": "收費信息台", "en": "premium-rate"},
    PhoneNumberType.SHARED_COST: {
        "zh-Hans": "企业服务号码",
        "zh-Hant": "企業服務號碼",
        "en": "business service number",
    },
    PhoneNumberType.VOIP: {"zh-Hans": "网络电话", "zh-Hant": "網絡電話", "en": "internet (VoIP) number"},
    PhoneNumberType.UAN: {"zh-Hans": "企业统一号码", "zh-Hant": "企業統一號碼", "en": "business number"},
}
_UNKNOWN_TYPE = {"zh-Hans": "类型未知", "zh-Hant": "類型未知", "en": "unknown type"}
_SHORT_TYPE = {"zh-Hans": "短号码（服务号）", "zh-Hant": "短號碼（服務號）", "en": "short service number"}
_MAINLAND = {"zh-Hans": "中国大陆", "zh-Hant": "中國大陸", "en": "mainland China"}
_UNKNOWN_REGION = {"zh-Hans": "地区未知", "zh-Hant": "地區未知", "en": "unknown region"}
# What may stand in front of an official number when a scammer dresses one up.
_DRESSING = re.compile(r"(?:\+\d{0,4}|00\d{0,4}|0\d{2,3}|400|800|86|0086)")
# 95/96 service numbers run to 8 digits (Taobao's 9510211); libphonenumber knows only some of them.
_SERVICE = re.compile(r"9[56]\d{3,6}")


@lru_cache(maxsize=1)
def _s2t():
    from opencc import OpenCC

    return OpenCC("s2t")


def _region_names(number: phonenumbers.PhoneNumber, region: str | None) -> dict[str, str]:
    if region == "CN":
        return dict(_MAINLAND)
    from phonenumbers import geocoder  # costs ~0.5 s: only for foreign numbers

    chinese = geocoder.country_name_for_number(number, "zh")
    english = geocoder.country_name_for_number(number, "en")
    if not english:
        return dict(_UNKNOWN_REGION)
    return {"zh-Hans": chinese or english, "zh-Hant": _s2t().convert(chinese) if chinese else english, "en": english}


def _disguise(key: str, tables: ContactTables, international: bool) -> Finding | None:
    """An official number with something in front of it ("+8695588", "00095588", "02195588")."""
    for official, entry in tables.official_numbers.items():
        if key == official or not key.endswith(official):
            continue
        front = key[: -len(official)]
        short = len(official) < 5
        if (short and international) or (not short and (international or _DRESSING.fullmatch(front))):
            severity = "medium" if re.fullmatch(r"0\d{2,3}", front) and not international else "high"
            return Finding(
                "phone.disguised_official",
                severity,
                {"official": official, "name": entry.name},
                entry.sources,
            )
    return None


def assess_phone(text: str, tables: ContactTables, context: str | None) -> tuple[str, dict[str, Any], list[Finding]]:
    key = phone_key(text)
    international = key.startswith("+")
    findings: list[Finding] = []
    facts: dict[str, Any] = {"international": international}

    official = tables.official_numbers.get(key)
    if official:
        facts.update(valid=True, official=True, official_name=official.name, region="CN")
        code = "phone.official_sms" if official.sms_only else "phone.official"
        findings.append(Finding(code, "info", {"name": official.name}, official.sources))
        return key, facts, findings

    disguise = _disguise(key, tables, international)
    if disguise:
        findings.append(disguise)

    try:
        number = phonenumbers.parse(key, "CN")
    except phonenumbers.NumberParseException:
        findings.append(Finding("phone.invalid", "medium", {"number": text.strip()}))
        facts["valid"] = False
        return key, facts, findings

    region = phonenumbers.region_code_for_number(number)
    national = str(number.national_number)
    service = not international and bool(_SERVICE.fullmatch(key))
    short = service or (not international and len(key) <= 6)
    if short:
        valid = shortnumberinfo.is_valid_short_number_for_region(number, "CN") or len(key) == 5 or service
        type_names = _SHORT_TYPE
    else:
        valid = phonenumbers.is_valid_number(number)
        type_names = _TYPES.get(phonenumbers.number_type(number), _UNKNOWN_TYPE)
    if international and number.country_code != 86 and not valid:
        # Invalid but clearly foreign (faked numbers often are): name the country code's region.
        region = phonenumbers.region_code_for_country_code(number.country_code)
        example = phonenumbers.example_number(region) if region not in (None, "ZZ", "001") else None
        region_names = _region_names(example, region) if example else dict(_UNKNOWN_REGION)
    elif short:
        region_names = dict(_MAINLAND)
    else:
        region_names = _region_names(number, region) if valid else dict(_UNKNOWN_REGION)
    facts.update(
        valid=valid,
        region=region if valid or international else None,
        region_name=region_names,
        type=type_names["en"],
        e164=phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164) if not short else key,
    )
    display = key if short else phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    if not valid:
        findings.append(Finding("phone.invalid", "medium", {"number": text.strip()}))
    else:
        findings.insert(
            0, Finding("phone.about", "info", {"number": display, "region": region_names, "type": type_names})
        )

    if region and region not in ("CN", "ZZ") and international:
        cue = claims_domestic(context)
        if cue:
            facts["claims"] = cue
            findings.append(Finding("phone.overseas_claims_domestic", "high", {"region": region_names}))
        else:
            findings.append(Finding("phone.overseas", "low", {"region": region_names}))

    if region == "CN" or (not international and not valid):
        virtual = tables.virtual_prefix(national) if len(national) == 11 and national.startswith("1") else None
        if virtual:
            facts["virtual_operator"] = True
            findings.append(
                Finding("phone.virtual", "medium", {"prefix": virtual.prefix, "host": virtual.host}, virtual.sources)
            )
    return key, facts, findings
