"""`scamlens library …` (version, install, restore, build-pack) and `scamlens self-test`."""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path

from scamlens.cli_exit import EXIT_REFUSED
from scamlens.engine.taxonomy import LANGUAGES

SAID: dict[str, dict[str, str]] = {
    "installed": {
        "zh-Hans": "已安装规则库 {version}（{date}）。",
        "zh-Hant": "已安裝規則庫 {version}（{date}）。",
        "en": "Installed pattern library {version} ({date}).",
    },
    "restored": {
        "zh-Hans": "已恢复：{info}",
        "zh-Hant": "已恢復：{info}",
        "en": "Restored: {info}",
    },
    "patterns": {"zh-Hans": "{count} 个模式", "zh-Hant": "{count} 個模式", "en": "{count} patterns"},
}

# A message the self-test checks; it must match this pattern at high risk.
SELF_TEST_TEXT = "您好，我们是某宝店铺，招聘兼职刷单，做一单返佣金，先垫付本金，日结300元，加QQ 12345678详聊"
SELF_TEST_PATTERN = "brushing-job"


def _refuse(error: Exception, lang: str) -> int:
    from scamlens.library_packs import PackError

    message = error.message(lang) if isinstance(error, PackError) else str(error)
    sys.stderr.write(f"scamlens: {message}\n")
    return EXIT_REFUSED


def _command_show(args: argparse.Namespace) -> int:
    from scamlens.engine import LibraryError, load_library
    from scamlens.library_packs import active_library_info

    try:
        info = active_library_info()
    except ValueError as error:
        return _refuse(error, args.lang)
    print(info.describe(args.lang))
    try:
        count = len(load_library(info.path).patterns)
    except LibraryError as error:
        sys.stderr.write(f"scamlens: {error.problems[0]}\n")
        return 4
    print(f"  {SAID['patterns'][args.lang].format(count=count)} · {info.path}")
    return 0


def _command_install(args: argparse.Namespace) -> int:
    from scamlens.library_packs import PackError, install_pack

    try:
        info = install_pack(args.pack)
    except PackError as error:
        return _refuse(error, args.lang)
    print(SAID["installed"][args.lang].format(version=info.version, date=info.date))
    return 0


def _command_restore(args: argparse.Namespace) -> int:
    from scamlens.library_packs import PackError, restore_previous

    try:
        info = restore_previous()
    except PackError as error:
        return _refuse(error, args.lang)
    print(SAID["restored"][args.lang].format(info=info.describe(args.lang)))
    return 0


def _command_build_pack(args: argparse.Namespace) -> int:
    from scamlens.library_packs import PackError, build_pack, load_private_key

    try:
        key = load_private_key(args.key)
        manifest = build_pack(args.source, key, args.output)
    except (OSError, ValueError, PackError) as error:
        return _refuse(error, "en")
    print(
        f"wrote {args.output}: library {manifest['version']} ({manifest['date']}), "
        f"{len(manifest['files'])} files, signed with key {manifest['key_id']}"
    )
    return 0


def _command_new_key(args: argparse.Namespace) -> int:
    from scamlens.library_packs import generate_keypair

    try:
        key = generate_keypair(args.private, args.public)
    except OSError as error:
        return _refuse(error, "en")
    print(f"key {key}: private key {args.private} (keep it secret, never commit it), public key {args.public}")
    return 0


