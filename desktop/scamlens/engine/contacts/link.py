"""Links: the registrable domain (bundled Public Suffix List) and look-alike checks."""

from __future__ import annotations

import contextlib
import ipaddress
import re
from functools import lru_cache
from typing import Any

from .keys import split_url, url_key
from .lookalike import fold_homoglyphs, fold_swaps, is_typo_of
from .model import Finding
from .tables import Brand, ContactTables

_TOKEN = re.compile(r"[a-z0-9]+")


@lru_cache(maxsize=1)
def _psl():
    # publicsuffixlist reads the list shipped inside its wheel; it never fetches it.
    from publicsuffixlist import PublicSuffixList

    return PublicSuffixList()


def registrable_domain(host: str) -> str | None:
    """ "login.taobao.com" → "taobao.com"; None for a bare suffix or an IP address."""
    return _psl().privatesuffix(host.rstrip(".").lower())


def _unicode_host(host: str) -> str:
    labels = []
    for label in host.split("."):
        if label.startswith("xn--"):
            with contextlib.suppress(UnicodeError):
                label = label.encode("ascii").decode("idna")
        labels.append(label)
    return ".".join(labels)


def _core(domain: str) -> str:
    """A domain without its public suffix: "taobao-refund.com" → "taobao-refund" (and a
    whole host keeps its subdomains: "icbc.verify.cc" → "icbc.verify")."""
    suffix = _psl().publicsuffix(domain) or ""
    return domain[: -len(suffix) - 1] if suffix and domain.endswith("." + suffix) else domain.split(".")[0]


def _brand_in_name(name: str, brands: tuple[Brand, ...]) -> tuple[Brand, str] | None:
    """Whether a domain name (core) uses a brand: returns (brand, "exact" | "typo" | "embedded")."""
    joined = name.replace("-", "")
    pieces = [piece for piece in re.split(r"[-.]", name) if piece]
    for brand in brands:
        if joined in brand.not_lookalikes:
            continue
        if any(cjk in name for cjk in brand.cjk):
            return brand, "embedded"
        for keyword in brand.keywords:
            if joined == keyword:
                return brand, "exact"
            if is_typo_of(joined, keyword) or any(is_typo_of(piece, keyword) for piece in pieces):
                return brand, "typo"
            if (len(keyword) >= 4 and keyword in joined) or keyword in pieces:
                return brand, "embedded"
    return None


def _official_names(brand: Brand) -> str:
    return " / ".join(brand.domains)


def assess_link(text: str, tables: ContactTables) -> tuple[str, dict[str, Any], list[Finding]]:
    key = url_key(text)
    findings: list[Finding] = []
    try:
        parts = split_url(text)
        host = (parts.hostname or "").rstrip(".")
    except ValueError:
        host = ""
    if not host:
        return key, {"valid": False}, [Finding("link.invalid", "medium")]

    facts: dict[str, Any] = {"host": host, "scheme": parts.scheme}
    path = (parts.path + ("?" + parts.query if parts.query else "")).lower()

    try:
        ipaddress.ip_address(host.strip("[]"))
    except ValueError:
        pass
    else:
        facts.update(ip=True, domain=None)
        findings.append(Finding("link.ip_host", "medium", {"host": host}))
        if parts.username:  # "www.icbc.com.cn@103.21.44.9": the brand is only the user name
            findings.append(Finding("link.userinfo", "high", {"part": parts.username, "domain": host}))
        if path.endswith(".apk") or parts.path.lower().endswith(".apk"):
            findings.append(Finding("link.apk", "high"))
        return key, facts, findings

    shown_host = _unicode_host(host)
    domain = registrable_domain(shown_host)
    if domain is None:
        return key, {**facts, "valid": False}, [Finding("link.invalid", "medium")]
    facts["domain"] = domain
    findings.append(Finding("link.about", "info", {"domain": domain}))

    if parts.username:
        findings.append(Finding("link.userinfo", "high", {"part": parts.username, "domain": domain}))

    official = tables.official_domain(domain)
    if official:
        facts["official_brand"] = official.id
        findings.append(Finding("link.official", "info", {"domain": domain, "brand": official.name}, official.sources))
        return key, facts, findings

    brand_values = lambda brand: {"brand": brand.name, "official": _official_names(brand), "domain": domain}  # noqa: E731
    is_idn = shown_host != host or not host.isascii()
    if is_idn:
        facts["idn"] = True
        skeleton = fold_homoglyphs(shown_host)
        skeleton_domain = registrable_domain(skeleton) or skeleton
        hit = tables.official_domain(skeleton_domain) or None
        named = _brand_in_name(_core(skeleton_domain), tables.brands) if not hit else (hit, "exact")
        if named and skeleton == shown_host:  # a brand name in Chinese, no look-alike letters
            findings.append(Finding("link.brand_other_domain", "high", brand_values(named[0]), named[0].sources))
        elif named:
            findings.append(Finding("link.homoglyph", "high", {**brand_values(named[0]), "host": shown_host}))
        else:
            findings.append(Finding("link.punycode", "medium", {"host": shown_host}))
    else:
        named = _brand_in_name(_core(domain), tables.brands)
        if named:
            brand, how = named
            code = "link.typosquat" if how == "typo" else "link.brand_other_domain"
            findings.append(Finding(code, "high", brand_values(brand), brand.sources))

    if not any(f.severity == "high" for f in findings):
        sub = shown_host[: -len(domain)].rstrip(".") if shown_host.endswith(domain) else ""
        sub_hit = _brand_in_subdomain(sub, tables.brands) if sub else None
        if sub_hit:
            findings.append(Finding("link.brand_in_subdomain", "high", {**brand_values(sub_hit), "part": sub + "."}))
        else:
            path_hit = _brand_in_path(path, tables.brands)
            if path_hit:
                findings.append(Finding("link.brand_in_path", "medium", brand_values(path_hit)))

    if domain in tables.shorteners:
        findings.append(Finding("link.shortener", "medium", {"domain": domain}, tables.shortener_sources))
    if parts.path.lower().endswith(".apk"):
        findings.append(Finding("link.apk", "high"))
    meeting = _meeting_app(shown_host, domain, parts.path.lower(), tables)
    if meeting:
        findings.append(Finding("link.meeting_app", "medium", {"name": meeting}, tables.meeting_sources))
    return key, facts, findings


