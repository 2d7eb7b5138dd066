"""The bundled contact tables (resources/contacts/*.toml), loaded once."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from scamlens.engine.contact_files import read_contact_file
from scamlens.paths import resources_dir


@dataclass(frozen=True)
class VirtualPrefix:
    prefix: str
    host: dict[str, str]
    sources: tuple[str, ...]


@dataclass(frozen=True)
class OfficialNumber:
    number: str
    kind: str  # authority | platform | bank
    name: dict[str, str]
    sources: tuple[str, ...]
    sms_only: bool = False


@dataclass(frozen=True)
class Brand:
    id: str
    name: dict[str, str]
    cjk: tuple[str, ...]
    domains: tuple[str, ...]
    keywords: tuple[str, ...]
    sources: tuple[str, ...]
    not_lookalikes: tuple[str, ...] = ()


@dataclass(frozen=True)
class ContactTables:
    virtual_prefixes: tuple[VirtualPrefix, ...]
    official_numbers: dict[str, OfficialNumber]
    brands: tuple[Brand, ...]
    shorteners: frozenset[str]
    shortener_sources: tuple[str, ...]
    meeting_domains: frozenset[str]
    meeting_keywords: tuple[str, ...]
    meeting_sources: tuple[str, ...]

    def official_domain(self, registrable: str) -> Brand | None:
        for brand in self.brands:
            if registrable in brand.domains:
                return brand
        return None

    def virtual_prefix(self, national: str) -> VirtualPrefix | None:
        best = None
        for entry in self.virtual_prefixes:
            if national.startswith(entry.prefix) and (best is None or len(entry.prefix) > len(best.prefix)):
                best = entry
        return best


def _read(folder: Path, name: str) -> dict:
    return read_contact_file(str(folder), name)


def load_tables(folder: Path) -> ContactTables:
    prefixes = _read(folder, "virtual_prefixes.toml")["prefix"]
    numbers = _read(folder, "official_numbers.toml")["number"]
    brands = _read(folder, "brands.toml")["brand"]
    kinds = _read(folder, "link_kinds.toml")
    return ContactTables(
        virtual_prefixes=tuple(VirtualPrefix(p["prefix"], p["host"], tuple(p["sources"])) for p in prefixes),
        official_numbers={
            n["number"]: OfficialNumber(
                n["number"], n["kind"], n["name"], tuple(n["sources"]), n.get("sms_only", False)
            )
            for n in numbers
        },
        brands=tuple(
            Brand(
                b["id"],
                b["name"],
                tuple(b["cjk"]),
                tuple(b["domains"]),
                tuple(b["keywords"]),
                tuple(b["sources"]),
                tuple(b.get("not_lookalikes", ())),
            )
            for b in brands
        ),
        shorteners=frozenset(kinds["shorteners"]["domains"]),
        shortener_sources=tuple(kinds["shorteners"]["sources"]),
        meeting_domains=frozenset(kinds["meeting_apps"]["domains"]),
        meeting_keywords=tuple(kinds["meeting_apps"]["keywords"]),
        meeting_sources=tuple(kinds["meeting_apps"]["sources"]),
    )


@lru_cache(maxsize=4)
def _cached(folder: str) -> ContactTables:
    return load_tables(Path(folder))


def tables() -> ContactTables:
    return _cached(str(resources_dir() / "contacts"))
