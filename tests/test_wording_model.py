"""The wording model: a second opinion for scams in wording no rule has seen."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from scamlens.engine import Checker, Library, LibraryError, load_library, verdict_to_dict
from scamlens.engine.verdict import WORDING_SIGNAL
from scamlens.engine.wording_model import feature_set
from scamlens.paths import resources_dir
from scamlens.wording_training import SEED, digest, fit, fit_averaged, model_path, texts_folder, training_texts

ROOT = Path(__file__).resolve().parents[1]
RETRAIN = "scamlens model train tests/data/blind_scams_[1-5].jsonl tests/data/blind_benign_[1-5].jsonl"

# Written for this test, in wording no pattern's rule covers: a "new colleague" asking for
# an advance on the boss's behalf, and an "unusual login" notice pushing a security app.
SCAMS_ONLY_THE_WORDING_MODEL_CATCHES = [
    "你好，我是你们公司新来的财务，老板让我加你，说有笔款子要你先垫一下。",
    "您好，我们注意到您的账户有异常登录，为保障资金安全请下载我们提供的安全助手并按提示操作。",
]


def _used_files(library: Library) -> list[Path]:
    assert library.wording is not None
    names = library.wording.trained_on["files"]
    assert isinstance(names, list)
    folder = texts_folder(resources_dir())
    return [folder / name if (folder / name).exists() else ROOT / "tests" / "data" / name for name in names]


def test_shipped_model_was_trained_on_the_current_texts(library: Library) -> None:
    """Edit an example or a training text and this fails until the model is retrained."""
    assert library.wording is not None, "resources/classifier/model.json is missing"
    texts = training_texts(library, _used_files(library))
    assert library.wording.trained_on["sha256"] == digest(texts), f"the model is older than its texts: run {RETRAIN}"


def test_unseen_sets_are_never_trained_on(library: Library) -> None:
    assert library.wording is not None
    assert not [name for name in library.wording.trained_on["files"] if "unseen" in str(name)]


def test_training_gives_the_same_model_every_time() -> None:
    features = [["骗子", "转账"], ["你好", "快递"], ["垫付", "返利", "转账"], ["好评", "快递"]]
    labels = [True, False, True, False]
    assert fit(features, labels, epochs=3) == fit(features, labels, epochs=3)
    assert fit_averaged(features, labels, fits=3) == fit_averaged(features, labels, fits=3)


def test_averaged_weights_are_the_mean_of_fits_in_different_orders() -> None:
    features = [["骗子", "转账"], ["你好", "快递"], ["垫付", "返利", "转账"], ["好评", "快递"]]
    labels = [True, False, True, False]
    first, second = fit(features, labels, seed=SEED), fit(features, labels, seed=SEED + 1)
    weights, bias = fit_averaged(features, labels, fits=2)
    assert weights["转账"] == pytest.approx((first[0]["转账"] + second[0]["转账"]) / 2)
    assert bias == pytest.approx((first[1] + second[1]) / 2)


@pytest.mark.parametrize("text", SCAMS_ONLY_THE_WORDING_MODEL_CATCHES)
def test_wording_model_warns_where_no_rule_does(library: Library, checker: Checker, text: str) -> None:
    assert not Checker(library, second_opinion=False).check(text).warned  # the rules alone miss it
    verdict = checker.check(text)
    assert verdict.risk == "medium"  # never high on wording alone
    match = verdict.matches[0]
    assert match.wording is not None and match.wording >= library.wording.threshold
    wording = [e for e in match.evidence if e.signal == WORDING_SIGNAL]
    assert wording and all(text[e.start : e.end] == e.words for e in wording)
    assert all(len(e.words) >= 3 for e in wording)  # phrases a reader can quote, not "你好"
    for lang, resembles in (("zh-Hans", "很像"), ("en", "resembles")):
        shown = verdict_to_dict(verdict, library, lang)["matches"][0]
        assert resembles in shown["headline"] and "符合已记录的骗局模式：" not in shown["headline"]
        assert f"{int(match.wording * 100)}%" in shown["basis"]  # says how it was judged, and how sure


def test_ordinary_wording_turns_a_rule_warning_into_a_resemblance(library: Library, checker: Checker) -> None:
    """A colleague collecting money for a team dinner trips the off-platform-payment rule;
    its wording reads like ordinary chat, so it is shown as a resemblance, not a warning."""
    text = "各位同事，下周五部门聚餐每人150，AA制，直接微信转我就行，谢谢大家😄"
    assert Checker(library, second_opinion=False).check(text).warned
    verdict = checker.check(text)
    assert verdict.risk == "low" and not verdict.matches
    near = verdict.near_misses[0]
    assert near.wording is not None and near.wording < library.wording.ordinary_below
    headline = verdict_to_dict(verdict, library, "en")["resembles"][0]["headline"]
    assert "reads like an ordinary one" in headline


def test_warnings_and_news_that_quote_scams_stay_calm(checker: Checker) -> None:
    notice = "【反诈中心提醒】凡是自称客服让您下载软件做任务、先垫付再返佣金的都是诈骗，请勿添加对方微信，更不要转账。"
    assert not checker.check(notice).matches


def _copy_of_resources(tmp_path: Path) -> Path:
    copy = tmp_path / "resources"
    shutil.copytree(resources_dir(), copy, ignore=shutil.ignore_patterns("fonts", "i18n", "icons", "*.png"))
    return copy


def test_a_links_letters_do_not_sway_the_wording_but_its_ending_does(library: Library) -> None:
    """A video link's random id is noise; a cheap domain ending (.top) is not."""
    model = library.wording
    assert model is not None

    def probability(text: str) -> float:
        return model.probability_of_features(feature_set(text, model.sizes))

    said = "这个纪录片不错，你看看 {} 挺有意思"
    assert probability(said.format("https://www.bilibili.com/video/bv1xx411c7md")) == probability(
        said.format("https://www.bilibili.com/video/bv9qq222z0ab")
    )
    assert probability(said.format("pay-fee.top/a")) != probability(said.format("pay-fee.com/a"))


