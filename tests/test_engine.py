"""Behaviour of a check as a user sees it: verdict, highlights, wording."""

import ast
from pathlib import Path

import pytest

from scamlens.engine import Checker, TextTooLong, render_text, verdict_to_dict
from scamlens.engine.match import MAX_TEXT_CHARS

BUYBACK = "家人们，这款南非钻石吊坠我们是中国区代理，带鉴定证书，三个月后平台高价回收，保值增值，限量20单赶紧拍！"


def test_buyback_pitch_is_high_risk_with_highlights(checker: Checker) -> None:
    verdict = checker.check(BUYBACK)
    assert verdict.risk == "high"
    match = verdict.matches[0]
    assert match.pattern.category == "livestream-buyback"
    words = {e.words for e in match.evidence}
    assert {"高价回收", "保值增值", "中国区代理", "鉴定证书"} <= words
    for start, end in verdict.highlight_ranges():
        assert BUYBACK[start:end]


def test_traditional_full_width_input_highlights_the_original_characters(checker: Checker) -> None:
    text = "主播說：這串珠子有國檢證書，一年後保證回購，保值增值！ＶＸ：ａｂｃ１２３４５"
    verdict = checker.check(text)
    assert verdict.warned
    words = {e.words for e in verdict.matches[0].evidence}
    assert "保證回購" in words and "國檢證書" in words
    wechat = [e for e in verdict.entities if e.kind == "wechat"]
    assert wechat and wechat[0].text == "ａｂｃ１２３４５"


def test_stage_says_where_the_user_is(checker: Checker) -> None:
    verdict = checker.check("直播間說三個月後高價回收，保值增值，現在又說賬號被舉報，回收暫停")
    assert verdict.matches[0].stage is not None
    assert verdict.matches[0].stage.id == "stall"


@pytest.mark.parametrize("lang", ["zh-Hans", "zh-Hant", "en"])
def test_no_match_never_says_safe(checker: Checker, library, lang: str) -> None:
    data = verdict_to_dict(checker.check("今天天气不错，下午三点开会。"), library, lang)
    assert data["risk"] == "none"
    assert data["risk_label"] in (
        "未发现已记录的骗局模式",
        "未發現已記錄的騙局模式",
        "No documented scam pattern found",
    )
    assert "安全" in data["note"] or "safe" in data["note"]
    assert "safe" not in data["risk_label"].lower() and "安全" not in data["risk_label"]


def test_anti_fraud_notice_lowers_the_score_and_says_why(checker: Checker) -> None:
    verdict = checker.check("反诈提醒：直播间承诺高价回收、保值增值的珠宝，多为骗局，切勿轻信。")
    assert not verdict.warned
    assert any(finding.cue.name == "anti_fraud_notice" for finding in verdict.benign)


def test_explained_match_carries_guidance_in_each_language(checker: Checker, library) -> None:
    verdict = checker.check(BUYBACK)
    for lang in ("zh-Hans", "zh-Hant", "en"):
        match = verdict_to_dict(verdict, library, lang)["matches"][0]
        assert match["why"] and match["advice"] and match["report_to"] and match["cases"]
        assert match["cases"][0]["date"]
    assert verdict_to_dict(verdict, library, "en")["matches"][0]["headline"].startswith(
        "Matches the documented pattern"
    )


def test_text_over_the_limit_is_refused(checker: Checker) -> None:
    with pytest.raises(TextTooLong):
        checker.check("好" * (MAX_TEXT_CHARS + 1))


def test_engine_and_store_never_import_qt() -> None:
    root = Path(__file__).resolve().parents[1] / "desktop" / "scamlens"
    offenders = []
    for folder in ("engine", "store"):
        for path in (root / folder).rglob("*.py"):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                names = [a.name for a in node.names] if isinstance(node, ast.Import) else []
                if isinstance(node, ast.ImportFrom) and node.module:
                    names = [node.module]
                if any(name.split(".")[0] in ("PySide6", "shiboken6") for name in names):
                    offenders.append(str(path.relative_to(root)))
    assert offenders == []


def test_warning_wording_caps_a_match_at_low(checker: Checker) -> None:
    """A police notice listing every trick of a scam resembles it but is not it."""
    notice = "警方提醒：凡是自称客服说快递丢失要双倍赔偿、让你下载会议软件、开屏幕共享、报验证码的，都是诈骗！"
    verdict = checker.check(notice)
    assert verdict.risk == "low" and not verdict.matches
    near = verdict.near_misses[0]
    assert near.pattern.category == "fake-customer-service"
    assert any(finding.cue.caps for finding in near.benign)
    assert near.stage is None  # a lowered warning is not "you are here"
    same_without_warning = checker.check(notice.replace("警方提醒：凡是", "").replace("的，都是诈骗！", "。"))
    assert same_without_warning.warned


