"""Signed library update packs: good packs install atomically, bad ones are refused untouched."""

from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from scamlens import cli, library_packs
from scamlens.cli_library import SELF_TEST_TEXT
from scamlens.engine import load_library
from scamlens.engine.examples import ExampleChecker
from scamlens.library_packs import (
    MESSAGES,
    PackError,
    active_library_info,
    build_pack,
    generate_keypair,
    install_pack,
    key_id,
    read_library_info,
    restore_previous,
    trusted_keys,
)
from scamlens.paths import library_dir, resources_dir

ROOT = Path(__file__).resolve().parents[1]
BUILT_IN = read_library_info(resources_dir()).version
LIBRARY_FILES = (
    "report_channels.toml",
    "benign_cues.toml",
    "shared_signals.toml",
    "patterns",
    "library.toml",
    "classifier",
)


@pytest.fixture(scope="module")
def key() -> Ed25519PrivateKey:
    return Ed25519PrivateKey.generate()


@pytest.fixture(autouse=True)
def _own_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, key: Ed25519PrivateKey) -> None:
    """Each test gets an empty user data folder and trusts only the throwaway test key."""
    monkeypatch.setenv("SCAMLENS_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setattr(library_packs, "trusted_keys", lambda keys_dir=None: [key.public_key()])


def library_source(folder: Path, version: str, edit: dict[str, str] | None = None) -> Path:
    folder.mkdir(parents=True)
    for name in LIBRARY_FILES:
        source = resources_dir() / name
        (shutil.copytree if source.is_dir() else shutil.copy)(source, folder / name)
    info = (folder / "library.toml").read_text(encoding="utf-8")
    info = info.replace(f'version = "{BUILT_IN}"', f'version = "{version}"')
    (folder / "library.toml").write_text(info, encoding="utf-8")
    for relative, text in (edit or {}).items():
        (folder / relative).write_text(text, encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def packs(tmp_path_factory: pytest.TempPathFactory, key: Ed25519PrivateKey) -> dict[str, Path]:
    """Packs built once with build_pack (which checks every example: ~1 s each)."""
    base = tmp_path_factory.mktemp("packs")
    built = {}
    for name, version in (("v1", "2099.1.0"), ("v2", "2099.2.0"), ("old", "2000.1.0")):
        built[name] = base / f"{name}.slpack"
        build_pack(library_source(base / name, version), key, built[name])
    return built


def rewrite(pack: Path, out: Path, change) -> Path:
    """Copy a pack's members, letting `change(members)` edit the dict of name → bytes."""
    with zipfile.ZipFile(pack) as archive:
        members = {name: archive.read(name) for name in archive.namelist()}
    change(members)
    with zipfile.ZipFile(out, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return out


def signed(pack: Path, out: Path, key: Ed25519PrivateKey, edit: dict[str, bytes]) -> Path:
    """A correctly signed pack whose files were edited (what a careless maintainer could build)."""

    def change(members: dict[str, bytes]) -> None:
        manifest = json.loads(members["manifest.json"])
        for relative, data in edit.items():
            members[f"library/{relative}"] = data
            for entry in manifest["files"]:
                if entry["path"] == relative:
                    entry.update(size=len(data), sha256=hashlib.sha256(data).hexdigest())
        members["manifest.json"] = json.dumps(manifest).encode()
        members["manifest.sig"] = key.sign(members["manifest.json"])

    return rewrite(pack, out, change)


def refused(pack: Path, reason: str) -> PackError:
    before = library_dir()
    with pytest.raises(PackError) as caught:
        install_pack(pack)
    assert caught.value.reason == reason, caught.value.message("en")
    assert library_dir() == before
    load_library(library_dir())  # the library in use still loads
    return caught.value


def test_a_good_pack_installs_and_takes_effect(packs: dict[str, Path]) -> None:
    assert library_dir() == resources_dir()
    info = install_pack(packs["v1"])
    assert (info.version, info.installed) == ("2099.1.0", True)
    assert library_dir() == info.path
    assert active_library_info().version == "2099.1.0"
    installed = load_library(library_dir())
    assert len(installed.patterns) == len(load_library(resources_dir()).patterns)
    assert installed.wording is not None  # the wording model travels with the patterns
    assert not (library_dir() / "classifier" / "texts").exists()  # its training texts do not


def test_a_newer_pack_replaces_and_restore_steps_back(packs: dict[str, Path]) -> None:
    install_pack(packs["v1"])
    install_pack(packs["v2"])
    assert active_library_info().version == "2099.2.0"
    assert restore_previous().version == "2099.1.0"
    assert library_dir() != resources_dir()
    assert restore_previous().version == BUILT_IN
    assert library_dir() == resources_dir()
    with pytest.raises(PackError) as caught:
        restore_previous()
    assert caught.value.reason == "nothing_to_restore"
    install_pack(packs["v2"])  # after a restore the newer pack may come back
    assert active_library_info().version == "2099.2.0"


def test_downgrades_are_refused(packs: dict[str, Path]) -> None:
    error = refused(packs["old"], "not_newer")
    assert "2000.1.0" in error.message("en") and BUILT_IN in error.message("en")
    install_pack(packs["v2"])
    refused(packs["v1"], "not_newer")
    refused(packs["v2"], "not_newer")  # the same version again
    assert active_library_info().version == "2099.2.0"


def test_unsigned_pack_is_refused(packs: dict[str, Path], tmp_path: Path) -> None:
    refused(rewrite(packs["v1"], tmp_path / "p.slpack", lambda m: m.pop("manifest.sig")), "unsigned")


def test_pack_signed_by_another_key_is_refused(packs: dict[str, Path], tmp_path: Path) -> None:
    stranger = Ed25519PrivateKey.generate()

    def resign(members: dict[str, bytes]) -> None:
        manifest = json.loads(members["manifest.json"])
        manifest["key_id"] = key_id(stranger.public_key())
        members["manifest.json"] = json.dumps(manifest).encode()
        members["manifest.sig"] = stranger.sign(members["manifest.json"])

    refused(rewrite(packs["v1"], tmp_path / "p.slpack", resign), "other_key")


@pytest.mark.parametrize(
    "tamper",
    [
        pytest.param(
            lambda m: m.update({"library/patterns/consumer/brushing-job.toml": b"# emptied\n"}), id="changed-file"
        ),
        pytest.param(
            lambda m: m.update({"manifest.json": m["manifest.json"].replace(b"2099.2.0", b"2099.9.0")}),
            id="changed-manifest",
        ),
        pytest.param(lambda m: m.update({"library/patterns/consumer/extra.toml": b"x = 1\n"}), id="added-file"),
        pytest.param(lambda m: m.pop("library/patterns/consumer/loan-scam.toml"), id="removed-file"),
    ],
)
def test_tampered_packs_are_refused(packs: dict[str, Path], tmp_path: Path, tamper) -> None:
    install_pack(packs["v1"])
    refused(rewrite(packs["v2"], tmp_path / "p.slpack", tamper), "tampered")
    assert active_library_info().version == "2099.1.0"


def test_pack_with_bad_toml_is_refused(packs: dict[str, Path], tmp_path: Path, key: Ed25519PrivateKey) -> None:
    bad = signed(packs["v1"], tmp_path / "p.slpack", key, {"patterns/consumer/loan-scam.toml": b"id = [broken\n"})
    assert "loan-scam.toml" in refused(bad, "malformed").message("en")


def test_pack_whose_pattern_fails_its_examples_is_refused(
    packs: dict[str, Path], tmp_path: Path, key: Ed25519PrivateKey
) -> None:
    path = resources_dir() / "patterns/consumer/brushing-job.toml"
    text = path.read_bytes() + f'\n[[example]]\ntext = "{SELF_TEST_TEXT}"\nexpect = "none"\n'.encode()
    bad = signed(packs["v1"], tmp_path / "p.slpack", key, {"patterns/consumer/brushing-job.toml": text})
    message = refused(bad, "malformed").message("zh-Hans")
    assert "brushing-job" in message and "\n" not in message


def test_unsafe_paths_and_non_packs_are_refused(packs: dict[str, Path], tmp_path: Path, key: Ed25519PrivateKey) -> None:
    def escape(members: dict[str, bytes]) -> None:
        manifest = json.loads(members["manifest.json"])
        manifest["files"][1]["path"] = "../../evil.toml"
        members["manifest.json"] = json.dumps(manifest).encode()
        members["manifest.sig"] = key.sign(members["manifest.json"])

    refused(rewrite(packs["v1"], tmp_path / "p.slpack", escape), "malformed")
    (tmp_path / "not.slpack").write_text("hello")
    refused(tmp_path / "not.slpack", "not_a_pack")
    refused(tmp_path / "missing.slpack", "not_a_pack")
    assert not (tmp_path.parent / "evil.toml").exists()


def test_interrupted_install_leaves_the_previous_library(packs: dict[str, Path], tmp_path: Path, key) -> None:
    """Kill a real install process after the new files are written but before they take effect."""
    install_pack(packs["v1"])
    v1_dir = library_dir()
    script = f"""
import os, sys
sys.path.insert(0, {str(ROOT / "desktop")!r})
from pathlib import Path
from cryptography.hazmat.primitives import serialization
from scamlens import library_packs
key = serialization.load_pem_public_key(Path({str(tmp_path / "test.pub")!r}).read_bytes())
def die(folder):
    os._exit(9)  # power cut: no cleanup, no exception handlers
library_packs.validate_library = die
library_packs.install_pack(Path({str(packs["v2"])!r}), keys=[key])
"""
    from cryptography.hazmat.primitives import serialization

    (tmp_path / "test.pub").write_bytes(
        key.public_key().public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60)
    assert result.returncode == 9, result.stderr
    root = library_packs.packs_root()
    assert list(root.glob(".incoming-*")), "the interrupted install should have left its half-done folder"
    assert library_dir() == v1_dir
    assert active_library_info().version == "2099.1.0"
    load_library(library_dir())

    install_pack(packs["v2"])  # the next install cleans up and succeeds
    assert active_library_info().version == "2099.2.0"
    assert not list(root.glob(".incoming-*"))


def test_install_interrupted_at_the_commit_point(packs: dict[str, Path], monkeypatch: pytest.MonkeyPatch) -> None:
    install_pack(packs["v1"])

    def interrupted(root, state):
        raise KeyboardInterrupt

    monkeypatch.setattr(library_packs, "_write_state", interrupted)
    with pytest.raises(KeyboardInterrupt):
        install_pack(packs["v2"])
    assert active_library_info().version == "2099.1.0"


def test_an_installed_pack_changed_on_disk_is_not_used(packs: dict[str, Path]) -> None:
    info = install_pack(packs["v1"])
    (info.path / "patterns/consumer/loan-scam.toml").write_text("# changed\n", encoding="utf-8")
    assert library_dir() == resources_dir()
    assert active_library_info().installed is False


def test_the_shipped_library_passes_its_own_examples(library) -> None:
    assert ExampleChecker(library).problems() == []


def test_build_pack_refuses_a_library_failing_its_examples(tmp_path: Path, key: Ed25519PrivateKey) -> None:
    path = "patterns/consumer/brushing-job.toml"
    text = (resources_dir() / path).read_text(
        encoding="utf-8"
    ) + f'\n[[example]]\ntext = "{SELF_TEST_TEXT}"\nexpect = "none"\n'
    source = library_source(tmp_path / "src", "2099.3.0", {path: text})
    with pytest.raises(PackError, match="brushing-job"):
        build_pack(source, key, tmp_path / "out.slpack")
    assert not (tmp_path / "out.slpack").exists()


def test_every_message_exists_in_every_language_on_one_line() -> None:
    for reason, texts in MESSAGES.items():
        assert set(texts) == {"zh-Hans", "zh-Hant", "en"}, reason
        fields = {name for name in ("detail", "version", "installed") if "{" + name + "}" in texts["en"]}
        for text in texts.values():
            assert "\n" not in text
            assert {name for name in ("detail", "version", "installed") if "{" + name + "}" in text} == fields


def test_the_shipped_public_key_is_ed25519_and_no_private_key_is_in_the_repo() -> None:
    keys_dir = resources_dir() / "keys"
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    public = [serialization.load_pem_public_key(p.read_bytes()) for p in keys_dir.glob("*.pub")]
    assert public and all(isinstance(k, Ed25519PublicKey) for k in public)
    listed = subprocess.run(
        ["git", "ls-files", "--cached", "--others", "--exclude-standard"], cwd=ROOT, capture_output=True, text=True
    )
    for name in listed.stdout.splitlines():
        path = ROOT / name
        if path.is_file() and path.stat().st_size < 1_000_000:
            assert b"-----BEGIN " + b"PRIVATE KEY-----" not in path.read_bytes(), name


def test_generate_keypair_keeps_the_private_key_private(tmp_path: Path) -> None:
    kid = generate_keypair(tmp_path / "k.pem", tmp_path / "k.pub")
    assert len(kid) == 16
    assert (tmp_path / "k.pem").stat().st_mode & 0o077 == 0
    assert trusted_keys(tmp_path)[0] is not None  # the real loader reads the .pub it wrote


def test_cli_library_install_restore(packs: dict[str, Path], capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["library", "--lang", "en"]) == 0
    assert f"Pattern library {BUILT_IN}" in capsys.readouterr().out
    assert cli.main(["library", "install", str(packs["v1"]), "--lang", "en"]) == 0
    assert "Installed pattern library 2099.1.0" in capsys.readouterr().out
    assert cli.main(["library", "--lang", "zh-Hans", "install", str(packs["old"])]) == 5
    assert capsys.readouterr().err.strip() == (
        "scamlens: 更新包版本 2000.1.0 不比已安装的 2099.1.0 新，已拒绝；规则库未改动。"
    )
    assert cli.main(["library", "restore", "--lang", "zh-Hant"]) == 0
    assert "已恢復" in capsys.readouterr().out
    assert cli.main(["check", "--json", SELF_TEST_TEXT]) == 0


def test_cli_build_pack(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    kid = generate_keypair(tmp_path / "k.pem", tmp_path / "k.pub")
    source = library_source(tmp_path / "src", "2099.4.0")
    out = tmp_path / "lib.slpack"
    assert cli.main(["library", "build-pack", "--key", str(tmp_path / "k.pem"), str(source), str(out)]) == 0
    assert kid in capsys.readouterr().out
    with zipfile.ZipFile(out) as archive:
        assert {"manifest.json", "manifest.sig", "library/library.toml"} <= set(archive.namelist())


def test_self_test_command(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["self-test", "--no-qt"]) == 0
    out = capsys.readouterr().out
    assert "verdict: risk=high matches=brushing-job" in out and "self-test passed" in out
