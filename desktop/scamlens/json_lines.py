"""Read JSON Lines files of labelled texts (the eval corpus, the wording model's texts)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any


def read_text_records(path: Path, error: type[ValueError]) -> list[tuple[int, dict[str, Any]]]:
    """(line number, object) for each non-blank line, every object with a non-empty "text";
    otherwise `error` naming the file and line, in one sentence."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as reason:
        raise error(f"{path}: cannot be read: {reason}") from None
    records = []
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as reason:
            raise error(f"{path}:{number}: not valid JSON: {reason.msg}") from None
        if not isinstance(record, dict) or not isinstance(record.get("text"), str) or not record["text"].strip():
            raise error(f"{path}:{number}: each line needs a non-empty 'text'")
        records.append((number, record))
    return records
