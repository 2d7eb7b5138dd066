"""Contact checks: phone numbers, links, ids and shop names, with real-format examples."""

from __future__ import annotations

import json

import pytest

from scamlens.cli import main
from scamlens.engine.contacts import assess_contact, guess_kind, registrable_domain, tables
from scamlens.engine.contacts.keys import split_url, url_key
from scamlens.engine.contacts.lookalike import edit_distance, is_typo_of
from scamlens.engine.contacts.reasons import LANGS, REASONS
from scamlens.engine.extract import extract_entities
from scamlens.engine.normalise import normalise


def codes(assessment) -> set[str]:
    return {finding.code for finding in assessment.findings}


# -- phone numbers --------------------------------------------------------------------------


@pytest.mark.parametrize("number", ["13812345678", "+86 138 1234 5678", "0086-138-1234-5678", "021-53395288"])
def test_valid_mainland_numbers_are_not_flagged(number):
    assessment = assess_contact(number, kind="phone")
    assert assessment.facts["valid"] is True
    assert assessment.facts["region"] == "CN"
    assert not assessment.flagged, codes(assessment)


@pytest.mark.parametrize("number", ["1381234567", "138123456789", "19"])
def test_invalid_numbers(number):
    assert "phone.invalid" in codes(assess_contact(number, kind="phone"))


def test_overseas_number_claiming_domestic_service_is_high():
    assessment = assess_contact("+63 912 345 6789", "您好，我是淘宝客服，您的订单异常需要退款")
    assert assessment.kind == "phone"
    assert assessment.facts["region"] == "PH"
    assert "phone.overseas_claims_domestic" in codes(assessment)
    assert assessment.severity == "high"
    assert "菲律宾" in assessment.findings[0].reason("zh-Hans")
    assert "菲律賓" in assessment.findings[0].reason("zh-Hant")


def test_overseas_number_without_claim_is_only_noted():
    assessment = assess_contact("00852 5123 4567")
    assert "phone.overseas" in codes(assessment)
    assert assessment.severity == "low"


def test_an_invalid_overseas_number_still_counts_as_overseas():
    # From a police case report: "+85320923402" claimed to be a Beijing police officer.
    assessment = assess_contact("+85320923402", "对方自称北京市公安局民警")
    assert {"phone.invalid", "phone.overseas_claims_domestic"} <= codes(assessment)
    assert "澳門" in assessment.findings[0].reason("zh-Hant")


def test_police_claim_in_traditional_chinese_counts():
    assert "phone.overseas_claims_domestic" in codes(assess_contact("+639123456789", "我是北京市公安局民警"))


@pytest.mark.parametrize("number", ["17012345678", "17112345678", "16212345678", "16512345678", "16712345678"])
def test_virtual_operator_segments(number):
    assessment = assess_contact(number)
    assert "phone.virtual" in codes(assessment)
    assert assessment.severity == "medium"
    assert all(f.sources for f in assessment.findings if f.code == "phone.virtual")


@pytest.mark.parametrize("number", ["95588", "96110", "110", "95188", "+8695588", "4008822528"])
def test_official_numbers_are_recognised_with_the_spoofing_caveat(number):
    assessment = assess_contact(number, kind="phone")
    official = [f for f in assessment.findings if f.code.startswith("phone.official")]
    assert official and official[0].sources
    assert not assessment.flagged
    assert "伪造" in official[0].reason("zh-Hans") and "faked" in official[0].reason("en")


def test_167_is_a_china_unicom_virtual_segment():
    assessment = assess_contact("+86 167 1234 5678", kind="phone")
    virtual = [f for f in assessment.findings if f.code == "phone.virtual"]
    assert virtual and virtual[0].values["prefix"] == "167"
    assert virtual[0].values["host"]["en"] == "China Unicom"
    assert "virtual operators" in virtual[0].reason("en")


PLATFORM_NUMBERS = [
    ("9510211", "Taobao customer service"), ("950618", "JD.com customer service"),
    ("95118", "JD Finance customer service"), ("950616", "JD Logistics customer service"),
    ("95338", "SF Express customer service"), ("95152", "Douyin customer service"),
    ("95766", "Douyin Pay customer service"), ("951966", "Cainiao customer service"),
    ("400-178-7878", "Cainiao Guoguo customer service"), ("9510222", "Xianyu customer service"),
    ("95017", "WeChat Pay customer service"), ("95188", "Alipay customer service"),
]  # fmt: skip


