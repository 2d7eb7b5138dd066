"""Where ScamLens finds its resources and keeps the user's files.

Each folder can be overridden by an environment variable (portable installs, tests).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

APP_NAME = "ScamLens"


def resources_dir() -> Path:
    """The bundled pattern library, dictionaries, icons and translations."""
    override = os.environ.get("SCAMLENS_RESOURCES")
    if override:
        return Path(override)
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "resources"
    return Path(__file__).resolve().parents[2] / "resources"


def _user_dir(variable: str, default: str) -> Path:
    path = Path(os.environ.get(variable) or default)
    path.mkdir(parents=True, exist_ok=True)
    return path


def cache_dir() -> Path:
    """Rebuildable files: the compiled library database, jieba's cache."""
    return _user_dir("SCAMLENS_CACHE_DIR", platformdirs.user_cache_dir(APP_NAME, appauthor=False))


def data_dir() -> Path:
    """The user's own data: history, blocklists."""
    return _user_dir("SCAMLENS_DATA_DIR", platformdirs.user_data_dir(APP_NAME, appauthor=False))


def config_dir() -> Path:
    """Settings."""
    return _user_dir("SCAMLENS_CONFIG_DIR", platformdirs.user_config_dir(APP_NAME, appauthor=False))


def library_dir() -> Path:
    """The pattern library to load: the installed update pack if one is active, verifies and
    is newer than the built-in library; otherwise the built-in one in resources_dir()."""
    from scamlens.library_packs import installed_library_dir  # cryptography: only loaded when needed

    return installed_library_dir() or resources_dir()