def test_library_without_a_model_checks_with_its_rules(tmp_path: Path) -> None:
    copy = _copy_of_resources(tmp_path)
    model_path(copy).unlink()
    library = load_library(copy)
    assert library.wording is None
    assert Checker(library).check("你操作失误导致卡单了，需要再充值5000元才能解冻提现。").warned


def test_a_damaged_model_file_is_named_in_the_error(tmp_path: Path) -> None:
    copy = _copy_of_resources(tmp_path)
    model_path(copy).write_text('{"format": 1, "weights": [', encoding="utf-8")
    with pytest.raises(LibraryError) as raised:
        load_library(copy)
    assert any("model.json" in problem for problem in raised.value.problems)


def _scamlens(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "scamlens", *args], capture_output=True, text=True, cwd=ROOT, timeout=300
    )


def test_model_train_writes_a_model_the_library_loads(tmp_path: Path) -> None:
    copy = _copy_of_resources(tmp_path)
    for path in texts_folder(copy).glob("*.jsonl"):  # a small training set keeps the test quick
        path.unlink()
    small = texts_folder(copy) / "small.jsonl"
    rows = [
        {"text": "先垫付三百元，完成三单返还本金和佣金", "label": "scam"},
        {"text": "您的快递已放驿站", "label": "benign"},
    ]
    small.write_text("\n".join(json.dumps(row, ensure_ascii=False) for row in rows), encoding="utf-8")
    model_path(copy).unlink()
    done = _scamlens("model", "train", "--resources", str(copy), "--threshold", "0.9")
    assert done.returncode == 0, done.stderr
    library = load_library(copy)
    assert library.wording is not None and library.wording.threshold == 0.9
    assert library.wording.trained_on["files"] == ["small.jsonl"]
    assert library.wording.trained_on["sha256"] == digest(training_texts(library, [small]))


def test_model_train_refuses_a_bad_text_file_in_one_line(tmp_path: Path) -> None:
    bad = tmp_path / "more.jsonl"
    bad.write_text('{"text": "你好", "label": "maybe"}\n', encoding="utf-8")
    copy = _copy_of_resources(tmp_path)
    before = model_path(copy).read_bytes()
    done = _scamlens("model", "train", "--resources", str(copy), str(bad))
    assert done.returncode == 3
    assert done.stderr.count("\n") == 1 and "more.jsonl:1" in done.stderr and "Traceback" not in done.stderr
    assert model_path(copy).read_bytes() == before  # nothing written


def test_grams_never_cross_punctuation_and_fold_digits_and_case() -> None:
    text = "加V：ab12，返现!"
    grams = feature_set(text, (2, 3))
    assert {"加v", "ab0", "b00", "返现"} <= grams
    assert not any(mark in gram for gram in grams for mark in "：，!")


@pytest.mark.parametrize(
    "option", [["--threshold", "1.5"], ["--threshold", "0.2"], ["--ordinary-below", "0.7"], ["--cross-validate", "1"]]
)
def test_model_train_refuses_settings_that_would_break_the_library(tmp_path: Path, option: list[str]) -> None:
    copy = _copy_of_resources(tmp_path)
    before = model_path(copy).read_bytes()
    done = _scamlens("model", "train", "--resources", str(copy), *option)
    assert done.returncode == 2 and option[0] in done.stderr and "Traceback" not in done.stderr
    assert model_path(copy).read_bytes() == before
