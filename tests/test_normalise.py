import pytest

from scamlens.engine.normalise import normalise


def _original_of(text: str, needle: str) -> str:
    """The original words behind the first place `needle` occurs in the normalised text."""
    normalised = normalise(text)
    index = normalised.text.index(needle)
    start, end = normalised.original_span(index, index + len(needle))
    return text[start:end]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ＡＢＣ１２３，加ＶＸ", "abc123,加微信"),  # full-width → half-width, lowercase
        ("刷單兼職，日結傭金", "刷单兼职,日结佣金"),  # Traditional → Simplified
        ("刷\u200b单", "刷单"),  # zero-width space
        ("刷❤单  兼 职", "刷单兼职"),  # decoration between Chinese characters
        ("加V：abc123", "加微信:abc123"),
        ("薇信号 abc123", "微信号 abc123"),
        ("威❤: abc123", "微信: abc123"),
        ("v信", "微信"),
        ("扣扣 12345", "qq 12345"),
        ("一七零一二三四五六七八", "17012345678"),
        ("138-1234-5678", "13812345678"),
        ("1 3 8 1 2 3 4 5 6 7 8", "13812345678"),
        ("http://103.21.44.9/m", "http://103.21.44.9/m"),  # an IP address stays one
        ("不要透過蝦皮，直接轉帳到我帳戶", "不要通过虾皮,直接转账到我账户"),  # Taiwan words read as mainland ones
        ("請下載這個軟體，用簡訊驗證碼登入", "请下载这个软件,用短信验证码登录"),
    ],
)
def test_normalised_form(text: str, expected: str) -> None:
    assert normalise(text).text == expected


def test_ordinary_words_are_left_alone() -> None:
    # "威信" (prestige) and short numeral words are real words, not obfuscations.
    assert normalise("他很有威信，三五成群，一二三").text == "他很有威信,三五成群,一二三"


@pytest.mark.parametrize(
    ("text", "needle", "original"),
    [
        ("這個主播說保值增值", "保值增值", "保值增值"),
        ("ＶＸ加我：刷單", "刷单", "刷單"),
        ("先加ｖ信 再說", "微信", "ｖ信"),
        ("打\u200b我電話一七零一二三四五六七八", "17012345678", "一七零一二三四五六七八"),
        ("電話 138-1234-5678 找我", "13812345678", "138-1234-5678"),
        ("刷❤單賺錢", "刷单", "刷❤單"),
        ("私下轉帳給我就好", "转账", "轉帳"),
    ],
)
def test_offsets_point_into_the_original(text: str, needle: str, original: str) -> None:
    assert _original_of(text, needle) == original


def test_every_character_maps_inside_the_original() -> None:
    text = "🎉恭喜！①②③ 加Ｖ：ａｂｃ\u200d 刷♥单 ㈱"
    normalised = normalise(text)
    assert len(normalised.starts) == len(normalised.text) == len(normalised.ends)
    for start, end in zip(normalised.starts, normalised.ends, strict=True):
        assert 0 <= start < end <= len(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("点击 j d - b t [.] c o m 登录", "点击 jd-bt.com 登录"),
        ("请登录 hxxp://etc-rz[.]top 认证", "请登录 http://etc-rz.top 认证"),
        ("兼取，一单一结，返丽高", "兼职,一单一结,返利高"),
        ("添加理培客服威 信 办理", "添加理赔客服微信办理"),
        ("他在村里很有威信。", "他在村里很有威信。"),
    ],
)
def test_defanged_links_spelt_out_letters_and_homophones_are_undone(text: str, expected: str) -> None:
    normalised = normalise(text)
    assert normalised.text == expected
    assert normalised.original_span(0, len(normalised.text)) == (0, len(text))
