"""Reading the bundled contact tables (resources/contacts/*.toml), once per process.

Kept apart from the contacts package, whose import pulls in phonenumbers and the public
suffix list: extraction needs only the published numbers, on every first check.
"""

from __future__ import annotations

import tomllib
from functools import lru_cache
from pathlib import Path
from typing import Any


@lru_cache(maxsize=16)
def read_contact_file(folder: str, name: str) -> dict[str, Any]:
    """The parsed TOML file; the same object on every call (callers must not change it)."""
    with (Path(folder) / name).open("rb") as handle:
        return tomllib.load(handle)
