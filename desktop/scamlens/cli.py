"""The `scamlens` command: check texts, evaluate the library, browse patterns.

With no arguments it opens the desktop window.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

from scamlens import __version__
from scamlens.cli_exit import EXIT_BAD_INPUT, EXIT_LIBRARY, EXIT_USAGE, fail
from scamlens.cli_library import add_library_commands
from scamlens.engine import (
    Checker,
    Library,
    LibraryError,
    Verdict,
    batch_record,
    load_library,
    render_text,
    verdict_to_dict,
)
from scamlens.engine.inputs import InputRejected, checked_text, text_from_bytes
from scamlens.engine.taxonomy import LANGUAGES
from scamlens.engine.wording import say_input_error
from scamlens.locale_choice import language_from_locale
from scamlens.paths import data_dir, library_dir

if TYPE_CHECKING:
    from scamlens.engine.contacts.model import ContactAssessment


class _Parser(argparse.ArgumentParser):
    """argparse that reports usage errors in one line and exits 2."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_USAGE, f"scamlens: {message} (see 'scamlens --help')\n")


def _library() -> Library:
    try:
        return load_library(library_dir())
    except LibraryError as error:
        fail(EXIT_LIBRARY, "the pattern library has problems:\n  " + "\n  ".join(error.problems))


def _input_text(args: argparse.Namespace) -> str:
    try:
        if args.text == "-":
            return text_from_bytes(sys.stdin.buffer.read())
        return checked_text(args.text)
    except InputRejected as rejected:
        fail(EXIT_BAD_INPUT, say_input_error(rejected.reason, args.lang, **rejected.details))


def _write_json(data: Any) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False) + "\n")


def _check_batch(checker: Checker, lang: str) -> int:
    """JSON lines in ({"id", "text"}), one JSON line out per input, in order."""
    # The loaded library is long-lived: keep the garbage collector from rescanning it.
    gc.freeze()
    write = sys.stdout.write
    dumps = json.dumps
    problems = 0
    for number, raw in enumerate(sys.stdin.buffer, 1):
        if not raw.strip():
            continue
        record_id: object = None
        try:
            record = json.loads(raw)
            if not isinstance(record, dict) or not isinstance(record.get("text"), str):
                raise ValueError("each line must be an object with a string 'text'")
            record_id = record.get("id", number)
            verdict = checker.check(checked_text(record["text"]))
            write(dumps(batch_record(record_id, verdict), ensure_ascii=False) + "\n")
        except InputRejected as rejected:
            problems += 1
            message = say_input_error(rejected.reason, lang, **rejected.details)
            write(dumps({"id": record_id, "error": message}, ensure_ascii=False) + "\n")
        except (ValueError, UnicodeDecodeError) as error:
            problems += 1
            write(
                dumps({"id": record_id, "line": number, "error": f"bad input line: {error}"}, ensure_ascii=False) + "\n"
            )
    sys.stdout.flush()
    return 0 if problems == 0 else 1


def _command_check(args: argparse.Namespace) -> int:
    if args.jsonl:
        if args.text is not None:
            fail(EXIT_USAGE, "--jsonl reads JSON lines from standard input; give no TEXT")
        return _check_batch(Checker(_library()), args.lang)
    if args.image is not None:
        if args.text is not None:
            fail(EXIT_USAGE, "give either TEXT or --image FILE, not both")
        text, seconds = _recognised_text(args)
    elif args.text is None:
        fail(EXIT_USAGE, "check needs TEXT (or - to read standard input, or --image FILE)")
    else:
        text, seconds = _input_text(args), None
    library = _library()
    verdict = Checker(library).check(text)
    contacts = _assess_contacts(verdict, text)
    if args.json:
        data = verdict_to_dict(verdict, library, args.lang, contacts)
        if seconds is not None:
            # Evidence offsets point into this text: it is what was checked.
            data["recognised_text"] = text
            data["ocr_seconds"] = seconds
        _write_json(data)
    else:
        if seconds is not None:
            print(f"{_RECOGNISED[args.lang]}\n{text}\n")
        print(render_text(verdict, library, args.lang, contacts))
    return 0


def _assess_contacts(verdict: Verdict, text: str) -> list[ContactAssessment]:
    """What is known about the contacts in the text, with the user's blocklists if they have any."""
    if not verdict.contacts:
        return []
    from scamlens.engine.contacts import assess_entities
    from scamlens.store.blocklist import BLOCKLIST_FILE, Blocklist

    path = data_dir() / BLOCKLIST_FILE
    blocklist = Blocklist(path) if path.exists() else None  # a check never creates one
    try:
        return assess_entities(list(verdict.contacts), text, blocklist=blocklist)
    finally:
        if blocklist is not None:
            blocklist.close()


