"""What the surrounding message claims or asks for (checked on normalised text)."""

from __future__ import annotations

from scamlens.engine.normalise import normalise

# Claims to be a domestic platform, its customer service, a bank or the authorities.
_CLAIMS_DOMESTIC = (
    "客服", "官方", "平台", "淘宝", "天猫", "京东", "拼多多", "抖音", "快手", "闲鱼", "支付宝", "微信支付",
    "顺丰", "菜鸟", "快递", "物流", "银行", "公安", "警察", "民警", "警官", "派出所", "检察院", "法院",
    "反诈", "刑侦", "医保", "社保", "民航", "航空公司", "国家",
)  # fmt: skip
# Asks to leave the platform: after normalise(), "加v" / "+vx" read as "加微信".
_OFF_PLATFORM = (
    "加微信", "加我微信", "加qq", "加我qq", "私下交易", "私下转账", "私下付款", "不走平台", "绕过平台", "绕开平台",
    "线下交易", "微信联系", "qq联系", "微信转账", "微信付款", "走微信", "平台外交易",
)  # fmt: skip


def _text(context: str | None) -> str:
    return normalise(context).text if context else ""


def claims_domestic(context: str | None) -> str | None:
    text = _text(context)
    return next((cue for cue in _CLAIMS_DOMESTIC if cue in text), None)


def off_platform_cue(context: str | None) -> str | None:
    text = _text(context)
    return next((cue for cue in _OFF_PLATFORM if cue in text), None)
