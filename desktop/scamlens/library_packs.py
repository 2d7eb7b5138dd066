"""Signed offline updates of the pattern library ("library packs"). Pure Python, no Qt.

A pack is a zip file (`.slpack`) holding:

    manifest.json   {"format": 1, "version": "2026.11.0", "date": "2026-11-20",
                     "key_id": "<sha256 of the signing public key, 16 hex>",
                     "files": [{"path": "patterns/consumer/x.toml", "size": 123, "sha256": "…"}, …]}
    manifest.sig    the raw 64-byte ed25519 signature over manifest.json's exact bytes
    library/…       the library files the manifest lists (library.toml, report_channels.toml,
                    benign_cues.toml, shared_signals.toml, patterns/<audience>/<id>.toml)

The signature covers the manifest, and the manifest covers every file by sha256, so one
verification proves the whole pack. The public keys the app trusts are
`resources/keys/*.pub` (PEM); the private key never ships.

Installed packs live in `data_dir()/library/`:

    packs/<version>-<token>/    one folder per installed pack (its files + manifest + signature)
    state.json                  {"active": "<folder>" | null, "history": ["<folder>" | null, …]}
    .incoming-*/                an install in progress (removed on the next install)

Installing writes and checks a new folder first; replacing state.json (one atomic
`os.replace`) is the single moment the new library takes effect, so an install that is
interrupted at any point leaves the previous library in use. `null` means the built-in
library. `restore_previous()` steps back through `history`.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import secrets
import shutil
import tempfile
import tomllib
import zipfile
from dataclasses import dataclass
from datetime import date as Date
from pathlib import Path, PurePosixPath
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from scamlens.engine import Library, LibraryError, load_library
from scamlens.engine.examples import ExampleChecker
from scamlens.engine.library import library_files
from scamlens.paths import data_dir, resources_dir

PACK_FORMAT = 1
PACK_SUFFIX = ".slpack"
MANIFEST = "manifest.json"
SIGNATURE = "manifest.sig"
INFO_FILE = "library.toml"
KEEP_HISTORY = 3
MAX_FILE_BYTES = 8_000_000  # the wording model is the largest file, about 2 MB
MAX_FILES = 5_000
_VERSION = re.compile(r"^\d+(?:\.\d+){0,3}$")
_PACK_PATH = re.compile(
    r"^(?:library\.toml|report_channels\.toml|benign_cues\.toml|shared_signals\.toml|classifier/model\.json"
    r"|patterns/[a-z0-9_-]+/[a-z0-9-]+\.toml)$"
)

MESSAGES: dict[str, dict[str, str]] = {
    "not_a_pack": {
        "zh-Hans": "这不是识骗镜的规则库更新包：{detail}",
        "zh-Hant": "這不是識騙鏡的規則庫更新包：{detail}",
        "en": "This is not a ScamLens library pack: {detail}",
    },
    "unsigned": {
        "zh-Hans": "更新包没有签名，已拒绝；规则库未改动。",
        "zh-Hant": "更新包沒有簽名，已拒絕；規則庫未改動。",
        "en": "The pack is not signed; refused, the library is unchanged.",
    },
    "other_key": {
        "zh-Hans": "更新包不是由识骗镜维护者签名的，已拒绝；规则库未改动。",
        "zh-Hant": "更新包不是由識騙鏡維護者簽名的，已拒絕；規則庫未改動。",
        "en": "The pack was not signed by the ScamLens maintainers; refused, the library is unchanged.",
    },
    "tampered": {
        "zh-Hans": "更新包签名后被改动过（{detail}），已拒绝；规则库未改动。",
        "zh-Hant": "更新包簽名後被改動過（{detail}），已拒絕；規則庫未改動。",
        "en": "The pack was changed after it was signed ({detail}); refused, the library is unchanged.",
    },
    "not_newer": {
        "zh-Hans": "更新包版本 {version} 不比已安装的 {installed} 新，已拒绝；规则库未改动。",
        "zh-Hant": "更新包版本 {version} 不比已安裝的 {installed} 新，已拒絕；規則庫未改動。",
        "en": "The pack's version {version} is not newer than the installed {installed}; refused, the library is unchanged.",
    },
    "malformed": {
        "zh-Hans": "更新包内容有错（{detail}），已拒绝；规则库未改动。",
        "zh-Hant": "更新包內容有錯（{detail}），已拒絕；規則庫未改動。",
        "en": "The pack's contents are faulty ({detail}); refused, the library is unchanged.",
    },
    "nothing_to_restore": {
        "zh-Hans": "没有可以恢复的上一个规则库。",
        "zh-Hant": "沒有可以恢復的上一個規則庫。",
        "en": "There is no previous library to restore.",
    },
    "no_key": {
        "zh-Hans": "应用中没有用于验证的公钥（{detail}）。",
        "zh-Hant": "應用中沒有用於驗證的公鑰（{detail}）。",
        "en": "The app has no public key to verify packs with ({detail}).",
    },
}


class PackError(Exception):
    """A pack was refused, or an operation is impossible; `message(lang)` says why in one line."""

    def __init__(self, reason: str, **details: str) -> None:
        self.reason = reason
        self.details = details
        super().__init__(self.message("en"))

    def message(self, lang: str) -> str:
        return MESSAGES[self.reason][lang].format(**self.details)


@dataclass(frozen=True)
class LibraryInfo:
    """The version and date of a library folder, and whether it is built in or installed."""

    version: str
    date: str
    path: Path
    installed: bool  # False: the library that shipped with the app

    def describe(self, lang: str) -> str:
        origin = {
            "zh-Hans": ("已安装的更新包", "应用自带"),
            "zh-Hant": ("已安裝的更新包", "應用自帶"),
            "en": ("installed pack", "built in"),
        }[lang][0 if self.installed else 1]
        label = {"zh-Hans": "规则库", "zh-Hant": "規則庫", "en": "Pattern library"}[lang]
        if lang == "en":
            return f"{label} {self.version} ({self.date}, {origin})"
        return f"{label} {self.version}（{self.date}，{origin}）"


# --- versions and library folders -------------------------------------------------------


def version_key(version: str) -> tuple[int, ...]:
    """ "2026.11.0" → (2026, 11, 0, 0): dotted whole numbers compare numerically."""
    parts = tuple(int(part) for part in version.split("."))
    return parts + (0,) * (4 - len(parts))


def _checked_info(data: dict[str, Any]) -> tuple[str, str]:
    version, day = data.get("version"), data.get("date")
    if not isinstance(version, str) or not _VERSION.match(version):
        raise ValueError(f"version {version!r} must be dotted whole numbers, e.g. 2026.11.0")
    if isinstance(day, Date):
        day = day.isoformat()
    try:
        Date.fromisoformat(str(day))
    except ValueError:
        raise ValueError(f"date {day!r} must be YYYY-MM-DD") from None
    return version, str(day)


def read_library_info(folder: Path, installed: bool = False) -> LibraryInfo:
    """Version and date from `folder/library.toml`; ValueError if missing or malformed."""
    try:
        data = tomllib.loads((folder / INFO_FILE).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
        raise ValueError(f"{INFO_FILE}: {error}") from None
    version, day = _checked_info(data)
    return LibraryInfo(version, day, folder, installed)


def packs_root() -> Path:
    return data_dir() / "library"


def _read_state(root: Path) -> dict[str, Any]:
    try:
        state = json.loads((root / "state.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {"active": None, "history": []}
    if not isinstance(state, dict):
        return {"active": None, "history": []}
    history = state.get("history")
    return {
        "active": state.get("active") if isinstance(state.get("active"), str) else None,
        "history": [item for item in history if item is None or isinstance(item, str)]
        if isinstance(history, list)
        else [],
    }


def _write_state(root: Path, state: dict[str, Any]) -> None:
    """Replace state.json atomically: the commit point of install and restore."""
    handle, temporary = tempfile.mkstemp(dir=root, prefix=".state-", suffix=".tmp")
    with os.fdopen(handle, "w", encoding="utf-8") as stream:
        json.dump(state, stream)
        stream.flush()
        os.fsync(stream.fileno())
    os.replace(temporary, root / "state.json")


def trusted_keys(keys_dir: Path | None = None) -> list[Ed25519PublicKey]:
    """The public keys shipped with the app (resources/keys/*.pub)."""
    folder = keys_dir or resources_dir() / "keys"
    keys = []
    for path in sorted(folder.glob("*.pub")):
        key = serialization.load_pem_public_key(path.read_bytes())
        if isinstance(key, Ed25519PublicKey):
            keys.append(key)
    return keys


def key_id(key: Ed25519PublicKey) -> str:
    raw = key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return hashlib.sha256(raw).hexdigest()[:16]


def _verify_manifest(manifest_bytes: bytes, signature: bytes | None, keys: list[Ed25519PublicKey]) -> dict[str, Any]:
    """Check the signature, then parse and check the manifest; PackError if anything is wrong."""
    if not signature:
        raise PackError("unsigned")
    if not keys:
        raise PackError("no_key", detail="resources/keys/*.pub")
    try:
        manifest = json.loads(manifest_bytes)
    except ValueError:
        manifest = None
    claimed = manifest.get("key_id") if isinstance(manifest, dict) else None
    for key in keys:
        try:
            key.verify(signature, manifest_bytes)
        except InvalidSignature:
            continue
        break
    else:
        if claimed is not None and claimed not in {key_id(key) for key in keys}:
            raise PackError("other_key")
        raise PackError("tampered", detail=MANIFEST)
    if not isinstance(manifest, dict) or manifest.get("format") != PACK_FORMAT:
        raise PackError("malformed", detail=f"{MANIFEST}: unknown format")
    try:
        _checked_info(manifest)
    except ValueError as error:
        raise PackError("malformed", detail=f"{MANIFEST}: {error}") from None
    files = manifest.get("files")
    if not isinstance(files, list) or not 0 < len(files) <= MAX_FILES:
        raise PackError("malformed", detail=f"{MANIFEST}: no file list")
    seen = set()
    for entry in files:
        ok = (
            isinstance(entry, dict)
            and isinstance(entry.get("path"), str)
            and _PACK_PATH.match(entry["path"])
            and isinstance(entry.get("size"), int)
            and 0 <= entry["size"] <= MAX_FILE_BYTES
            and isinstance(entry.get("sha256"), str)
            and re.fullmatch(r"[0-9a-f]{64}", entry["sha256"])
        )
        if not ok or entry["path"] in seen:
            raise PackError("malformed", detail=f"{MANIFEST}: bad file entry {entry!r:.80}")
        seen.add(entry["path"])
    if INFO_FILE not in seen:
        raise PackError("malformed", detail=f"{MANIFEST}: {INFO_FILE} missing")
    return manifest


def _verify_folder(folder: Path, keys: list[Ed25519PublicKey]) -> dict[str, Any]:
    """Verify an installed (or extracted) folder: signature, and every file against its hash."""
    try:
        manifest_bytes = (folder / MANIFEST).read_bytes()
        signature = (folder / SIGNATURE).read_bytes()
    except OSError:
        raise PackError("unsigned") from None
    manifest = _verify_manifest(manifest_bytes, signature, keys)
    for entry in manifest["files"]:
        try:
            data = (folder / entry["path"]).read_bytes()
        except OSError:
            raise PackError("tampered", detail=f"{entry['path']} missing") from None
        if hashlib.sha256(data).hexdigest() != entry["sha256"]:
            raise PackError("tampered", detail=entry["path"])
    return manifest


def installed_library_dir(keys: list[Ed25519PublicKey] | None = None) -> Path | None:
    """The active installed pack's folder, if there is one, it verifies, and it is newer than
    the built-in library (an app upgrade can ship a newer library than an old pack)."""
    root = packs_root()
    name = _read_state(root)["active"]
    if name is None:
        return None
    folder = root / "packs" / name
    try:
        keys = trusted_keys() if keys is None else keys
        manifest = _verify_folder(folder, keys)
        built_in = read_library_info(resources_dir())
    except (PackError, ValueError, OSError):
        return None
    if version_key(manifest["version"]) <= version_key(built_in.version):
        return None
    return folder


def active_library_info(keys: list[Ed25519PublicKey] | None = None) -> LibraryInfo:
    """Version and date of the library the app uses now (for `scamlens library` and About)."""
    folder = installed_library_dir(keys)
    if folder is not None:
        return read_library_info(folder, installed=True)
    return read_library_info(resources_dir())


def validate_library(folder: Path) -> Library:
    """Load `folder` as a library and run every example; PackError("malformed") if anything fails."""
    try:
        read_library_info(folder)
        library = load_library(folder)
    except ValueError as error:
        raise PackError("malformed", detail=str(error)) from None
    except LibraryError as error:
        more = f" (+{len(error.problems) - 1})" if len(error.problems) > 1 else ""
        raise PackError("malformed", detail=error.problems[0] + more) from None
    problems = ExampleChecker(library).problems()
    if problems:
        more = f" (+{len(problems) - 1})" if len(problems) > 1 else ""
        raise PackError("malformed", detail=problems[0] + more)
    return library


# --- building (maintainers) --------------------------------------------------------------


def generate_keypair(private_path: Path, public_path: Path) -> str:
    """Write a new ed25519 keypair (PEM); return the key id. The private file is mode 0600."""
    key = Ed25519PrivateKey.generate()
    private_path.parent.mkdir(parents=True, exist_ok=True)
    handle = os.open(private_path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(handle, "wb") as stream:
        stream.write(
            key.private_bytes(
                serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
            )
        )
    public_path.parent.mkdir(parents=True, exist_ok=True)
    public_path.write_bytes(
        key.public_key().public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
    )
    return key_id(key.public_key())


def load_private_key(path: Path) -> Ed25519PrivateKey:
    key = serialization.load_pem_private_key(path.read_bytes(), password=None)
    if not isinstance(key, Ed25519PrivateKey):
        raise ValueError(f"{path} is not an ed25519 private key")
    return key


def pack_file_list(source: Path) -> list[str]:
    """The files of a library folder that go into a pack, as pack paths."""
    files = [source / INFO_FILE, *library_files(source)]
    return [path.relative_to(source).as_posix() for path in files]


def build_pack(source: Path, private_key: Ed25519PrivateKey, output: Path) -> dict[str, Any]:
    """Validate the library in `source` (examples included), then write a signed pack."""
    info = read_library_info(source) if (source / INFO_FILE).exists() else None
    if info is None:
        raise PackError("malformed", detail=f"{source / INFO_FILE} missing")
    validate_library(source)
    entries = []
    for relative in pack_file_list(source):
        data = (source / relative).read_bytes()
        entries.append({"path": relative, "size": len(data), "sha256": hashlib.sha256(data).hexdigest()})
    manifest = {
        "format": PACK_FORMAT,
        "version": info.version,
        "date": info.date,
        "key_id": key_id(private_key.public_key()),
        "files": entries,
    }
    manifest_bytes = json.dumps(manifest, ensure_ascii=False, indent=1).encode("utf-8")
    output.parent.mkdir(parents=True, exist_ok=True)
    temporary = output.with_name(output.name + ".tmp")
    with zipfile.ZipFile(temporary, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(MANIFEST, manifest_bytes)
        archive.writestr(SIGNATURE, private_key.sign(manifest_bytes))
        for entry in entries:
            archive.write(source / entry["path"], f"library/{entry['path']}")
    os.replace(temporary, output)
    return manifest


# --- installing and restoring -------------------------------------------------------------


def _read_pack(pack: Path, keys: list[Ed25519PublicKey]) -> tuple[dict[str, Any], zipfile.ZipFile]:
    try:
        archive = zipfile.ZipFile(pack)
    except FileNotFoundError:
        raise PackError("not_a_pack", detail=f"{pack} does not exist") from None
    except (OSError, zipfile.BadZipFile) as error:
        raise PackError("not_a_pack", detail=str(error) or type(error).__name__) from None
    try:
        names = set(archive.namelist())
        if MANIFEST not in names:
            raise PackError("not_a_pack", detail=f"no {MANIFEST}")
        signature = archive.read(SIGNATURE) if SIGNATURE in names else None
        manifest = _verify_manifest(archive.read(MANIFEST), signature, keys)
        expected = {MANIFEST, SIGNATURE} | {f"library/{entry['path']}" for entry in manifest["files"]}
        extra = sorted(names - expected)
        if extra:
            raise PackError("tampered", detail=f"{extra[0]} is not in the manifest")
    except Exception:
        archive.close()
        raise
    return manifest, archive


def _extract(archive: zipfile.ZipFile, manifest: dict[str, Any], target: Path) -> None:
    """Write each listed file into `target`, checking size and sha256 as it goes."""
    for entry in manifest["files"]:
        name = f"library/{entry['path']}"
        try:
            info = archive.getinfo(name)
        except KeyError:
            raise PackError("tampered", detail=f"{entry['path']} missing") from None
        if info.file_size != entry["size"]:
            raise PackError("tampered", detail=entry["path"])
        with archive.open(info) as stream:
            data = stream.read(MAX_FILE_BYTES + 1)
        if len(data) != entry["size"] or hashlib.sha256(data).hexdigest() != entry["sha256"]:
            raise PackError("tampered", detail=entry["path"])
        path = target / PurePosixPath(entry["path"])
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())


def _remove_unused(root: Path, state: dict[str, Any]) -> None:
    """Delete pack folders no longer referenced and leftovers of interrupted installs."""
    keep = {state["active"], *state["history"]}
    for folder in (root / "packs").glob("*"):
        if folder.name not in keep:
            shutil.rmtree(folder, ignore_errors=True)
    for leftover in root.glob(".incoming-*"):
        shutil.rmtree(leftover, ignore_errors=True)
    for leftover in root.glob(".state-*.tmp"):
        leftover.unlink(missing_ok=True)


def install_pack(pack: Path, keys: list[Ed25519PublicKey] | None = None) -> LibraryInfo:
    """Verify `pack` and make it the active library; PackError (library untouched) if refused.

    Takes a few seconds (every pattern's examples are checked): call it off the UI thread.
    """
    keys = trusted_keys() if keys is None else keys
    root = packs_root()
    root.mkdir(parents=True, exist_ok=True)
    manifest, archive = _read_pack(pack, keys)
    with archive:
        current = active_library_info(keys)
        if version_key(manifest["version"]) <= version_key(current.version):
            raise PackError("not_newer", version=manifest["version"], installed=current.version)
        _remove_unused(root, _read_state(root))
        incoming = Path(tempfile.mkdtemp(dir=root, prefix=".incoming-"))
        try:
            _extract(archive, manifest, incoming)
            with (incoming / MANIFEST).open("wb") as out:
                out.write(archive.read(MANIFEST))
            (incoming / SIGNATURE).write_bytes(archive.read(SIGNATURE))
            info = read_library_info(incoming) if (incoming / INFO_FILE).exists() else None
            if info is None or (info.version, info.date) != (manifest["version"], manifest["date"]):
                raise PackError("malformed", detail=f"{INFO_FILE} disagrees with {MANIFEST}")
            validate_library(incoming)
            name = f"{manifest['version']}-{secrets.token_hex(4)}"
            (root / "packs").mkdir(exist_ok=True)
            final = root / "packs" / name
            os.replace(incoming, final)
        except BaseException:
            shutil.rmtree(incoming, ignore_errors=True)
            raise
    state = _read_state(root)
    previous = state["active"] if current.installed else None
    history = [*state["history"], previous][-KEEP_HISTORY:]
    _write_state(root, {"active": name, "history": history})  # the commit point
    with contextlib.suppress(OSError):
        _remove_unused(root, _read_state(root))
    return read_library_info(final, installed=True)


def restore_previous(keys: list[Ed25519PublicKey] | None = None) -> LibraryInfo:
    """Go back to the library that was active before the last install."""
    root = packs_root()
    state = _read_state(root)
    if not state["history"] and state["active"] is None:
        raise PackError("nothing_to_restore")
    history = list(state["history"])
    previous = history.pop() if history else None
    _write_state(root, {"active": previous, "history": history})
    with contextlib.suppress(OSError):
        _remove_unused(root, _read_state(root))
    return active_library_info(keys)
