"""Find contacts (phone numbers, WeChat / QQ ids, links) and money amounts in text."""

from __future__ import annotations

import re
import tomllib
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from .contact_files import read_contact_file
from .normalise import NormalisedText

CONTACT_KINDS = ("phone", "wechat", "qq", "url")
# Kinds the matcher adds from the contact checks, for pattern signals to name: a link that
# dresses up as a brand it does not belong to ("taobao-refund.com", "10o86-jf.com").
LOOKALIKE_LINK = "lookalike_link"
# ... and one posing as the very brand the message speaks for ("【工商银行】… icbc-vip.cc").
LOOKALIKE_OF_CLAIMED_BRAND = "lookalike_of_claimed_brand"
SIGNAL_CONTACT_KINDS = (*CONTACT_KINDS, LOOKALIKE_LINK, LOOKALIKE_OF_CLAIMED_BRAND)

_TLDS = (
    "com|cn|net|org|top|xyz|vip|cc|info|shop|app|me|io|link|club|site|online|icu|ltd|co|hk|tw"
    "|live|store|fun|work|asia|biz|pro|wang|ink|pub|tv|la|ly|gl|gd|to|im"
    "|kim|life|support|help|center|cloud|tech|website|world|today|win|bid|ren|cyou|buzz|mobi|pw|sbs|click"
)
URL_PATTERN = re.compile(
    rf"(?:https?://|www\.)[^\s，。！？、；<>\"'（）()【】]+"
    rf"|(?<![a-z0-9@.\-])(?:[a-z0-9](?:[a-z0-9\-]{{0,61}}[a-z0-9])?\.)+(?:{_TLDS})(?![a-z0-9\-])"
    rf"(?::\d+)?(?:/[^\s，。！？、；<>\"'（）()【】]*)?"
)
_PHONE = re.compile(
    r"(?<![\d+])(?:\+?86[\s\-]?)?1[3-9]\d{9}(?!\d)"  # mainland mobile
    r"|(?<![\d+])0\d{2,3}-?\d{7,8}(?!\d)"  # landline with area code
    r"|(?<![\d+])[48]00-?\d{3}-?\d{4}(?!\d)"  # 400 / 800 service lines
    r"|\+(?!86)\d{1,3}[\s\-]?\d{5,13}(?!\d)"  # other countries
)
_WECHAT = re.compile(
    r"(?:微信|wechat|weixin|vx|wx)(?:号|id)?\s*(?:是|为)?\s*[:：]?\s*"
    r"(?P<id>[a-z][a-z0-9_\-]{5,19}|1[3-9]\d{9})(?![a-z0-9_\-])"
)
_QQ = re.compile(r"qq(?:号|群)?\s*(?:是|为)?\s*[:：]?\s*(?P<id>[1-9]\d{4,10})(?!\d)")
_AMOUNT = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"  # 95,000.50 or 95000.50
_MONEY = re.compile(
    rf"(?:[¥￥]|rmb)\s?(?P<a>{_AMOUNT})"
    rf"|(?<![\d,])(?P<b>{_AMOUNT})\s?(?P<unit>万元|万|元|块钱|块|w)(?![a-z])"
    r"|(?P<c>[一二三四五六七八九十两百千万]+)(?P<cunit>元|块钱|块)"
)
# Short service numbers (95xxx-95xxxxxx, 96xxx-96xxxxxx, the 123xx government lines) and any
# other published number in resources/contacts/official_numbers.toml that _PHONE misses (110).
# Digits alone are often amounts, codes or order numbers, so a candidate counts only when it
# stands alone and is labelled or dialled as a phone number (see _is_service_number).
SERVICE_95_96 = r"9[56]\d{3,6}"  # 95xxx-95xxxxxx and 96xxx: banks', platforms' and couriers' lines
_SERVICE_SHAPES = (SERVICE_95_96, r"123\d{2}")
_CALL_BEFORE = re.compile(
    r"(?:拨打|拨|致电|回拨|回电|呼叫|打电话|打给|联系|call|dial)[^\d,.!?;\n]{0,12}$"  # "请拨打京东官方客服 950618"
    r"|(?:电话|热线|专线|客服|号码|来电|服务号|tel|phone|hotline)(?:是|为)?[\s:]*$"  # "客服电话：95338"
)
_CALL_AFTER = re.compile(r"^\s*[)）]?[^\d,.!?;\n]{0,5}?(?:热线|专线|客服|电话|来电|报警|hotline)")
# Labels that make the digits something else: an order number, a code, a sum of money.
_NOT_PHONE_BEFORE = re.compile(
    r"(?:订单|单号|编号|工号|尾号|验证码|校验码|动态码|密码|卡号|账号|帐号|账户|取件码|提货码|序号|型号|批号|邮编"
    r"|code|id|qq|微信|转账|汇款|付款|打款|支付|充值|退款|退还|赔付|返还|金额|共计|合计|总计|价格|收费|费用|工资|余额"
    r"|第|¥|￥|\$|rmb)(?:号|码)?(?:是|为)?[\s:#]*$"
)
_NOT_PHONE_AFTER = re.compile(
    r"^\s*(?:元|块|万|千|百|亿|%|‰|年|月|日|号(?!码)|个|件|次|人|天|小时|分|秒|斤|克|公斤|米|平|位|名|条|单|笔|期|届|岁"
    r"|w(?![a-z])|k(?![a-z])|rmb|yuan)"
)
_CN_NUMERALS = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_CN_UNITS = {"十": 10, "百": 100, "千": 1000}


