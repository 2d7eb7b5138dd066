"""Fast checks of the packaging files (the bundle itself is built by packaging/build-linux.sh)."""

from __future__ import annotations

import ast
import configparser
import shutil
import struct
import subprocess
import sys
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGING = ROOT / "packaging"
APP_ID = "org.scamlens.ScamLens"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def test_spec_is_python_and_bundles_what_the_app_needs() -> None:
    source = (PACKAGING / "scamlens.spec").read_text(encoding="utf-8")
    ast.parse(source)
    for needed in ('"patterns"', '"fonts"', '"icons"', '"keys"', '"library.toml"', "i18n", "scamlens_main.py"):
        assert needed in source, needed
    for excluded in ("jieba.lac_small", "jieba/lac_small", "PySide6.QtWebEngineCore", "PySide6.QtQuick"):
        assert excluded in source, excluded


def test_spec_datas_exist() -> None:
    for name in ("report_channels.toml", "benign_cues.toml", "shared_signals.toml", "library.toml"):
        assert (ROOT / "resources" / name).is_file()
    assert list((ROOT / "resources" / "keys").glob("*.pub"))
    assert (ROOT / "resources" / "fonts" / "wqy-microhei.ttc").is_file()
    assert list((ROOT / "resources" / "fonts").glob("*LICENSE*"))


def test_frozen_entry_point_maps_self_test() -> None:
    sys.path.insert(0, str(PACKAGING))
    try:
        import scamlens_main
    finally:
        sys.path.remove(str(PACKAGING))
    assert scamlens_main.frozen_argv(["--self-test"]) == ["self-test"]
    assert scamlens_main.frozen_argv(["check", "x"]) == ["check", "x"]
    assert scamlens_main.frozen_argv([]) == []


def test_desktop_file() -> None:
    path = PACKAGING / "linux" / f"{APP_ID}.desktop"
    parser = configparser.RawConfigParser(strict=True)
    parser.optionxform = str  # keys are case-sensitive
    parser.read(path, encoding="utf-8")
    entry = parser["Desktop Entry"]
    assert entry["Type"] == "Application"
    assert entry["Icon"] == APP_ID
    assert entry["Exec"].split()[0] == "ScamLens"
    assert entry["Categories"].endswith(";") and entry["Keywords"].endswith(";")
    assert entry["Name[zh_CN]"] == "识骗镜"
    validator = shutil.which("desktop-file-validate")
    if validator:
        result = subprocess.run([validator, str(path)], capture_output=True, text=True)
        assert result.returncode == 0, result.stdout + result.stderr


def test_appstream_metainfo() -> None:
    path = PACKAGING / "linux" / f"{APP_ID}.metainfo.xml"
    root = ET.parse(path).getroot()
    assert root.tag == "component" and root.get("type") == "desktop-application"
    assert root.findtext("id") == APP_ID
    assert root.find("launchable").text == f"{APP_ID}.desktop"
    version = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
    assert root.find("releases/release").get("version") == version


def _png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()[:24]
    assert data[:8] == b"\x89PNG\r\n\x1a\n", path
    return struct.unpack(">II", data[16:24])


@pytest.mark.parametrize("size", ICON_SIZES)
def test_icons_in_standard_sizes(size: int) -> None:
    assert _png_size(ROOT / "resources" / "icons" / f"scamlens-{size}.png") == (size, size)


def test_windows_and_mac_icons_exist() -> None:
    assert (ROOT / "resources" / "icons" / "scamlens.ico").read_bytes()[:4] == b"\x00\x00\x01\x00"
    assert (ROOT / "resources" / "icons" / "scamlens.icns").read_bytes()[:4] == b"icns"


def test_scripts_are_executable_bash() -> None:
    for script in ("build-linux.sh", "linux/install.sh"):
        path = PACKAGING / script
        assert path.stat().st_mode & 0o111, f"{script} is not executable"
        assert subprocess.run(["bash", "-n", str(path)], capture_output=True).returncode == 0


def test_inno_setup_script_points_at_the_build() -> None:
    source = (PACKAGING / "windows" / "scamlens.iss").read_text(encoding="utf-8")
    for needed in ("[Setup]", "AppId=", r"dist\ScamLens\*", r"ScamLens.exe", "scamlens.ico"):
        assert needed in source, needed


def test_dependencies_declared() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert any(dependency.startswith("cryptography") for dependency in project["dependencies"])
    assert any(dependency.startswith("pyinstaller") for dependency in project["optional-dependencies"]["packaging"])
