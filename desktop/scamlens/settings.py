"""The user's settings, kept as JSON in the config folder. No Qt here.

Unknown keys are ignored and bad values fall back to the defaults, so a hand-edited or
older settings file never stops the app from starting.
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, replace
from pathlib import Path

from scamlens.engine.taxonomy import AUDIENCES, LANGUAGES
from scamlens.locale_choice import language_from_locale
from scamlens.paths import config_dir

SETTINGS_FILE = "settings.json"
TEXT_SCALE_MIN = 100
TEXT_SCALE_MAX = 200
KIOSK_TEXT_SCALE = 150  # community-centre mode starts with larger text
IDLE_MINUTES_MIN = 1
IDLE_MINUTES_MAX = 60


@dataclass(frozen=True)
class Settings:
    language: str = "en"
    text_scale: int = TEXT_SCALE_MIN  # percent of the normal text size
    high_contrast: bool = False
    kiosk: bool = False  # community-centre mode: no history, cleared after idle_minutes
    idle_minutes: int = 3
    audience: str = "consumer"  # "consumer" (buyer) or "merchant"

    def with_kiosk(self, kiosk: bool) -> Settings:
        """Turning community-centre mode on also makes the text larger (never smaller)."""
        scale = max(self.text_scale, KIOSK_TEXT_SCALE) if kiosk else self.text_scale
        return replace(self, kiosk=kiosk, text_scale=scale)


def default_settings() -> Settings:
    return Settings(language=language_from_locale())


def _clamp(value: object, low: int, high: int, fallback: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        return fallback
    return min(max(value, low), high)


def settings_from_dict(data: dict[str, object]) -> Settings:
    default = default_settings()
    kiosk = data.get("kiosk") is True
    language = data.get("language")
    audience = data.get("audience")
    scale_default = KIOSK_TEXT_SCALE if kiosk else default.text_scale
    return Settings(
        language=language if language in LANGUAGES else default.language,  # type: ignore[arg-type]
        text_scale=_clamp(data.get("text_scale"), TEXT_SCALE_MIN, TEXT_SCALE_MAX, scale_default),
        high_contrast=data.get("high_contrast") is True,
        kiosk=kiosk,
        idle_minutes=_clamp(data.get("idle_minutes"), IDLE_MINUTES_MIN, IDLE_MINUTES_MAX, default.idle_minutes),
        audience=audience if audience in AUDIENCES else default.audience,  # type: ignore[arg-type]
    )


def load_settings(folder: Path | None = None) -> Settings:
    path = (folder or config_dir()) / SETTINGS_FILE
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return default_settings()
    return settings_from_dict(data) if isinstance(data, dict) else default_settings()


def save_settings(settings: Settings, folder: Path | None = None) -> None:
    """Write atomically, so a crash mid-write never leaves a broken file."""
    path = (folder or config_dir()) / SETTINGS_FILE
    temporary = path.with_suffix(".tmp")
    temporary.write_text(json.dumps(asdict(settings), ensure_ascii=False, indent=1), encoding="utf-8")
    os.replace(temporary, path)