@pytest.mark.parametrize(("number", "name"), PLATFORM_NUMBERS)
def test_platform_service_numbers_are_recognised_by_name(number, name):
    assessment = assess_contact(number, kind="phone")
    assert codes(assessment) == {"phone.official"}
    assert assessment.facts["official_name"]["en"] == name
    finding = assessment.findings[0]
    assert finding.sources and not assessment.flagged
    assert "dial the official number yourself" in finding.reason("en") and "自己拨打" in finding.reason("zh-Hans")


# 951963 is the number a vCards issue reports as wrong for Cainiao. 9510212 is deliberately not used:
# a vCards commenter calls it Taobao's outbound line, so it is not a safe "fake" example.
@pytest.mark.parametrize("number", ["95339", "950619", "9510213", "951963", "95153", "4001787879"])
def test_near_misses_of_official_numbers_are_not_recognised(number):
    assessment = assess_contact(number, kind="phone")
    assert not assessment.facts.get("official")
    assert not {"phone.official", "phone.official_sms"} & codes(assessment)


def test_12381_only_sends_texts():
    assessment = assess_contact("12381", kind="phone")
    assert codes(assessment) == {"phone.official_sms"}


@pytest.mark.parametrize(
    ("number", "severity"),
    [("00095588", "high"), ("40095588", "high"), ("+85220923110", "high"), ("02195588", "medium")],
)
def test_numbers_dressed_up_as_official(number, severity):
    assessment = assess_contact(number, kind="phone")
    disguise = [f for f in assessment.findings if f.code == "phone.disguised_official"]
    assert disguise and disguise[0].severity == severity


def test_a_mobile_ending_in_an_official_number_is_not_a_disguise():
    assert "phone.disguised_official" not in codes(assess_contact("13812395588"))


# -- links -------------------------------------------------------------------------------------

OFFICIAL = [
    "taobao.com", "https://item.taobao.com/item.htm?id=1", "m.tb.cn/h.abc", "https://www.tmall.com", "detail.tmall.hk",
    "https://item.jd.com/100.html", "jd.com", "https://mobile.yangkeduo.com/goods.html", "pinduoduo.com",
    "https://www.douyin.com/video/1", "v.douyin.com/abc", "www.kuaishou.com", "https://www.goofish.com/item",
    "https://www.alipay.com", "https://weixin.qq.com", "wechat.com", "https://www.sf-express.com/chn/sc",
    "https://www.cainiao.com", "https://www.icbc.com.cn", "www.ccb.com", "https://www.10086.cn/jf", "kyfw.12306.cn",
    "https://www.chsi.com.cn", "etax.chinatax.gov.cn", "www.cmbchina.com", "https://www.cht.com.tw", "icloud.com",
    "www.icbc-ltd.com",
]  # fmt: skip


@pytest.mark.parametrize("url", OFFICIAL)
def test_genuine_official_domains_are_not_flagged(url):
    assessment = assess_contact(url, kind="url")
    assert "link.official" in codes(assessment)
    assert assessment.severity == "info", codes(assessment)


