"""What the window needs from the engine and the store, prepared off the UI thread.

Plain Python (no Qt): `prepare_backend` and `Backend.check` are the functions the window
hands to its TaskRunner.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from scamlens.engine import Checker, Library, Verdict, load_library
from scamlens.paths import library_dir

if TYPE_CHECKING:  # importing the store imports jieba (~0.2 s): only the worker thread does that
    from scamlens.store.blocklist import Blocklist
    from scamlens.store.library_db import LibraryDatabase, SearchResult

SIMILAR_CASES = 3


def _contact_checker() -> Any:
    """`assess_entities` from the engine's offline contact checks, or None where they are not installed."""
    try:
        from scamlens.engine.contacts import assess_entities
    except ImportError:
        return None
    return assess_entities


@dataclass(frozen=True)
class Outcome:
    """One finished check: the verdict, similar documented cases, and what is known about each contact."""

    verdict: Verdict
    similar: tuple[SearchResult, ...]
    contacts: tuple[Any, ...] = ()  # engine.contacts.ContactAssessment, one per contact found


@dataclass(frozen=True)
class Backend:
    library: Library
    checker: Checker
    database: LibraryDatabase

    def check(self, text: str, blocklist: Blocklist | None = None) -> Outcome:
        """Check a message; its contacts are also compared with `blocklist` (the window's, opened once)."""
        verdict = self.checker.check(text)
        similar: list[SearchResult] = []
        if verdict.matches or verdict.near_misses:
            shown = {match.pattern.id for match in verdict.matches}  # their cases are listed already
            similar = self.database.similar_cases(text, exclude=shown, limit=SIMILAR_CASES)
        assess = _contact_checker()
        contacts = tuple(assess(verdict.contacts, text, blocklist)) if assess and verdict.contacts else ()
        return Outcome(verdict, tuple(similar), contacts)

    def search(self, query: str, limit: int = 30) -> list[SearchResult]:
        return self.database.search(query, limit=limit)

    def warm_up(self) -> None:
        """Load what the first check of a phone number needs (~0.6 s), after the window is ready."""
        assess = _contact_checker()
        if assess is not None:
            self.check("13800000000")


def prepare_backend() -> Backend:
    """Load the pattern library, open (or build) its database and load jieba: ~1–2 s."""
    from scamlens.store.library_db import LibraryDatabase
    from scamlens.store.tokens import tokenizer

    library = load_library(library_dir())  # an installed update pack, or the built-in library
    checker = Checker(library)
    database = LibraryDatabase.open(library)
    tokenizer()  # jieba's dictionary: the slow part, done here rather than on the first search
    return Backend(library, checker, database)
