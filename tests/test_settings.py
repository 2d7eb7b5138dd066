"""Settings are kept as JSON in the config folder; bad files never stop the app."""

from __future__ import annotations

import json
from pathlib import Path

from scamlens.settings import KIOSK_TEXT_SCALE, Settings, default_settings, load_settings, save_settings


def test_round_trip(tmp_path: Path) -> None:
    settings = Settings(language="zh-Hant", text_scale=180, high_contrast=True, kiosk=True, idle_minutes=5)
    save_settings(settings, tmp_path)
    assert load_settings(tmp_path) == settings
    assert json.loads((tmp_path / "settings.json").read_text(encoding="utf-8"))["language"] == "zh-Hant"


def test_missing_or_broken_file_gives_defaults(tmp_path: Path) -> None:
    assert load_settings(tmp_path) == default_settings()
    (tmp_path / "settings.json").write_text("{not json", encoding="utf-8")
    assert load_settings(tmp_path) == default_settings()
    (tmp_path / "settings.json").write_text("[1, 2]", encoding="utf-8")
    assert load_settings(tmp_path) == default_settings()


def test_bad_values_fall_back_and_sizes_are_clamped(tmp_path: Path) -> None:
    data = {"language": "fr", "text_scale": 900, "idle_minutes": 0, "high_contrast": "yes", "audience": "x", "new": 1}
    (tmp_path / "settings.json").write_text(json.dumps(data), encoding="utf-8")
    settings = load_settings(tmp_path)
    assert settings.language == default_settings().language
    assert settings.text_scale == 200
    assert settings.idle_minutes == 1
    assert settings.high_contrast is False
    assert settings.audience == "consumer"


def test_community_centre_mode_starts_with_larger_text(tmp_path: Path) -> None:
    (tmp_path / "settings.json").write_text(json.dumps({"kiosk": True}), encoding="utf-8")
    assert load_settings(tmp_path).text_scale == KIOSK_TEXT_SCALE
    assert Settings(text_scale=100).with_kiosk(True).text_scale == KIOSK_TEXT_SCALE
    assert Settings(text_scale=190).with_kiosk(True).text_scale == 190
    assert Settings(text_scale=150, kiosk=True).with_kiosk(False).text_scale == 150


def test_settings_module_does_not_import_qt() -> None:
    import scamlens.settings as module

    assert "PySide6" not in Path(module.__file__).read_text(encoding="utf-8")
