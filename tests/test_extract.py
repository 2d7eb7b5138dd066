import pytest

from scamlens.engine.extract import extract_entities
from scamlens.engine.normalise import normalise


def _found(text: str) -> list[tuple[str, str, str]]:
    return [(e.kind, e.value, e.text) for e in extract_entities(normalise(text))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("电话13812345678", ("phone", "13812345678", "13812345678")),
        ("請撥 +86 138 1234 5678", ("phone", "+8613812345678", "+86 138 1234 5678")),
        ("客服 400-820-8820", ("phone", "4008208820", "400-820-8820")),
        ("call +63 9123456789", ("phone", "+639123456789", "+63 9123456789")),
        ("加微信：abc_12345", ("wechat", "abc_12345", "abc_12345")),
        ("加V：Abc12345", ("wechat", "abc12345", "Abc12345")),
        ("QQ号：123456789", ("qq", "123456789", "123456789")),
        ("扣扣 88886666", ("qq", "88886666", "88886666")),
        ("点击 https://t.cn/A6xyz 领取", ("url", "https://t.cn/a6xyz", "https://t.cn/A6xyz")),
        ("登录 taobao-refund.com/login 办理", ("url", "taobao-refund.com/login", "taobao-refund.com/login")),
        ("拜师费288元", ("money", "288", "288元")),
        ("赔偿三千元", ("money", "3000", "三千元")),
        ("佣金 ¥15.5", ("money", "15.5", "¥15.5")),
        ("日入2万", ("money", "20000", "2万")),
    ],
)
def test_finds_contacts_and_amounts(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _found(text)


def test_phone_inside_a_link_is_not_a_phone() -> None:
    kinds = [kind for kind, _, _ in _found("https://example.com/u/13812345678")]
    assert kinds == ["url"]


def test_plain_text_has_nothing() -> None:
    assert _found("东西收到了，质量很好，物流也快。") == []


# -- short service numbers (95xxx / 96xxx, 123xx and the published-number table) ---------------


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("我是京东客服，请拨打 950618 核实", "950618"),
        ("顺丰快递有问题请致电95338", "95338"),
        ("官方客服热线：95188，请勿相信他人", "95188"),
        ("淘宝客服9510211回访", "9510211"),
        ("闲鱼官方号码是 9510222。", "9510222"),
        ("遇到诈骗可以拨打96110咨询", "96110"),
        ("可拨打12315消费者投诉热线反映", "12315"),
        ("有问题打12345市民热线", "12345"),
        ("请联系客服 12321 举报", "12321"),
        ("请立即拨打110报警", "110"),
        ("ＴＥＬ：９５３３８", "95338"),
        ("有问题请拨打95105888", "95105888"),
    ],
)
def test_service_numbers_in_a_sentence_are_phones_with_offsets(text: str, number: str) -> None:
    phones = [e for e in extract_entities(normalise(text)) if e.kind == "phone"]
    assert [e.value for e in phones] == [number]
    written = text[phones[0].start : phones[0].end]
    assert written == phones[0].text and len(written) == len(number)
    assert text.index(written) == phones[0].start


@pytest.mark.parametrize(
    "text",
    [
        "这次一共赔了95000元",
        "本金95000块已经到账",
        "退款95000请联系客服",
        "请拨打客服转账95000",
        "理财年化收益95.5%",
        "您的订单号：95338123，已发货",
        "订单号950618已签收",
        "您的验证码是951234，5分钟内有效",
        "取件码 95338，请及时领取",
        "第12315期开奖结果",
        "12345号房间",
        "2023年12月12日 95年出生",
        "金额 95000.00",
        "快递单号 SF9533812345",
        "QQ 95123456",
        "这件衣服95338块",
        "123456789",
        "身高110厘米",
    ],
)
def test_amounts_codes_and_order_numbers_are_not_service_numbers(text: str) -> None:
    assert "phone" not in [kind for kind, _, _ in _found(text)]


def test_an_official_number_counts_without_a_call_word_but_110_needs_one() -> None:
    assert ("phone", "95188", "95188") in _found("【支付宝】95188提醒您：")
    assert "phone" not in [kind for kind, _, _ in _found("气温110华氏度")]


def test_a_landline_or_400_number_is_not_split_into_a_service_number() -> None:
    values = [value for _, value, _ in _found("客服电话 010-95338123，或 400-950-6188")]
    assert values == ["01095338123", "4009506188"]


def test_amounts_with_thousands_separators_keep_their_whole_value() -> None:
    found = [
        (e.value, e.text)
        for e in extract_entities(normalise("定金95,000元，尾款1,200.50元，另付¥3,000"))
        if e.kind == "money"
    ]
    assert found == [("95000", "95,000元"), ("1200.5", "1,200.50元"), ("3000", "¥3,000")]
