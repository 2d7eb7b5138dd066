"""`scamlens contact` and `scamlens blocklist`: contact checks and the user's blocklists."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path

from scamlens.cli_exit import EXIT_BAD_INPUT, EXIT_USAGE, fail
from scamlens.engine.taxonomy import LANGUAGES

_SAID = {
    "added": {"zh-Hans": "已加入个人名单：{value}", "zh-Hant": "已加入個人名單：{value}", "en": "Added to your personal list: {value}"},
    "updated": {"zh-Hans": "已在个人名单中，备注已更新：{value}", "zh-Hant": "已在個人名單中，備註已更新：{value}", "en": "Already on your personal list; note updated: {value}"},
    "removed": {"zh-Hans": "已从个人名单移除：{value}", "zh-Hant": "已從個人名單移除：{value}", "en": "Removed from your personal list: {value}"},
    "not_found": {"zh-Hans": "个人名单里没有：{value}", "zh-Hant": "個人名單裡沒有：{value}", "en": "Not on your personal list: {value}"},
    "imported": {"zh-Hans": "已导入名单“{name}”：{count} 条（重复 {duplicates} 条，跳过坏行 {skipped} 行）", "zh-Hant": "已導入名單「{name}」：{count} 條（重複 {duplicates} 條，跳過壞行 {skipped} 行）", "en": 'Imported list "{name}": {count} entries ({duplicates} duplicates, {skipped} bad rows skipped)'},
    "exported": {"zh-Hans": "已导出 {count} 条到 {path}", "zh-Hant": "已導出 {count} 條到 {path}", "en": "Exported {count} entries to {path}"},
    "list_removed": {"zh-Hans": "已删除名单“{name}”（{count} 条）", "zh-Hant": "已刪除名單「{name}」（{count} 條）", "en": 'Removed list "{name}" ({count} entries)'},
    "no_lists": {"zh-Hans": "还没有任何名单。", "zh-Hant": "還沒有任何名單。", "en": "No lists yet."},
}  # fmt: skip


def _blocklist():
    from scamlens.store.blocklist import Blocklist

    return Blocklist.open()


def _command_contact(args: argparse.Namespace) -> int:
    from scamlens.engine.contacts import assess_contact
    from scamlens.engine.contacts.render import assessment_lines

    value = args.value.strip()
    if not value:
        fail(
            EXIT_USAGE,
            {
                "zh-Hans": "请给出要检查的号码、账号或链接。",
                "zh-Hant": "請給出要檢查的號碼、賬號或鏈接。",
                "en": "Give a number, id or link to check.",
            }[args.lang],
        )
    blocklist = None if args.no_blocklist else _blocklist()
    assessment = assess_contact(value, args.context, kind=args.kind, blocklist=blocklist)
    if args.json:
        sys.stdout.write(json.dumps(assessment.to_dict(args.lang), ensure_ascii=False) + "\n")
        return 0
    print("\n".join(assessment_lines(assessment, args.lang)))
    return 0


def _say(key: str, lang: str, **values: object) -> None:
    print(_SAID[key][lang].format(**values))


def _command_blocklist(args: argparse.Namespace) -> int:
    from scamlens.store.blocklist import BlocklistError

    lang = args.lang
    try:
        blocklist = _blocklist()
        if args.action == "add":
            added = blocklist.add(args.value, args.kind, args.note)
            _say("added" if added else "updated", lang, value=args.value)
        elif args.action == "remove":
            _say("removed" if blocklist.remove(args.value, args.kind) else "not_found", lang, value=args.value)
        elif args.action == "list":
            for entry in blocklist.entries(args.list, limit=args.limit):
                note = f"  {entry.note}" if entry.note else ""
                print(f"{entry.kind:7} {entry.value}  [{entry.added_at}]{note}")
        elif args.action == "lists":
            lists = blocklist.lists()
            if not lists:
                _say("no_lists", lang)
            for info in lists:
                print(f"{info.name:20} {info.entries:>10}  {info.source}  {info.imported_at}")
        elif args.action == "import":
            if not args.file.is_file():
                raise BlocklistError("cannot_read", path=str(args.file), error="not found")
            report = blocklist.import_csv(args.file, args.name, replace=args.replace, skip_bad=args.skip_bad)
            _say(
                "imported",
                lang,
                name=report.list_name,
                count=report.imported,
                duplicates=report.duplicates,
                skipped=len(report.skipped),
            )
            for problem in report.skipped[:20]:
                print(f"  {problem.message(lang)}")
        elif args.action == "export":
            count = blocklist.export_csv(args.file, args.list)
            _say("exported", lang, count=count, path=args.file)
        elif args.action == "remove-list":
            count = blocklist.remove_list(args.name)
            _say("list_removed", lang, name=args.name, count=count)
        else:
            fail(EXIT_USAGE, "blocklist needs an action: add, remove, list, lists, import, export, remove-list")
    except BlocklistError as error:
        fail(
            EXIT_BAD_INPUT
            if error.code not in ("unknown_kind", "list_exists", "no_such_list", "reserved")
            else EXIT_USAGE,
            error.message(lang),
        )
    except OSError as error:
        fail(EXIT_BAD_INPUT, str(error))
    return 0


def add_contact_commands(
    commands: argparse._SubParsersAction, add: Callable[[str, str], argparse.ArgumentParser]
) -> None:
    """Register `contact` and `blocklist` on the main parser (called by cli.build_parser)."""
    from scamlens.engine.contacts import KINDS

    contact = add("contact", "check a phone number, WeChat / QQ id, link or shop name, offline")
    contact.add_argument("value", help="the number, id, link or shop name")
    contact.add_argument("--kind", choices=KINDS, help="what VALUE is (guessed when left out)")
    contact.add_argument("--context", metavar="TEXT", help="the message it came in, for context cues")
    contact.add_argument("--json", action="store_true", help="print one JSON object")
    contact.add_argument("--no-blocklist", action="store_true", help="do not compare with your blocklists")
    contact.set_defaults(run=_command_contact)

    block = add("blocklist", "your blocklists: personal entries and imported community lists")
    block.set_defaults(run=_command_blocklist, action=None)
    actions = block.add_subparsers(dest="action", parser_class=type(block))
    lang = {"choices": LANGUAGES, "default": argparse.SUPPRESS, "help": "language of the output"}

    def action(name: str, help_text: str) -> argparse.ArgumentParser:
        sub = actions.add_parser(name, help=help_text, description=help_text)
        sub.add_argument("--lang", **lang)
        return sub

    added = action("add", "add an entry to your personal list")
    added.add_argument("value")
    added.add_argument("--kind", required=True, choices=KINDS)
    added.add_argument("--note", default="")
    removed = action("remove", "remove an entry from your personal list")
    removed.add_argument("value")
    removed.add_argument("--kind", required=True, choices=KINDS)
    listed = action("list", "show the entries of one list (your personal list by default)")
    listed.add_argument("--list", default="personal", metavar="NAME")
    listed.add_argument("--limit", type=int, default=200)
    action("lists", "show all lists with their provenance")
    imported = action("import", "import a CSV list (columns value, kind[, note]); all or nothing")
    imported.add_argument("file", type=Path, metavar="FILE.csv")
    imported.add_argument("--name", required=True, help="name of the list, e.g. the community centre")
    imported.add_argument("--replace", action="store_true", help="replace a list of the same name")
    imported.add_argument("--skip-bad", action="store_true", help="import the good rows, report the bad ones")
    exported = action("export", "export one list or all lists as CSV (UTF-8 with BOM)")
    exported.add_argument("file", type=Path, metavar="FILE.csv")
    exported.add_argument("--list", metavar="NAME", help="only this list")
    remove_list = action("remove-list", "remove a whole imported list")
    remove_list.add_argument("name")
