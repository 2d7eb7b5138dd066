import os
import sys
import tempfile
from pathlib import Path

# Qt must see this before it is imported anywhere: there is no display in CI.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "desktop"))

# Keep every test run away from the developer's real cache, data and settings.
_sandbox = Path(tempfile.mkdtemp(prefix="scamlens-tests-"))
for _name in ("CACHE", "DATA", "CONFIG"):
    os.environ[f"SCAMLENS_{_name}_DIR"] = str(_sandbox / _name.lower())

import pytest  # noqa: E402

from scamlens.engine import Checker, Library, load_library  # noqa: E402
from scamlens.paths import resources_dir  # noqa: E402


@pytest.fixture(scope="session")
def library() -> Library:
    return load_library(resources_dir())


@pytest.fixture(scope="session")
def checker(library: Library) -> Checker:
    return Checker(library)