_RECOGNISED = {"zh-Hans": "识别出的文字：", "zh-Hant": "識別出的文字：", "en": "Recognised text:"}


def _recognised_text(args: argparse.Namespace) -> tuple[str, float]:
    """Recognise the text of a screenshot (the `ocr` extra) and return it with the seconds it took."""
    from scamlens.ocr import OcrUnavailable, ocr_available, recognise

    if not ocr_available():
        fail(EXIT_LIBRARY, say_input_error("ocr_unavailable", args.lang))
    try:
        result = recognise(args.image)
        return checked_text(result.text), result.seconds
    except InputRejected as rejected:
        fail(EXIT_BAD_INPUT, say_input_error(rejected.reason, args.lang, **rejected.details))
    except OcrUnavailable:
        fail(EXIT_LIBRARY, say_input_error("ocr_unavailable", args.lang))
    except OSError as error:
        # Name the file that is really missing: it may be an OCR model, not the picture.
        fail(EXIT_BAD_INPUT, f"cannot read {error.filename or args.image}: {error.strerror or error}")


def _command_eval(args: argparse.Namespace) -> int:
    from scamlens.evaluate import CorpusError, evaluate, format_comparison, format_markdown, format_report

    missing = [path for path in args.files if not path.is_file()]
    if missing:
        fail(EXIT_USAGE, f"no such corpus file: {missing[0]}")
    library = _library()
    try:
        report = evaluate(Checker(library, second_opinion=not args.rules_only), args.files)
    except CorpusError as error:
        fail(EXIT_BAD_INPUT, str(error))
    print(format_report(report, args.errors))
    if args.compare:
        try:
            baseline = json.loads(args.compare.read_text(encoding="utf-8"))
        except (OSError, ValueError) as error:
            fail(EXIT_BAD_INPUT, f"cannot read baseline {args.compare}: {error}")
        print()
        print(format_comparison(report, baseline))
    if args.markdown:
        args.markdown.write_text(format_markdown(report, library, [path.name for path in args.files]), encoding="utf-8")
        print(f"\nquality table written to {args.markdown}")
    if args.save:
        args.save.write_text(json.dumps(report.to_baseline(), ensure_ascii=False, indent=1), encoding="utf-8")
        print(f"\nbaseline saved to {args.save}")
    return 0


def _command_patterns(args: argparse.Namespace) -> int:
    library = _library()
    for pattern in sorted(library.patterns, key=lambda p: (p.audience, p.category, p.id)):
        examples = len(pattern.examples)
        print(f"{pattern.id:30} {pattern.audience:9} {pattern.category:26} {examples:3} ex  {pattern.title[args.lang]}")
    print(f"\n{len(library.patterns)} patterns, library {library.fingerprint}")
    return 0


def _command_pattern(args: argparse.Namespace) -> int:
    from scamlens.pattern_view import describe_pattern

    library = _library()
    try:
        pattern = library.pattern(args.id)
    except KeyError:
        fail(EXIT_USAGE, f"unknown pattern {args.id!r}; 'scamlens patterns' lists them")
    print(describe_pattern(pattern, library, args.lang))
    return 0


def _command_search(args: argparse.Namespace) -> int:
    from scamlens.store.library_db import LibraryDatabase

    database = LibraryDatabase.open(_library())
    results = database.search(args.query, limit=args.limit)
    if not results:
        print(
            {
                "zh-Hans": "没有找到相关的已记录案例。",
                "zh-Hant": "沒有找到相關的已記錄案例。",
                "en": "No documented case found.",
            }[args.lang]
        )
    for result in results:
        print(f"{result.pattern_id:30} {result.title(args.lang)}")
        print(f"    {result.snippet(args.lang)}")
    return 0


_NO_DISPLAY = {
    "zh-Hans": "找不到可用的显示器：窗口需要桌面环境。在服务器上请用 scamlens check 检查文字，或用 xvfb-run 运行。",
    "zh-Hant": "找不到可用的顯示器：窗口需要桌面環境。在伺服器上請用 scamlens check 檢查文字，或用 xvfb-run 運行。",
    "en": "No display found: the window needs a desktop session. On a server use 'scamlens check', or run under xvfb-run.",
}