@dataclass(frozen=True)
class Entity:
    """A contact or amount found in the text, with its place in the ORIGINAL text."""

    kind: str  # phone | wechat | qq | url | money
    value: str  # normalised value: digits, lowercase id or link, amount in yuan
    start: int
    end: int
    text: str  # as the user wrote it

    def to_dict(self) -> dict[str, object]:
        return {"kind": self.kind, "value": self.value, "start": self.start, "end": self.end, "text": self.text}


def _chinese_number(numeral: str) -> int:
    total, section, digit = 0, 0, 0
    for char in numeral:
        if char in _CN_NUMERALS:
            digit = _CN_NUMERALS[char]
        elif char in _CN_UNITS:
            section += (digit or 1) * _CN_UNITS[char]
            digit = 0
        elif char == "万":
            total += (section + digit) * 10_000
            section, digit = 0, 0
    return total + section + digit


def _money_value(match: re.Match[str]) -> str:
    if match.group("a"):
        return match.group("a").replace(",", "")
    if match.group("b"):
        amount = float(match.group("b").replace(",", ""))
        if match.group("unit") in ("万元", "万", "w"):
            amount *= 10_000
        return f"{amount:g}"
    return str(_chinese_number(match.group("c")))


def _entity(normalised: NormalisedText, kind: str, value: str, start: int, end: int) -> Entity:
    original_start, original_end = normalised.original_span(start, end)
    return Entity(kind, value, original_start, original_end, normalised.original[original_start:original_end])


@lru_cache(maxsize=1)
def _official_numbers() -> frozenset[str]:
    """The numbers in official_numbers.toml (the same read contacts.tables() uses); a
    missing or broken file means none."""
    from scamlens.paths import resources_dir

    try:
        numbers = read_contact_file(str(resources_dir() / "contacts"), "official_numbers.toml").get("number", [])
    except (OSError, tomllib.TOMLDecodeError):
        return frozenset()
    return frozenset(str(entry.get("number", "")) for entry in numbers)


