"""Ordinary shop, courier and service messages that share scam vocabulary must not warn.

Written by us as look-alikes of the library's scams (genuine customer service, refunds,
好评返现, real part-time jobs, trade-in and gifts), beyond each pattern's own examples.
"""

import pytest

from scamlens.engine import Checker


@pytest.mark.parametrize(
    "text",
    [
        "您好，我是淘宝店铺的客服，您的订单已发货，请注意查收，有问题随时联系我们。",
        "亲，这里是京东客服，您申请的退款已审核通过，款项将在1-3个工作日原路退回。",
        "您好，我是顺丰快递员，您的快递放在小区驿站了，取件码1234。",
        "您好，我们是店铺售后，您反馈的质量问题我们很抱歉，可以在订单页面申请退货退款，运费我们承担。",
        "尊敬的客户，您的包裹因地址不详暂存网点，请在顺丰官方APP内修改地址。",
        "亲，收到货满意的话麻烦给个五星好评哦，好评返现5元，联系客服领取。",
        "我是拼多多商家客服，您的订单有些问题，缺货了，我们给您办理退款可以吗？",
        "您好，这里是中国移动客服，您本月话费账单已出，可登录中国移动APP查询。",
        "感谢您对本店的支持，加入我们的会员群可以第一时间收到上新和优惠券。",
        "您好，我们是美团外卖客服，您的订单骑手超时，已为您发放5元无门槛红包作为补偿。",
        "老师您好，孩子的课程费用退款已办理，请在学校缴费系统查看。",
        "您好，这里是京东客服，您的京东白条本期账单将于10日到期，请按时还款，可在京东APP内还款。",
        "兼职招聘：超市理货员，日结150元，要求18-45岁，有意者到店面试。",
        "公司年会抽奖，一等奖电饭煲，请同事们到行政部领取。",
        "我在闲鱼上卖了个旧手机，买家已经付款了，平台显示待发货。",
        "您好，您在我店购买的商品存在质量问题，我们已安排召回，请通过订单页面申请退货，我们全额退款。",
        "亲，您的快递丢失了，我们已经在平台上给您补发了，新单号在订单详情里。",
        "微信客服：您好，请问有什么可以帮您？",
        "您好，我是小区物业，明天上午停水，请提前储水。",
        "本店支持七天无理由退换货，如有问题请联系在线客服。",
        "我是京东客服，您可以下载京东APP，在订单详情里查看物流进度和申请退款。",
        "您好，这里是淘宝客服，退款需要您在手机淘宝APP的订单页面提交，我们会尽快处理。",
        "您好，我是顺丰快递员，您的包裹外包装有破损，已经拍照留底，签收时可以当面开箱检查。",
        "快递在路上丢了，京东客服已经给我补发了，还送了一张优惠券。",
        # news and court reports quote the scam's words
        "新聞：檢方通報一起直播帶貨詐騙案，被告冒充珠寶品牌代理，以高價回購為誘餌，已被提起公訴。",
        "本报讯 区法院近日判决一起网络刷单诈骗案，被告人以点赞返利为饵，骗取多名被害人垫付资金。",
        "法院審理一起「職業打假」敲詐案，被告人收取拜師費傳授惡意差評手法，以敲詐勒索罪被判處有期徒刑。",
        # an ordinary apprenticeship
        "師父說做餐飲最怕顧客挑毛病，所以每道菜都要做到位，這是我拜師第一天學到的。",
    ],
)
def test_ordinary_message_is_not_called_a_scam(checker: Checker, text: str) -> None:
    verdict = checker.check(text)
    assert not verdict.matches, [(m.pattern.id, [e.words for e in m.evidence]) for m in verdict.matches]
