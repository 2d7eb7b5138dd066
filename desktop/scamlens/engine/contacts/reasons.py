"""Plain-words reasons for every contact finding, in zh-Hans, zh-Hant and en.

A placeholder value may be a plain string or a {lang: text} dict (names, regions).
"""

from __future__ import annotations

from collections.abc import Mapping

LANGS = ("zh-Hans", "zh-Hant", "en")

REASONS: dict[str, dict[str, str]] = {
    # Phone numbers
    "phone.about": {
        "zh-Hans": "号码 {number}：{region}，{type}。",
        "zh-Hant": "號碼 {number}：{region}，{type}。",
        "en": "Number {number}: {region}, {type}.",
    },
    "phone.invalid": {
        "zh-Hans": "“{number}”不是有效的电话号码：可能写错了，也可能是伪造的来电显示。",
        "zh-Hant": "「{number}」不是有效的電話號碼：可能寫錯了，也可能是偽造的來電顯示。",
        "en": '"{number}" is not a valid phone number: it may be mistyped, or a faked caller ID.',
    },
    "phone.overseas": {
        "zh-Hans": "这是境外号码（{region}）。没有海外亲友却接到“00”或“+”开头的来电，多半是诈骗。",
        "zh-Hant": "這是境外號碼（{region}）。沒有海外親友卻接到「00」或「+」開頭的來電，多半是詐騙。",
        "en": 'This is an overseas number ({region}). Calls starting with "00" or "+" from people you do not know abroad are mostly scams.',
    },
    "phone.overseas_claims_domestic": {
        "zh-Hans": "这是境外号码（{region}），信息却自称国内的客服、平台或警方。国内平台和公安机关不会用境外号码联系你。",
        "zh-Hant": "這是境外號碼（{region}），信息卻自稱國內的客服、平台或警方。國內平台和公安機關不會用境外號碼聯繫你。",
        "en": "This is an overseas number ({region}), yet the message claims to be domestic customer service, a platform or the police. They do not contact you from overseas numbers.",
    },
    "phone.virtual": {
        "zh-Hans": "{prefix} 号段属于虚拟运营商（借用{host}的网络）。这类号码常被用于诈骗，自称官方客服时更要警惕。",
        "zh-Hant": "{prefix} 號段屬於虛擬運營商（借用{host}的網絡）。這類號碼常被用於詐騙，自稱官方客服時更要警惕。",
        "en": "The {prefix} segment belongs to virtual operators (using {host}'s network). Such numbers are often used in scams; be extra careful if it claims to be official customer service.",
    },
    "phone.official": {
        "zh-Hans": "这是公布的{name}号码。但来电显示可以伪造：请挂断后，自己拨打官方号码核实。",
        "zh-Hant": "這是公佈的{name}號碼。但來電顯示可以偽造：請掛斷後，自己撥打官方號碼核實。",
        "en": "This is the published number of {name}. But caller ID can be faked: hang up and dial the official number yourself to check.",
    },
    "phone.official_sms": {
        "zh-Hans": "这是公布的{name}号码，它只发短信，短信里不带链接、微信号、QQ号或电话，也不需要回复。号码显示同样可以伪造：有疑问请自己拨打 110 或 96110。",
        "zh-Hant": "這是公佈的{name}號碼，它只發短信，短信裡不帶鏈接、微信號、QQ號或電話，也不需要回覆。號碼顯示同樣可以偽造：有疑問請自己撥打 110 或 96110。",
        "en": "This is the published number of {name}. It only sends texts, with no links, WeChat/QQ ids or phone numbers, and needs no reply. Sender IDs can be faked too: if in doubt, dial 110 or 96110 yourself.",
    },
    "phone.disguised_official": {
        "zh-Hans": "这个号码里藏着官方号码 {official}（{name}），但它并不是 {official}。骗子常加“00”、“+86”、区号或前缀冒充官方号码。请自己拨打 {official} 核实。",
        "zh-Hant": "這個號碼裡藏著官方號碼 {official}（{name}），但它並不是 {official}。騙子常加「00」、「+86」、區號或前綴冒充官方號碼。請自己撥打 {official} 核實。",
        "en": 'This number hides the official number {official} ({name}) but is not it. Scammers add "00", "+86", an area code or a prefix to pass as official. Dial {official} yourself to check.',
    },
    # Links
    "link.about": {
        "zh-Hans": "真正的网站（可注册域名）是 {domain}。",
        "zh-Hant": "真正的網站（可註冊域名）是 {domain}。",
        "en": "The real site (registrable domain) is {domain}.",
    },
    "link.invalid": {
        "zh-Hans": "这看起来不是有效的网址。",
        "zh-Hant": "這看起來不是有效的網址。",
        "en": "This does not look like a valid web address.",
    },
    "link.official": {
        "zh-Hans": "{domain} 是{brand}的官方域名。即使如此，也别在链接里输入密码或验证码，最好自己打开官方 App 查看。",
        "zh-Hant": "{domain} 是{brand}的官方域名。即使如此，也別在鏈接裡輸入密碼或驗證碼，最好自己打開官方 App 查看。",
        "en": "{domain} is an official domain of {brand}. Even so, never type passwords or codes into a link; open the official app yourself instead.",
    },
    "link.typosquat": {
        "zh-Hans": "“{domain}”仿冒{brand}的官方域名 {official}：只差几个字母，或把字母换成了相似的数字。",
        "zh-Hant": "「{domain}」仿冒{brand}的官方域名 {official}：只差幾個字母，或把字母換成了相似的數字。",
        "en": '"{domain}" imitates {brand}\'s official domain {official}: a few letters differ, or letters were swapped for look-alike digits.',
    },
    "link.brand_other_domain": {
        "zh-Hans": "“{domain}”用了{brand}的名字，但不是它的官方域名（{official}）。",
        "zh-Hant": "「{domain}」用了{brand}的名字，但不是它的官方域名（{official}）。",
        "en": '"{domain}" uses the name of {brand} but is not its official domain ({official}).',
    },
    "link.brand_in_subdomain": {
        "zh-Hans": "网址前面写着“{part}”，但真正的网站是 {domain}，不是{brand}（{official}）。骗子常把品牌名放在网址开头冒充官方。",
        "zh-Hant": "網址前面寫著「{part}」，但真正的網站是 {domain}，不是{brand}（{official}）。騙子常把品牌名放在網址開頭冒充官方。",
        "en": 'The address starts with "{part}", but the real site is {domain}, not {brand} ({official}). Scammers put a brand name in front to look official.',
    },
    "link.brand_in_path": {
        "zh-Hans": "网址后半段提到了{brand}，但真正的网站是 {domain}，不是{brand}的官方域名（{official}）。",
        "zh-Hant": "網址後半段提到了{brand}，但真正的網站是 {domain}，不是{brand}的官方域名（{official}）。",
        "en": "The rest of the address mentions {brand}, but the real site is {domain}, not {brand}'s official domain ({official}).",
    },
    "link.userinfo": {
        "zh-Hans": "网址里“@”前面的部分（{part}）会被忽略，真正打开的是 {domain}。",
        "zh-Hant": "網址裡「@」前面的部分（{part}）會被忽略，真正打開的是 {domain}。",
        "en": 'The part before "@" ({part}) is ignored: the link really opens {domain}.',
    },
    "link.homoglyph": {
        "zh-Hans": "“{host}”用外形相似的字符冒充{brand}的官方域名 {official}。",
        "zh-Hant": "「{host}」用外形相似的字符冒充{brand}的官方域名 {official}。",
        "en": '"{host}" uses look-alike characters to imitate {brand}\'s official domain {official}.',
    },
    "link.punycode": {
        "zh-Hans": "这个网址用了国际化域名（{host}），可能用外形相似的字符冒充别的网站。",
        "zh-Hant": "這個網址用了國際化域名（{host}），可能用外形相似的字符冒充別的網站。",
        "en": "This address uses an internationalised domain ({host}), which can imitate another site with look-alike characters.",
    },
    "link.ip_host": {
        "zh-Hans": "这个链接直接用 IP 地址（{host}）而不是网站名，正规平台不会这样发链接。",
        "zh-Hant": "這個鏈接直接用 IP 地址（{host}）而不是網站名，正規平台不會這樣發鏈接。",
        "en": "This link uses a bare IP address ({host}) instead of a site name; genuine platforms do not send links like this.",
    },
    "link.shortener": {
        "zh-Hans": "这是短链接（{domain}），看不出真正会打开哪个网站。打开后不要输入密码、验证码，也不要付款。",
        "zh-Hant": "這是短鏈接（{domain}），看不出真正會打開哪個網站。打開後不要輸入密碼、驗證碼，也不要付款。",
        "en": "This is a short link ({domain}): you cannot see which site it really opens. Do not type passwords or codes, or pay, on the page it opens.",
    },
    "link.apk": {
        "zh-Hans": "这个链接直接下载安卓安装包（.apk），绕过了应用商店。不要安装陌生人发来的 App。",
        "zh-Hant": "這個鏈接直接下載安卓安裝包（.apk），繞過了應用商店。不要安裝陌生人發來的 App。",
        "en": "This link downloads an Android app file (.apk) directly, bypassing the app store. Do not install apps sent by strangers.",
    },
    "link.meeting_app": {
        "zh-Hans": "这个链接指向会议或屏幕共享软件（{name}）。骗子常让人安装这类软件并共享屏幕，从而看到验证码、转走钱。",
        "zh-Hant": "這個鏈接指向會議或屏幕共享軟件（{name}）。騙子常讓人安裝這類軟件並共享屏幕，從而看到驗證碼、轉走錢。",
        "en": "This link leads to a meeting or screen-sharing app ({name}). Scammers ask people to install one and share their screen, then read codes and move money.",
    },
    # WeChat / QQ ids and shop names
    "account.format": {
        "zh-Hans": "“{value}”不像有效的{kind}号。",
        "zh-Hant": "「{value}」不像有效的{kind}號。",
        "en": '"{value}" does not look like a valid {kind} id.',
    },
    "account.off_platform": {
        "zh-Hans": "信息要你“{cue}”，把交易挪到平台之外。离开平台后，平台的担保和售后就保护不了你。",
        "zh-Hant": "信息要你「{cue}」，把交易挪到平台之外。離開平台後，平台的擔保和售後就保護不了你。",
        "en": 'The message asks you to "{cue}", moving the deal off the platform. Once off the platform, its buyer protection no longer covers you.',
    },
    # Blocklists
    "blocklist.hit": {
        "zh-Hans": "它在你的拦截名单“{list}”里{note}。",
        "zh-Hant": "它在你的攔截名單「{list}」裡{note}。",
        "en": 'It is on your blocklist "{list}"{note}.',
    },
    "blocklist.similar": {
        "zh-Hans": "它和拦截名单“{list}”里的“{match}”非常相似，可能是仿冒的店铺或账号。",
        "zh-Hant": "它和攔截名單「{list}」裡的「{match}」非常相似，可能是仿冒的店鋪或賬號。",
        "en": 'It closely resembles "{match}" on your blocklist "{list}": it may be an impostor shop or account.',
    },
}

KIND_NAMES: dict[str, dict[str, str]] = {
    "phone": {"zh-Hans": "电话", "zh-Hant": "電話", "en": "phone"},
    "wechat": {"zh-Hans": "微信", "zh-Hant": "微信", "en": "WeChat"},
    "qq": {"zh-Hans": "QQ", "zh-Hant": "QQ", "en": "QQ"},
    "url": {"zh-Hans": "链接", "zh-Hant": "鏈接", "en": "link"},
    "shop": {"zh-Hans": "店铺", "zh-Hant": "店鋪", "en": "shop"},
}


def say_reason(code: str, lang: str, values: Mapping[str, object]) -> str:
    filled = {key: (value.get(lang, "") if isinstance(value, Mapping) else str(value)) for key, value in values.items()}
    return REASONS[code][lang].format(**filled)
