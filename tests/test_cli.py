"""The scamlens command as a person or a script uses it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from scamlens.cli import main

ROOT = Path(__file__).resolve().parents[1]
BUYBACK = "家人们，这款南非钻石吊坠我们是中国区代理，带鉴定证书，三个月后平台高价回收，保值增值，限量20单赶紧拍！"


def run(*args: str, stdin: bytes = b"") -> subprocess.CompletedProcess[bytes]:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "desktop")}
    return subprocess.run(
        [sys.executable, "-m", "scamlens", *args], input=stdin, capture_output=True, env=env, timeout=60
    )


def test_check_prints_a_readable_result(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", "--lang", "zh-Hans", BUYBACK]) == 0
    out = capsys.readouterr().out
    assert "高风险" in out
    assert "【高价回收】" in out or "高价回收】" in out
    assert "为什么这是骗局" in out and "现在怎么做" in out and "去哪里举报" in out


def test_check_json_has_offsets_into_the_original(capsys: pytest.CaptureFixture[str]) -> None:
    text = "主播說這串珠子有國檢證書，一年後保證回購，還說保值增值"
    assert main(["check", "--json", "--lang", "zh-Hant", text]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["risk"] in ("high", "medium")
    assert data["categories"] == ["livestream-buyback"]
    for evidence in data["matches"][0]["evidence"]:
        assert text[evidence["start"] : evidence["end"]] == evidence["words"]


def test_check_reads_stdin() -> None:
    result = run("check", "--json", "-", stdin=BUYBACK.encode())
    assert result.returncode == 0
    assert json.loads(result.stdout)["risk"] == "high"


def test_batch_keeps_order_and_reports_bad_lines() -> None:
    lines = [
        json.dumps({"id": "a", "text": BUYBACK}, ensure_ascii=False),
        "not json",
        json.dumps({"id": "c", "text": "快递到了，放门口就行，谢谢"}, ensure_ascii=False),
        json.dumps({"id": "d", "text": "   "}),
    ]
    result = run("check", "--jsonl", stdin="\n".join(lines).encode())
    out = [json.loads(line) for line in result.stdout.decode().splitlines()]
    assert [row.get("id") for row in out] == ["a", None, "c", "d"]
    assert out[0]["risk"] == "high" and out[0]["categories"] == ["livestream-buyback"]
    assert "error" in out[1] and out[1]["line"] == 2
    assert out[2]["risk"] == "none" and out[2]["categories"] == []
    assert "error" in out[3]
    assert result.returncode == 1  # some lines could not be checked


@pytest.mark.parametrize(
    ("stdin", "message"),
    [
        (b"", "Nothing to check"),
        (b"   \n  ", "Nothing to check"),
        (b"x" * 10_000_000, "too long"),
        (b"\xff\xfe\xfa\xfb bad", "not UTF-8"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
    ],
)
def test_bad_input_gets_a_clear_message_not_a_traceback(stdin: bytes, message: str) -> None:
    result = run("check", "--lang", "en", "-", stdin=stdin)
    err = result.stderr.decode()
    assert result.returncode == 3
    assert message in err
    assert "Traceback" not in err


def test_bad_input_message_follows_the_language() -> None:
    result = run("check", "--lang", "zh-Hans", "-", stdin=b"")
    assert "没有可检查的内容" in result.stderr.decode()


@pytest.mark.parametrize(
    "args",
    [
        ["check"],
        ["frobnicate"],
        ["check", "--lang", "fr", "x"],
        ["pattern", "no-such-pattern"],
        ["eval", "missing.jsonl"],
    ],
)
def test_usage_errors_exit_2_with_one_line(args: list[str]) -> None:
    result = run(*args)
    assert result.returncode == 2
    assert len(result.stderr.decode().strip().splitlines()) == 1
    assert "Traceback" not in result.stderr.decode()


def test_patterns_and_pattern(capsys: pytest.CaptureFixture[str], library) -> None:
    assert main(["patterns", "--lang", "en"]) == 0
    listing = capsys.readouterr().out
    for pattern in library.patterns:
        assert pattern.id in listing
    assert main(["pattern", "livestream-buyback", "--lang", "en"]) == 0
    shown = capsys.readouterr().out
    assert "Documented cases it rests on" in shown and "2025-07-23" in shown


def test_eval_reports_recall_and_false_alarms(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    corpus = tmp_path / "mini.jsonl"
    rows = [
        {"id": "s1", "text": BUYBACK, "label": "scam", "scope": "core", "category": "buyback"},
        {"id": "s2", "text": "今天天气很好", "label": "scam", "scope": "core", "category": "buyback"},
        {
            "id": "b1",
            "text": "衣服质量很好，好评",
            "label": "benign",
            "scope": "benign",
            "category": "review",
            "hard_negative": True,
        },
        {"id": "x", "text": BUYBACK, "label": "scam", "scope": "out_of_task", "category": "skip"},
    ]
    corpus.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8")
    baseline = tmp_path / "base.json"
    assert main(["eval", str(corpus), "--errors", "5", "--save", str(baseline)]) == 0
    out = capsys.readouterr().out
    assert "recall            50.00 %" in out
    assert "false-alarm rate  0.00 %" in out
    assert "s2" in out  # listed as a miss
    assert "skip" not in out  # out_of_task rows are left out
    assert main(["eval", str(corpus), "--compare", str(baseline)]) == 0
    assert "no text changed its outcome" in capsys.readouterr().out


def test_eval_can_leave_out_the_wording_model(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    corpus = tmp_path / "wording.jsonl"
    only_the_wording_model_catches = "你好，我是你们公司新来的财务，老板让我加你，说有笔款子要你先垫一下。"
    row = {"id": "w1", "text": only_the_wording_model_catches, "label": "scam", "scope": "core"}
    corpus.write_text(json.dumps(row, ensure_ascii=False), encoding="utf-8")
    assert main(["eval", str(corpus)]) == 0
    out = capsys.readouterr().out
    assert "recall            100.00 %" in out
    assert "warned by the wording model, no rule: 1 in-scope scams" in out
    assert main(["eval", str(corpus), "--rules-only"]) == 0
    assert "recall            0.00 %" in capsys.readouterr().out


def test_search_finds_the_documented_case(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["search", "直播 高价回收 珠宝", "--lang", "zh-Hans"]) == 0
    assert "livestream-buyback" in capsys.readouterr().out


def test_window_without_a_display_says_so_plainly() -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env["PYTHONPATH"] = str(ROOT / "desktop")
    result = subprocess.run(
        [sys.executable, "-m", "scamlens", "gui", "--lang", "en"], capture_output=True, env=env, timeout=60
    )
    assert result.returncode == 4
    assert "No display found" in result.stderr.decode()
    assert "Traceback" not in result.stderr.decode()


def test_contacts_in_a_checked_text_are_assessed(capsys: pytest.CaptureFixture[str]) -> None:
    text = "我是淘宝客服，您的订单异常需要退款，请打+63 912 345 6789，退款链接 http://www.taobao.com.refund-center.cn/login"
    assert main(["check", "--json", "--lang", "en", text]) == 0
    contacts = {c["kind"]: c for c in json.loads(capsys.readouterr().out)["contacts"]}
    assert contacts["phone"]["assessment"]["severity"] == "high"  # overseas number posing as domestic service
    assert contacts["url"]["assessment"]["severity"] == "high"  # the brand in front of another domain
    assert main(["check", "--lang", "en", text]) == 0
    assert "refund-center.cn" in capsys.readouterr().out
