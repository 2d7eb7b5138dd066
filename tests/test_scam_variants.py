"""Scam messages written by us in fresh wording, one or more per documented type.

They are not the pattern files' own examples: they check that the library catches the
mechanism of each scam, not only the sentences its authors had in mind.
"""

import pytest

from scamlens.engine import Checker


@pytest.mark.parametrize(
    ("category", "text"),
    [
        (
            "fake-customer-service",
            "您好，我是淘宝售后，您上周买的面膜检测出甲醛超标，我们给您三倍赔偿，请加客服QQ 88776655办理。",
        ),
        (
            "fake-customer-service",
            "您好，这里是快递理赔中心，您的包裹在运输中丢失，我们按价格两倍赔付，请下载云视讯APP进入会议室，我指导您操作。",
        ),
        (
            "fake-customer-service",
            "我是抖音客服，您开通了百万保障服务，每月扣费600元，如需关闭请按我说的打开支付宝借呗验证流水。",
        ),
        ("brushing-job", "招聘宝妈兼职，在家动动手指给商家点赞，一单5元，日结，加微信领任务。"),
        ("brushing-job", "第一单返了10块，第二单要垫付300，完成三连单就能连本带佣金一起提现。"),
        ("brushing-job", "你操作失误导致卡单了，需要再充值5000元才能解冻提现。"),
        ("review-deletion-cash", "亲，你上次给我们的差评能删一下吗？删了给你返现50元红包，加我微信发你。"),
        (
            "review-extortion",
            '老板，你们家详情页写了"最好"，这是违反广告法的极限词，给我转1000私了，不然我就去12315举报。',
        ),
        ("paid-traffic", "我们是专业团队，抖音涨粉1万粉丝只要300元，真人粉不掉粉，还能帮你删差评。"),
        ("data-leak-offer", "出售一手精准客户数据，电商买家手机号、地址，一条两毛，量大从优。"),
        ("teach-to-earn", "收徒教你职业打假，买到有问题的商品就能让商家赔钱，拜师费888，包教包会。"),
        ("counterfeit-goods", "高仿LV包1:1复刻，和专柜一模一样，只要专柜价的一折，私聊微信发图。"),
        ("livestream-buyback", "直播间这款翡翠是缅甸A货，我们是品牌代理，一年后平台按原价1.5倍回收，保值增值。"),
        ("phishing-link", "您的ETC已失效，请点击 http://etc-gov.top 重新认证，否则将无法通行。"),
        ("phishing-link", "【建设银行】您的积分即将清零，请登录 wap.ccb-jf.cc 兑换现金礼包。"),
        ("investment-scam", "老师带单，内部消息，这只股明天必涨停，先投五千试试，稳赚不赔。"),
        ("loan-scam", "无抵押贷款秒批，放款前需要先交3000元保证金验证还款能力，放款后一起退还。"),
        ("off-platform-payment", "卖家说闲鱼上交易太慢，让我加他微信直接转账，他再发货。"),
        ("off-platform-payment", "你的闲鱼账户未开通诚信保障，资金已被冻结，需要缴纳保证金2000元才能解冻。"),
        ("game-trade-scam", "我是王者荣耀的玩家，出价2000买你的号，去这个交易平台上交易，平台链接我发你。"),
        (
            "impersonation-authority",
            "您好，我是北京市公安局的警官，您的身份证涉嫌一起洗钱案，需要把资金转到安全账户配合调查，不要告诉家人。",
        ),
        (
            "impersonation-acquaintance",
            "小张，我是你们李总，我换了个新微信，现在在开会不方便接电话，你先帮我转5万给客户，回头报销。",
        ),
        ("romance-scam", "亲爱的，我在国外给你寄了礼物，现在被海关扣了，需要你先付8000元关税才能放行。"),
        (
            "impersonation-acquaintance",
            "您好，我是您孩子的班主任，孩子在学校受伤了，需要马上交手术费，请转账到这个账户。",
        ),
        (
            "phishing-link",
            "恭喜您被选为幸运观众，获得奖金58000元和笔记本电脑，请登录 http://hjgz.xyz 领取，需先交手续费。",
        ),
        ("loan-scam", "我们平台可以帮你把网贷额度提高到5万，需要先交提额服务费800元。"),
        ("phishing-link", "你好，你的快递因地址不详被退回，请点击链接更新收货地址并支付0.5元补运费。"),
        (
            "fake-customer-service",
            "我是京东金融客服，您的学生账户未注销，会影响征信，请下载会议APP开启屏幕共享，我帮您注销。",
        ),
        ("brushing-job", "刷单兼职，做任务赚佣金，先充值后返还，本金加佣金秒到账，名额有限。"),
        ("fake-customer-service", "您在我们平台的订单出现异常，退款需要您提供银行卡号和手机验证码。"),
        # merchant side: extortion, paid traffic, data offers, refund abuse
        ("review-extortion", "你家发的货有瑕疵，赔我500块私了，不然我找十几个号给你刷差评，再去平台投诉你虚假宣传。"),
        ("review-extortion", '店家，你们宣传页写"第一品牌"违反广告法，每个极限词罚款起步，转我2000我就撤销举报。'),
        ("review-extortion", "我们是维权团队，你店里好几个违规点，交3000保护费以后就不找你麻烦，不交就天天投诉。"),
        ("refund-abuse", "外卖里吃出一根头发，你私下赔我200，不然我就给平台和食药监投诉，还要发到网上曝光。"),
        ("refund-abuse", "教你仅退款技巧，下单后说没收到货申请仅退款，商家不敢不给，全套教程99元。"),
        ("paid-traffic", "店铺刷好评套餐：100条带图好评380元，真实账号，不降权，先刷后付。"),
        ("paid-traffic", "有偿删帖，负面新闻、差评都能删，百度、小红书都行，删一条500，删不掉不收费。"),
        ("data-leak-offer", "同行订单数据有需要吗？精准买家资料，姓名电话地址都有，一万条八百。"),
        ("data-leak-offer", "我是平台外包客服，能查到你店铺给差评的买家电话，一个50元，帮你联系删差评。"),
        ("review-extortion", "亲，你们这个产品我检测了不合格，赔偿我十倍价款，私下转账就不投诉了，否则12315见。"),
        ("paid-traffic", "直播间人气不够？真人粉丝进场，在线人数随便刷，一千人一小时100元，私聊。"),
        ("teach-to-earn", "想学职业索赔吗？教你找商家的违规点逼他们赔钱，一个月赚两万，学费1288。"),
        ("refund-abuse", "招刷手下单，确认收货后申请退款，平台会先垫付，一单给你提成30元。"),
        ("review-extortion", "我已经截图你们的违规宣传了，你不想店被关就给我打5000，我保证不举报。"),
        ("data-leak-offer", "出售快递单号和收件人信息，当天的新鲜数据，适合做回访营销，一条三毛。"),
        # a second set, written after the first round of tuning, before checking it
        (
            "fake-customer-service",
            "您好，我是拼多多商家售后，您买的儿童玩具被检测出含有害物质，我们要给您退款并额外赔偿，请先添加我们的理赔专员微信。",
        ),
        (
            "fake-customer-service",
            "这里是快递公司客服，您的件在分拣时被压坏了，我们按双倍赔偿，麻烦您打开支付宝搜索备用金，我教您领取赔偿。",
        ),
        (
            "fake-customer-service",
            "您好，我是某直播平台的客服，系统显示您开通了主播会员，每月自动扣除800元，不关闭的话会影响您的征信，请下载会议软件我帮您关闭。",
        ),
        (
            "fake-customer-service",
            "您在我们平台买的保健品属于问题批次，需要给您退款，请报一下您收到的验证码，我这边好帮您操作。",
        ),
        (
            "brushing-job",
            "诚招线上兼职，手机就能做，帮店铺拍单提升销量，本金佣金一起返，一单赚15到50元，有意请扫码进群。",
        ),
        ("brushing-job", "恭喜入选点赞员，给抖音视频点赞截图就能领3元，做满十单后有高佣金的垫付任务，老师会带你操作。"),
        (
            "brushing-job",
            "你好，你刚才的任务没按要求完成，系统判定为卡单，需要再做两单联单才能把前面的本金和佣金一起提出来。",
        ),
        (
            "phishing-link",
            "【某银行】尊敬的客户，您的手机银行登录证书今日到期，请尽快登录 m-bank-cert.top 更新，否则将暂停使用。",
        ),
        ("phishing-link", "【ETC服务中心】您的ETC卡已被停用，请在24小时内点击链接重新认证，逾期将影响高速通行。"),
        ("phishing-link", "您的包裹因收件地址不完整已退回仓库，请点击链接填写正确地址并支付2元重新派送费。"),
        ("loan-scam", "您申请的贷款已审核通过，但因您的银行卡号填写有误，资金被冻结，需要缴纳20%的解冻金后才能放款。"),
        ("loan-scam", "无抵押无担保，不看征信，三分钟到账，下载我们的借款APP填写资料即可，放款前需先交会员费。"),
        ("investment-scam", "跟着老师买这只币，三天收益翻倍，群里的人都赚了，先充一千试试，赚了随时提现。"),
        ("investment-scam", "我们内部有个投资平台的漏洞，稳赚不赔，你把钱充进去，我教你怎么操作，一个月保证翻倍。"),
        (
            "impersonation-authority",
            "我是市公安局的警官，你的身份证涉嫌一起洗钱案件，需要把你名下的资金转到安全账户接受审查，不要告诉家人。",
        ),
        (
            "impersonation-authority",
            "这里是医保局，您的医保卡被人冒用，已经被暂停使用，请加我们工作人员的QQ，配合开视频会议核查。",
        ),
        (
            "impersonation-acquaintance",
            "我是你们王总，我现在在开会不方便接电话，你先给这个账户转十万块，是客户的合同款，办完跟我说。",
        ),
        (
            "impersonation-acquaintance",
            "猜猜我是谁？我换号码了，存一下。我最近遇到点急事，能不能先借我两万，明天就还你。",
        ),
        (
            "romance-scam",
            "亲爱的，我在一个博彩平台发现了漏洞，我舅舅在里面工作，你注册一下，我们一起投点钱，结婚的钱就有了。",
        ),
        ("game-trade-scam", "小朋友，你想要免费皮肤吗？加这个QQ群，群主让你扫码的时候要用爸爸妈妈的手机哦。"),
        ("game-trade-scam", "你的号我出3000收，但是要在我说的那个交易网站上交易，你先注册一下，保证金交了就能提现。"),
        ("off-platform-payment", "亲，这件衣服在平台上要扣手续费，你直接微信转我，我给你便宜30块，发货更快。"),
        (
            "off-platform-payment",
            "您好，我是闲鱼的买家，我已经付款了，但是平台显示你的账户没有开通保障服务，资金被冻结了，你需要交保证金才能收款。",
        ),
        (
            "livestream-buyback",
            "家人们，这款翡翠手镯我们是品牌官方代理，带证书，买回去放三个月，平台原价高价回收，保值增值不会亏。",
        ),
        (
            "fake-customer-service",
            "您好，我是某商城的工作人员，您的会员账户存在异常，需要下载我们的安全软件，并提供银行卡号进行核实。",
        ),
        ("several-red-flags", "恭喜您成为本月幸运用户，获得现金红包888元，请添加客服微信，并先支付99元手续费领取。"),
    ],
)
def test_scam_in_new_words_is_warned(checker: Checker, category: str, text: str) -> None:
    verdict = checker.check(text)
    assert verdict.warned, [(m.pattern.id, m.score) for m in verdict.near_misses]
    assert category in {match.pattern.category for match in verdict.matches}
