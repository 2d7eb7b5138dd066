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