LOOKALIKES = [
    ("ta0bao.com", "link.typosquat"), ("taob4o.com", "link.typosquat"), ("toabao.com", "link.typosquat"),
    ("taobaoo.cn", "link.typosquat"), ("a1ipay.com", "link.typosquat"), ("alipay-secure.com", "link.brand_other_domain"),
    ("taobao.top", "link.brand_other_domain"), ("jd-kefu.com", "link.brand_other_domain"), ("jd.com.cn", "link.brand_other_domain"),
    ("pinduoduo-refund.cn", "link.brand_other_domain"), ("yangkedou.com", "link.typosquat"), ("douyim.com", "link.typosquat"),
    ("kuaishuo.com", "link.typosquat"), ("xianyu-pay.com", "link.brand_other_domain"), ("goofsh.com", "link.typosquat"),
    ("weixln.com", "link.typosquat"), ("wechat-pay.net", "link.brand_other_domain"), ("sf-expres.com", "link.typosquat"),
    ("cainiao-kd.com", "link.brand_other_domain"), ("icbc-vip.com", "link.brand_other_domain"),
    ("https://www.taobao.com.refund-center.cn/login", "link.brand_in_subdomain"),
    ("http://jd.verify-account.top/", "link.brand_in_subdomain"),
    ("http://evil.cn/taobao.com/login", "link.brand_in_path"), ("https://pay-help.cn/alipay/refund", "link.brand_in_path"),
    ("https://www.taobao.com@evil.cn/x", "link.userinfo"),
    ("http://xn--tobao-4ve.com", "link.homoglyph"), ("tаobao.com", "link.homoglyph"), ("http://淘宝.com", "link.brand_other_domain"),
    ("cmb-jfdh.top", "link.brand_other_domain"), ("w.10o86-jf.com", "link.typosquat"),
    ("cht-pay.tw-bill.com", "link.brand_in_subdomain"), ("appleid-cn-secure.com", "link.brand_other_domain"),
    ("xn--e1afmkfd.com", "link.punycode"), ("xn--80ak6aa92e.com", "link.homoglyph"),
    ("http://47.96.12.3/pay", "link.ip_host"), ("t.cn/A6abcd", "link.shortener"), ("https://bit.ly/3xyz", "link.shortener"),
    ("https://dl.kefu-app.cn/refund.apk", "link.apk"), ("https://zoom.us/download", "link.meeting_app"),
    ("https://down.example.cn/todesk_setup.exe", "link.meeting_app"),
]  # fmt: skip


@pytest.mark.parametrize(("url", "code"), LOOKALIKES)
def test_lookalikes_and_risky_links_are_flagged(url, code):
    assessment = assess_contact(url, kind="url")
    assert code in codes(assessment), codes(assessment)
    assert assessment.flagged


@pytest.mark.parametrize(
    "url",
    [
        "small.com",
        "douyu.com",
        "webchat.com",
        "github.com",
        "example.cn/about",
        "www.gov.cn",
        "alipan.com",
        "www.cmschina.com",
        "ccb-life.com.cn",
        "www.appleinsider.com",
    ],
)
def test_ordinary_sites_are_left_alone(url):
    assessment = assess_contact(url, kind="url")
    assert not assessment.flagged, codes(assessment)


def test_registrable_domain_uses_the_bundled_public_suffix_list():
    assert registrable_domain("a.b.icbc.com.cn") == "icbc.com.cn"
    assert registrable_domain("shop.example.co.uk") == "example.co.uk"
    assert registrable_domain("com.cn") is None


def test_typo_rules():
    assert edit_distance("taobao", "toabao") == 1
    assert is_typo_of("tmal1", "tmall") and not is_typo_of("small", "tmall")
    assert not is_typo_of("jq", "jd")


# -- ids and shop names ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "context", ["亲，加微信 wxid_abc123 私下交易更便宜", "加v：abc123456 不走平台", "加我QQ 12345678"]
)
def test_off_platform_requests_are_flagged(context):
    assessment = assess_contact("abc123456", context, kind="wechat")
    assert "account.off_platform" in codes(assessment)
    assert assessment.flagged


def test_ids_without_context_are_not_flagged():
    assert not assess_contact("abc123456", kind="wechat").flagged
    assert "account.format" in codes(assess_contact("0123", kind="qq"))


def test_guess_kind():
    assert guess_kind("13812345678") == "phone"
    assert guess_kind("+63 912 345 6789") == "phone"
    assert guess_kind("https://x.cn") == "url"
    assert guess_kind("taobao.com") == "url"
    assert guess_kind("wxid_abc123") == "wechat"
    assert guess_kind("华为官方旗舰店") == "shop"


@pytest.mark.parametrize("number", ["9510211", "9510222", "950618", "95338", "96110", "12381", "95105888"])
def test_guess_kind_reads_service_numbers_as_phones(number):
    assert guess_kind(number) == "phone"


@pytest.mark.parametrize("number", ["12345678", "853467923", "9510211888"])
def test_guess_kind_keeps_qq_ids(number):
    assert guess_kind(number) == "qq"


