"""Exit codes and the one-line error every `scamlens` command reports problems with."""

from __future__ import annotations

import sys
from typing import NoReturn

EXIT_USAGE = 2  # the command line itself is wrong
EXIT_BAD_INPUT = 3  # a text, file or list that cannot be used
EXIT_LIBRARY = 4  # a broken pattern library, or no display for the window
EXIT_REFUSED = 5  # a library update pack was refused


def fail(code: int, message: str) -> NoReturn:
    sys.stderr.write(f"scamlens: {message}\n")
    raise SystemExit(code)