# Findings that say a link borrows a brand's name, by one means or another.
_BORROWS_A_NAME = frozenset({"link.typosquat", "link.brand_other_domain", "link.brand_in_subdomain"})
# Registered only by government bodies and universities ("etax.nat.gov.tw" is Taiwan's own).
_PUBLIC_BODY_SUFFIXES = (".gov.cn", ".gov.tw", ".gov.hk", ".gov.mo", ".edu.cn", ".edu.tw", ".edu.hk")


def brand_posed_as(text: str, tables: ContactTables) -> Brand | None:
    """The brand a link plainly dresses up as, when it does not belong to it: the brand's
    name as a whole part of the address ("taobao-refund.com", "icbc.verify.cc",
    "10o86-jf.com" with digits for letters), look-alike letters from another script, or the
    brand put before an "@". The looser resemblances the contact check also reports (a
    brand inside a longer word, one letter off) are left out: in a message those are mostly
    other companies' sites ("alipayhk.com", "xuexi.cn", "ucloud.cn")."""
    _, facts, findings = assess_link(text, tables)
    codes = {finding.code for finding in findings}
    host = _unicode_host(facts.get("host", ""))
    if "link.userinfo" in codes:
        parts = split_url(text)
        return _brand_named_in(parts.username or "", tables.brands) or _brand_named_in(host, tables.brands)
    if "link.homoglyph" in codes:
        return _brand_named_in(fold_homoglyphs(host), tables.brands)
    domain = facts.get("domain") or ""
    if not codes & _BORROWS_A_NAME or domain.endswith(_PUBLIC_BODY_SUFFIXES):
        return None
    return _brand_named_in(_core(host), tables.brands)  # every label but the public suffix


def speaks_for_brand(text: str, brand: Brand) -> bool:
    """Whether lowercase, Simplified `text` speaks for the brand, as a sender would: its name
    in the 【sign】, or after "您的 / 你的 / 这里是 / 我是 / 我们是" ("您的Apple ID",
    "这里是工商银行"). People who only mention a brand ("大家的iCloud照片") do not count."""
    names = "|".join(
        re.escape(name) for name in (*brand.cjk, *brand.keywords, brand.name.get("en", "").lower()) if name
    )
    claim = rf"[【\[][^】\]\n]{{0,8}}(?:{names})|(?:您的|你的|这里是|这边是|我是|我们是)\s?(?:{names})(?![a-z0-9])"
    return re.search(claim, text) is not None


def _brand_named_in(name: str, brands: tuple[Brand, ...]) -> Brand | None:
    """The brand whose name, or a keyword with digits for letters, is a whole piece of `name`."""
    folded = {fold_swaps(piece): piece for piece in re.split(r"[-.@:]", name) if piece}
    for brand in brands:
        if any(cjk in name for cjk in brand.cjk):
            return brand
        for keyword in brand.keywords:
            piece = folded.get(fold_swaps(keyword))
            if piece is not None and piece not in brand.not_lookalikes:
                return brand
    return None


def _brand_in_subdomain(sub: str, brands: tuple[Brand, ...]) -> Brand | None:
    labels = sub.split(".")
    labels += [piece for label in labels if "-" in label for piece in label.split("-") if piece]  # "cht-pay."
    folded = [fold_swaps(label) for label in labels]
    for brand in brands:
        if any(domain in sub + "." for domain in brand.domains):
            return brand
        for keyword in brand.keywords:
            if keyword in labels or fold_swaps(keyword) in folded:
                return brand
            if len(keyword) >= 5 and any(keyword in label for label in labels):
                return brand
    return None


def _brand_in_path(path: str, brands: tuple[Brand, ...]) -> Brand | None:
    tokens = set(_TOKEN.findall(path))
    for brand in brands:
        if any(domain in path for domain in brand.domains):
            return brand
        if any(len(keyword) >= 5 and keyword in tokens for keyword in brand.keywords):
            return brand
    return None


def _meeting_app(host: str, domain: str, path: str, tables: ContactTables) -> str | None:
    if domain in tables.meeting_domains:
        return domain
    tokens = set(_TOKEN.findall(host + " " + path)) | set(re.findall(r"[a-z0-9\-]+", host + " " + path))
    return next((keyword for keyword in tables.meeting_keywords if keyword in tokens), None)