def test_cli_contact_reads_a_7_digit_service_number_as_a_phone(capsys):
    assert main(["contact", "9510211", "--json", "--lang", "en", "--no-blocklist"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["kind"] == "phone"
    assert data["findings"][0]["code"] == "phone.official"


def test_an_unlisted_8_digit_95_number_is_a_short_service_number_not_invalid():
    assessment = assess_contact("95105888", kind="phone")
    assert assessment.facts["valid"] is True and assessment.facts["type"] == "short service number"
    assert not assessment.facts.get("official") and not assessment.flagged


def test_entities_from_extract_can_be_assessed():
    text = "我是淘宝客服，请加微信 kefu8899 或点 http://taobao-refund.cn 办理退款"
    entities = extract_entities(normalise(text))
    kinds = {e.kind: assess_contact(e, text) for e in entities if e.kind in ("wechat", "url")}
    assert kinds["url"].severity == "high"
    assert "account.off_platform" in codes(kinds["wechat"])


def test_a_service_number_in_a_message_is_assessed_as_the_published_number(checker, library):
    from scamlens.engine.contacts import assess_entities
    from scamlens.engine.explain import verdict_to_dict

    text = "我是京东客服，请拨打 950618 核实"
    verdict = checker.check(text)
    assert [(e.kind, e.value, e.start, e.end) for e in verdict.contacts] == [("phone", "950618", 11, 17)]
    contacts = assess_entities(list(verdict.contacts), text)
    data = verdict_to_dict(verdict, library, "zh-Hans", contacts)
    finding = data["contacts"][0]["assessment"]["findings"][0]
    assert finding["code"] == "phone.official"
    assert "京东客服" in finding["reason"] and "请挂断后，自己拨打官方号码核实" in finding["reason"]


def test_cli_check_lists_a_service_number_with_the_dial_back_advice(capsys):
    assert main(["check", "--lang", "zh-Hans", "我是京东客服，请拨打 950618 核实"]) == 0
    out = capsys.readouterr().out
    assert "950618" in out
    assert "这是公布的京东客服号码。但来电显示可以伪造：请挂断后，自己拨打官方号码核实。" in out


# -- data and wording --------------------------------------------------------------------------


def test_every_reason_has_three_languages_with_the_same_placeholders():
    import string

    for code, texts in REASONS.items():
        assert set(texts) == set(LANGS), code
        fields = [{name for _, name, _, _ in string.Formatter().parse(texts[lang]) if name} for lang in LANGS]
        assert fields[0] == fields[1] == fields[2], code


def test_every_table_entry_cites_a_public_source():
    table = tables()
    assert all(entry.sources for entry in table.virtual_prefixes)
    assert all(entry.sources for entry in table.official_numbers.values())
    assert all(brand.sources and brand.domains for brand in table.brands)
    for source in [s for e in table.official_numbers.values() for s in e.sources]:
        assert source.startswith(("http://", "https://"))


def test_to_dict_is_json_ready():
    data = assess_contact("ta0bao.com").to_dict("en")
    json.dumps(data, ensure_ascii=False)
    assert data["severity"] == "high" and data["findings"][0]["reason"]


# -- command line ------------------------------------------------------------------------------


def test_cli_contact_json(capsys):
    assert main(["contact", "ta0bao.com", "--json", "--lang", "en", "--no-blocklist"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["kind"] == "url" and data["severity"] == "high"


def test_cli_contact_text(capsys):
    assert main(["contact", "+639123456789", "--context", "我是京东客服", "--lang", "zh-Hans"]) == 0
    out = capsys.readouterr().out
    assert "高风险" in out and "境外" in out


def test_cli_usage_error_is_one_line_exit_2(capsys):
    with pytest.raises(SystemExit) as stop:
        main(["contact", "x", "--kind", "fax"])
    assert stop.value.code == 2
    assert len(capsys.readouterr().err.strip().splitlines()) == 1


@pytest.mark.parametrize(
    "value",
    [
        "https://pay-1.example.cn/refund",
        "http://WWW.Taobao.com/",
        "www.jd.com/item/1.html?x=1#top",
        "HTTPS://X.Y/Path/",
        "https://u:p@host.com/x",
        "https://host.com:8080/x",
        "https://host.com./x",
        "https://host.com/a b",
        "https://host.com\\evil.com",
        "https://淘宝.com/x",
        "ｗｗｗ．ｔａｏｂａｏ．ｃｏｍ",
    ],
)
def test_the_quick_url_key_agrees_with_urlsplit(value: str) -> None:
    parts = split_url(value)
    host = (parts.hostname or "").rstrip(".")
    expected = (host.removeprefix("www.") + parts.path).rstrip("/")
    assert url_key(value) == expected