@lru_cache(maxsize=1)
def _service_pattern() -> re.Pattern[str]:
    shape = re.compile("|".join(_SERVICE_SHAPES))
    extra = sorted(
        number
        for number in _official_numbers()
        if number.isascii() and number.isdigit() and 3 <= len(number) <= 8 and not shape.fullmatch(number)
    )
    alternatives = [*_SERVICE_SHAPES, *extra]  # each starts with a plain digit
    # The pattern opens with a character class so the regex engine can skip to candidate
    # digits (5x faster than opening with the lookbehinds); each branch rechecks its digit.
    first = "".join(sorted({alternative[0] for alternative in alternatives}))
    branches = "|".join(f"(?<={alternative[0]}){alternative[1:]}" for alternative in alternatives)
    return re.compile(
        rf"[{first}](?<![a-z0-9+\-.#@_/=&%].)(?<!\d[.,].)"  # not the tail of a number, id or link
        rf"(?:{branches})"
        r"(?!\d|[.,\-]\d|[a-z])"  # nor its head
    )


def _is_service_number(text: str, start: int, end: int) -> bool:
    """Whether the short number at text[start:end] stands as a phone number in its sentence."""
    before, after = text[max(0, start - 16) : start], text[end : end + 8]
    if _NOT_PHONE_BEFORE.search(before) or _NOT_PHONE_AFTER.match(after):
        return False
    number = text[start:end]
    if len(number) >= 5 and number in _official_numbers():
        return True  # a published number needs no "call" word; 110 does ("身高110")
    return bool(_CALL_BEFORE.search(before) or _CALL_AFTER.match(after))


# What each kind cannot occur without: the full regex runs only when this is found.
_NEEDS = {
    "url": re.compile(r"[./]"),
    "phone": re.compile(r"\d{5}"),
    "service": re.compile(r"\d{3}"),
    "wechat": re.compile(r"微信|wechat|weixin|vx|wx"),
    "qq": re.compile(r"qq"),
    "money": re.compile(r"[¥￥元块万w]|rmb"),
}


def _finditer(kind: str, pattern: re.Pattern[str], text: str) -> list[re.Match[str]]:
    return list(pattern.finditer(text)) if _NEEDS[kind].search(text) else []


def extract_entities(normalised: NormalisedText) -> list[Entity]:
    """All contacts and amounts, ordered by their place in the text."""
    text = normalised.text
    found: list[Entity] = []
    url_ranges: list[tuple[int, int]] = []
    for match in _finditer("url", URL_PATTERN, text):
        url_ranges.append(match.span())
        found.append(_entity(normalised, "url", match.group().rstrip(".,:;!?"), *match.span()))

    def inside_url(start: int) -> bool:
        return any(low <= start < high for low, high in url_ranges)

    for match in _finditer("phone", _PHONE, text):
        if not inside_url(match.start()):
            digits = re.sub(r"[^\d+]", "", match.group())
            found.append(_entity(normalised, "phone", digits, *match.span()))
    for kind, pattern in (("wechat", _WECHAT), ("qq", _QQ)):
        for match in _finditer(kind, pattern, text):
            if not inside_url(match.start()):
                found.append(_entity(normalised, kind, match.group("id"), *match.span("id")))
    for match in _finditer("money", _MONEY, text):
        if not inside_url(match.start()):
            found.append(_entity(normalised, "money", _money_value(match), *match.span()))
    if _NEEDS["service"].search(text):
        found.extend(_service_numbers(normalised, found))
    found.sort(key=lambda entity: (entity.start, entity.kind))
    return found


def _service_numbers(normalised: NormalisedText, found: list[Entity]) -> list[Entity]:
    """Short service numbers not already inside another contact or an amount."""
    text = normalised.text
    numbers = []
    for match in _service_pattern().finditer(text):
        if not _is_service_number(text, *match.span()):
            continue
        entity = _entity(normalised, "phone", match.group(), *match.span())
        written = unicodedata.normalize("NFKC", entity.text)
        if not (written.isascii() and written.isdigit()):
            continue  # digits the normaliser joined ("95000.00", "9 5 3 3 8")
        if any(other.start < entity.end and entity.start < other.end for other in found):
            continue
        numbers.append(entity)
    return numbers