@pytest.mark.parametrize(
    "scam",
    [
        # A police "reminder" that ends by asking for your savings.
        "民警提醒：您的银行卡已被诈骗团伙盯上，请立即配合我们把存款转入公安专用的安全账户，核查后原路返还。",
        # A courier "anti-fraud notice" that sends you to a private WeChat id for a triple payout.
        "【某通理赔中心】近期有不法分子冒充快递员行骗，请认准本中心。您的包裹丢失，可获三倍赔付，请添加理赔专员微信 lpzy-2231 办理。",
        # "We never charge before the loan" and then a set fee to unfreeze it.
        "温馨提示：放款前我们不收取任何费用。您的账户因信息填写错误已被冻结，需先缴纳2000元解冻金才能到账。",
    ],
)
def test_a_warnings_words_do_not_excuse_an_ask(checker: Checker, scam: str) -> None:
    """Scams borrow warnings' wording; a warning never asks you to pay, transfer or add an id."""
    verdict = checker.check(scam)
    assert verdict.warned, (verdict.risk, [m.pattern.id for m in verdict.near_misses])
    assert not verdict.benign  # no "lowered because it reads like a warning" is shown


def test_a_warning_that_quotes_the_ask_stays_a_warning(checker: Checker) -> None:
    notice = "警方提醒：凡是要求您把存款转入“安全账户”、缴纳“解冻金”或添加陌生微信的，都是诈骗，请不要转账。"
    verdict = checker.check(notice)
    assert not verdict.warned and verdict.benign


@pytest.mark.parametrize(
    ("link", "warned"),
    [("cmb-card.top", True), ("www.cmbchina.com", False), ("cmbchina.com.jfdh.vip", True), ("cmbchlna.com", True)],
)
def test_a_link_posing_as_the_brand_warns_where_the_brand_s_own_does_not(
    checker: Checker, link: str, warned: bool
) -> None:
    text = f"【招商银行】您的账单已出，详情请访问 {link} 查看。"
    verdict = checker.check(text)
    assert verdict.warned is warned
    if warned:
        assert verdict.matches[0].pattern.category == "phishing-link"
        assert link in {e.words for e in verdict.matches[0].evidence}


def test_an_opening_move_alone_resembles_and_names_its_stage(checker: Checker) -> None:
    verdict = checker.check("这是我的新号码，存一下，我是小王")
    assert not verdict.warned and verdict.risk == "low"
    opening = verdict.near_misses[0]
    assert opening.pattern.category == "impersonation-acquaintance"
    assert opening.stage is not None and opening.stage.id == "new_account"
    asked = checker.check("这是我的新号码，明天帮我转三千给客户，急用")
    assert asked.warned and asked.matches[0].pattern.category == "impersonation-acquaintance"


def test_a_victims_own_account_of_a_scam_still_warns(checker: Checker) -> None:
    """Warning wording caps a match, but a person describing what happened to them is warned."""
    verdict = checker.check("有个自称是警察的人打电话说我涉嫌洗钱，让我把钱转入安全账户，还说不要告诉家人")
    assert verdict.warned
    assert verdict.matches[0].pattern.category == "impersonation-authority"


def test_several_red_flags_only_resemble_and_give_way_to_a_specific_pattern(checker: Checker, library) -> None:
    tally = checker.check("您好，我是某某科技的工作人员，你的账号被冻结了，需要充值500元才能解除，请尽快处理。")
    assert [m.pattern.id for m in tally.matches] == ["several-red-flags"]
    for lang in ("zh-Hans", "zh-Hant", "en"):
        headline = verdict_to_dict(tally, library, lang)["matches"][0]["headline"]
        assert "符合已记录" not in headline and "符合已記錄的騙局模式：" not in headline
        assert "Matches the documented pattern" not in headline
    # The same red flags inside a documented scam: only the specific pattern is reported.
    specific = checker.check(
        "我是淘宝客服，您买的面膜甲醛超标，给您三倍赔偿，请加客服QQ并下载会议软件，把验证码发给我。"
    )
    ids = [m.pattern.id for m in specific.matches]
    assert "fake-customer-service" in ids and "several-red-flags" not in ids


def test_trigger_words_say_each_phrase_once(checker: Checker, library) -> None:
    # "白条" is evidence of its own and also part of "白条需要注销": it is said once.
    verdict = checker.check("我是京东客服，您的白条需要注销，请加我 16712345678")
    text = render_text(verdict, library, "zh-Hans")
    assert "触发的词句: 白条需要注销" in text.splitlines()