def _self_test_qt(resources: Path) -> str:
    """Start Qt offscreen-capable and register the bundled CJK font; return what was found."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QFontDatabase, QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])
    font_id = QFontDatabase.addApplicationFont(str(resources / "fonts" / "wqy-microhei.ttc"))
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    if not families:
        raise RuntimeError("the bundled CJK font did not load")
    del app
    return f"Qt {QGuiApplication.platformName() or 'started'}, font {families[0]}"


def run_self_test(with_qt: bool = True) -> int:
    """Load the library, check a known scam text, search the cases (jieba + SQLite), start Qt."""
    from scamlens.engine import Checker, load_library
    from scamlens.library_packs import active_library_info
    from scamlens.paths import library_dir, resources_dir

    started = time.perf_counter()
    folder = library_dir()
    library = load_library(folder)
    info = active_library_info()
    print(f"library: {info.version} ({info.date}), {len(library.patterns)} patterns, from {folder}")
    if library.wording is None:
        print("self-test FAILED: the wording model (classifier/model.json) is missing")
        return 1
    print(f"wording model: {len(library.wording.weights)} n-grams, warns at {library.wording.threshold:.2f}")
    verdict = Checker(library).check(SELF_TEST_TEXT)
    matched = [match.pattern.id for match in verdict.matches]
    print(f"verdict: risk={verdict.risk} matches={','.join(matched) or '-'}")
    if SELF_TEST_PATTERN not in matched or verdict.risk != "high":
        print(f"self-test FAILED: expected {SELF_TEST_PATTERN} at high risk")
        return 1

    from scamlens.store.library_db import LibraryDatabase

    results = LibraryDatabase.open(library).search(SELF_TEST_TEXT, limit=3)
    print(f"search: {len(results)} documented cases and patterns like the test text (jieba + SQLite FTS5)")
    if not results:
        print("self-test FAILED: the case search found nothing")
        return 1
    # Contact checks need data files of their own (phone metadata, the Public Suffix List).
    from scamlens.engine.contacts import assess_contact

    phone = assess_contact("+63 912 345 6789", context_text="我是淘宝客服")
    link = assess_contact("http://www.taobao.com.refund-center.cn/login")
    print(f"contacts: overseas number {phone.severity}, look-alike link {link.severity}")
    if phone.severity != "high" or link.severity != "high":
        print("self-test FAILED: contact checks did not flag a known overseas number and look-alike link")
        return 1
    if with_qt:
        try:
            print(_self_test_qt(resources_dir()))
        except Exception as error:  # any failure to start Qt is what this test is for
            print(f"self-test FAILED: Qt: {error}")
            return 1
    translations = sorted(path.name for path in (resources_dir() / "i18n").glob("*.qm"))
    if translations:
        print(f"translations: {', '.join(translations)}")
    print(f"self-test passed in {time.perf_counter() - started:.1f} s")
    return 0


def _command_self_test(args: argparse.Namespace) -> int:
    return run_self_test(with_qt=not args.no_qt)


def add_library_commands(
    commands: argparse._SubParsersAction, add: Callable[[str, str], argparse.ArgumentParser]
) -> None:
    """Add `library` (with install / restore / build-pack / new-key) and `self-test`."""
    library = add("library", "show the pattern library's version and date; install or restore an update pack")
    library.set_defaults(run=_command_show)
    actions = library.add_subparsers(dest="action", parser_class=type(library))

    def action(name: str, help_text: str) -> argparse.ArgumentParser:
        parser = actions.add_parser(name, help=help_text, description=help_text)
        # SUPPRESS: `library --lang en install` and `library install --lang en` both work.
        parser.add_argument("--lang", choices=LANGUAGES, default=argparse.SUPPRESS, help="language of the output")
        return parser

    install = action("install", "install a signed library update pack (.slpack)")
    install.add_argument("pack", type=Path, metavar="PACK")
    install.set_defaults(run=_command_install)
    action("restore", "go back to the library used before the last install").set_defaults(run=_command_restore)
    build = action("build-pack", "maintainers: check a library folder and write a signed pack")
    build.add_argument("--key", type=Path, required=True, metavar="KEYFILE", help="the ed25519 private key (PEM)")
    build.add_argument("source", type=Path, metavar="SRC_DIR", help="a folder laid out like resources/")
    build.add_argument("output", type=Path, metavar="OUT", help="the pack to write, e.g. library-2026.12.0.slpack")
    build.set_defaults(run=_command_build_pack)
    new_key = action("new-key", "maintainers: create a signing keypair (commit only the public key)")
    new_key.add_argument("private", type=Path, metavar="PRIVATE.pem")
    new_key.add_argument("public", type=Path, metavar="PUBLIC.pub")
    new_key.set_defaults(run=_command_new_key)

    self_test = add("self-test", "check that the installed app works: library, a known text, search, Qt; exit 0")
    self_test.add_argument("--no-qt", action="store_true", help="skip starting Qt")
    self_test.set_defaults(run=_command_self_test)