def _has_display() -> bool:
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def _command_gui(args: argparse.Namespace) -> int:
    if not _has_display():
        if not getattr(args, "screenshot", None):
            # Qt would abort the process with a message about plugins; say what is wrong instead.
            fail(EXIT_LIBRARY, _NO_DISPLAY[args.lang or language_from_locale()])
        os.environ["QT_QPA_PLATFORM"] = "offscreen"  # a screenshot needs no screen
    try:
        from scamlens.ui.app import run_app
    except ImportError as error:
        fail(EXIT_LIBRARY, f"the desktop window cannot start: {error}")
    return run_app(args)


def build_parser() -> argparse.ArgumentParser:
    default_lang = language_from_locale()
    parser = _Parser(prog="scamlens", description="ScamLens (识骗镜): offline checks against documented scam patterns.")
    parser.add_argument("--version", action="version", version=f"scamlens {__version__}")
    commands = parser.add_subparsers(dest="command", parser_class=_Parser)

    def add(name: str, help_text: str) -> argparse.ArgumentParser:
        command = commands.add_parser(name, help=help_text, description=help_text)
        command.add_argument("--lang", choices=LANGUAGES, default=default_lang, help="language of the output")
        return command

    check = add("check", "check a text (a chat message, SMS, livestream pitch or contact)")
    check.add_argument("text", nargs="?", help="the text, or - to read it from standard input")
    check.add_argument(
        "--image",
        type=Path,
        metavar="FILE",
        help="a screenshot: recognise its text offline, then check it (needs scamlens[ocr])",
    )
    output = check.add_mutually_exclusive_group()
    output.add_argument("--json", action="store_true", help="print one JSON object")
    output.add_argument(
        "--jsonl", action="store_true", help='batch: JSON lines {"id", "text"} on stdin, one line out each'
    )
    check.set_defaults(run=_command_check)

    evaluation = add("eval", "measure recall and false alarms on labelled JSONL corpora")
    evaluation.add_argument("files", nargs="+", type=Path, metavar="FILE.jsonl")
    evaluation.add_argument(
        "--errors", type=int, default=0, metavar="N", help="list the first N misses and false alarms"
    )
    evaluation.add_argument("--save", type=Path, metavar="FILE", help="save the results as a baseline")
    evaluation.add_argument("--rules-only", action="store_true", help="leave out the wording model's second opinion")
    evaluation.add_argument("--compare", type=Path, metavar="FILE", help="compare with a saved baseline")
    evaluation.add_argument("--markdown", type=Path, metavar="FILE.md", help="write the per-pattern quality table")
    evaluation.set_defaults(run=_command_eval)

    add("patterns", "list the pattern library").set_defaults(run=_command_patterns)
    one = add("pattern", "show one pattern in full")
    one.add_argument("id")
    one.set_defaults(run=_command_pattern)

    search = add("search", "search the documented cases and patterns")
    search.add_argument("query")
    search.add_argument("--limit", type=int, default=5)
    search.set_defaults(run=_command_search)

    add_library_commands(commands, add)
    from scamlens.cli_contacts import add_contact_commands

    add_contact_commands(commands, add)
    from scamlens.cli_model import add_model_commands

    add_model_commands(commands, add)

    gui = add("gui", "open the desktop window")
    gui.add_argument("--text", help="text to check as soon as the window is ready")
    gui.add_argument("--contact", help="a number, id, shop name or link to check on the contact page")
    gui.add_argument("--merchant", action="store_true", help="start in merchant mode")
    gui.add_argument(
        "--screenshot", type=Path, metavar="FILE.png", help="save a screenshot once the result shows, then exit"
    )
    gui.add_argument("--tab", choices=("check", "contact", "library", "history"), help="open this page of the window")
    gui.add_argument(
        "--text-size", type=int, choices=range(100, 201, 10), metavar="PERCENT", help="text size, 100 to 200"
    )
    gui.add_argument("--high-contrast", action="store_true", help="use the high-contrast theme")
    gui.add_argument("--kiosk", action="store_true", help="community-centre mode: no history, cleared when idle")
    gui.add_argument("--self-test", action="store_true", help="check each pattern's first example in the window, exit")
    gui.add_argument("--timings", action="store_true", help="print time-to-window and time-to-ready")
    gui.set_defaults(run=_command_gui, lang=None)  # no --lang: the saved setting (or the locale) decides
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(sys.argv[1:] if argv is None else argv)
    if args.command is None:
        args = parser.parse_args(["gui"])
    try:
        return int(args.run(args))
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
