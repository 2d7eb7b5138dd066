"""Fixed wording of verdicts in the three languages, kept together in one place.

Pattern-specific text lives in the pattern files; this is only the frame around it.
The wording never overclaims: a match "matches the documented pattern", the fallback that
tallies red flags and the wording model's warnings only "resemble", and no match is never
called "safe".
"""

from __future__ import annotations

WORDING: dict[str, dict[str, str]] = {
    "risk.high": {"zh-Hans": "高风险", "zh-Hant": "高風險", "en": "High risk"},
    "risk.medium": {"zh-Hans": "中风险", "zh-Hant": "中風險", "en": "Medium risk"},
    "risk.low": {"zh-Hans": "低风险", "zh-Hant": "低風險", "en": "Low risk"},
    "risk.none": {
        "zh-Hans": "未发现已记录的骗局模式",
        "zh-Hant": "未發現已記錄的騙局模式",
        "en": "No documented scam pattern found",
    },
    "headline.match": {
        "zh-Hans": "符合已记录的骗局模式：{title}",
        "zh-Hant": "符合已記錄的騙局模式：{title}",
        "en": "Matches the documented pattern: {title}",
    },
    "headline.fallback": {
        "zh-Hans": "不完全符合某一种已记录的骗局，但{title}",
        "zh-Hant": "不完全符合某一種已記錄的騙局，但{title}",
        "en": "No single documented pattern fits, but it resembles them: {title}",
    },
    "headline.wording": {
        "zh-Hans": "说法和“{title}”很像（不是已记录模式的完整匹配）",
        "zh-Hant": "說法和「{title}」很像（不是已記錄模式的完整匹配）",
        "en": 'The wording closely resembles "{title}", though it is not a full match for the documented pattern',
    },
    "headline.near": {
        "zh-Hans": "有些说法与“{title}”相似，但未达到已记录骗局模式的程度",
        "zh-Hant": "有些說法與「{title}」相似，但未達到已記錄騙局模式的程度",
        "en": 'Some wording resembles "{title}", but not enough to match the documented pattern',
    },
    "headline.near_ordinary": {
        "zh-Hans": "有些说法与“{title}”相似，但整条消息的措辞更像正常消息",
        "zh-Hant": "有些說法與「{title}」相似，但整條消息的措辭更像正常消息",
        "en": 'Some wording resembles "{title}", but the message as a whole reads like an ordinary one',
    },
    "none.note": {
        "zh-Hans": "这不代表这条信息一定安全：骗子会换说法。涉及付款、验证码、加微信或下载 App 时，请先停一停，向官方渠道核实。",
        "zh-Hant": "這不代表這條信息一定安全：騙子會換說法。涉及付款、驗證碼、加微信或下載 App 時，請先停一停，向官方渠道核實。",
        "en": "This does not prove the message is safe: scammers change their wording. Before paying, sharing a code, adding a WeChat contact or installing an app, stop and check through official channels.",
    },
    "section.basis": {"zh-Hans": "怎么判断的", "zh-Hant": "怎麼判斷的", "en": "How this was judged"},
    "basis.wording": {
        "zh-Hans": "资料库里没有哪一种骗局的规则完全对上这条消息。识骗镜把它和我们整理的几千条诈骗消息、正常消息比了比：它的说法更像诈骗消息（把握约 {percent}%），最像“{title}”这一类。请先按下面的建议核实，别急着付钱。",
        "zh-Hant": "資料庫裡沒有哪一種騙局的規則完全對上這條消息。識騙鏡把它和我們整理的幾千條詐騙消息、正常消息比了比：它的說法更像詐騙消息（把握約 {percent}%），最像「{title}」這一類。請先按下面的建議核實，別急著付錢。",
        "en": 'No documented pattern\'s rules match this message in full. ScamLens compared it with the thousands of scam and ordinary messages we have written up: its wording is much closer to the scams (about {percent}% sure), most like "{title}". Check it as advised below before you pay anything.',
    },
    "section.words": {"zh-Hans": "触发的词句", "zh-Hant": "觸發的詞句", "en": "Words that triggered it"},
    "section.why": {"zh-Hans": "为什么这是骗局", "zh-Hant": "為什麼這是騙局", "en": "Why this is a scam"},
    "section.advice": {"zh-Hans": "现在怎么做", "zh-Hant": "現在怎麼做", "en": "What to do now"},
    "section.report": {"zh-Hans": "去哪里举报", "zh-Hant": "去哪裡舉報", "en": "Where to report"},
    "section.cases": {"zh-Hans": "依据的真实案例", "zh-Hant": "依據的真實案例", "en": "Documented cases it rests on"},
    "section.stage": {"zh-Hans": "你现在所处的阶段", "zh-Hant": "你現在所處的階段", "en": "Where you are now"},
    "section.next": {"zh-Hans": "对方下一步可能", "zh-Hant": "對方下一步可能", "en": "What they will likely do next"},
    "section.benign": {
        "zh-Hans": "降低判断的正常迹象",
        "zh-Hant": "降低判斷的正常跡象",
        "en": "Ordinary cues that lowered the score",
    },
    "section.contacts": {"zh-Hans": "文中的联系方式", "zh-Hant": "文中的聯繫方式", "en": "Contacts in the text"},
    "section.amounts": {"zh-Hans": "文中的金额", "zh-Hant": "文中的金額", "en": "Amounts in the text"},
    "section.also": {"zh-Hans": "也符合", "zh-Hant": "也符合", "en": "Also matches"},
    "contact.phone": {"zh-Hans": "电话", "zh-Hant": "電話", "en": "Phone"},
    "contact.wechat": {"zh-Hans": "微信", "zh-Hant": "微信", "en": "WeChat"},
    "contact.qq": {"zh-Hans": "QQ", "zh-Hant": "QQ", "en": "QQ"},
    "contact.url": {"zh-Hans": "链接", "zh-Hant": "鏈接", "en": "Link"},
    "contact.money": {"zh-Hans": "金额", "zh-Hant": "金額", "en": "Amount"},
}


def say(key: str, lang: str, **values: str) -> str:
    text = WORDING[key][lang]
    return text.format(**values) if values else text


INPUT_ERRORS: dict[str, dict[str, str]] = {
    "empty": {
        "zh-Hans": "没有可检查的内容：请粘贴或输入要检查的文字。",
        "zh-Hant": "沒有可檢查的內容：請粘貼或輸入要檢查的文字。",
        "en": "Nothing to check: paste or type the text you want checked.",
    },
    "too_long": {
        "zh-Hans": "内容太长（{size}）：一次最多检查 {limit}。请只粘贴可疑的那一段。",
        "zh-Hant": "內容太長（{size}）：一次最多檢查 {limit}。請只粘貼可疑的那一段。",
        "en": "The text is too long ({size}); ScamLens checks up to {limit} at a time. Paste only the suspicious part.",
    },
    "not_utf8": {
        "zh-Hans": "无法读取：内容不是 UTF-8 编码的文字。请另存为 UTF-8 文本后再试。",
        "zh-Hant": "無法讀取：內容不是 UTF-8 編碼的文字。請另存為 UTF-8 文本後再試。",
        "en": "Cannot read this: it is not UTF-8 text. Save it as UTF-8 text and try again.",
    },
    "binary": {
        "zh-Hans": "这看起来是二进制文件（如图片或程序），不是文字，无法检查。",
        "zh-Hant": "這看起來是二進制文件（如圖片或程序），不是文字，無法檢查。",
        "en": "This looks like a binary file (an image or a program), not text, so it cannot be checked.",
    },
    # Screenshots (scamlens.ocr)
    "image_empty": {
        "zh-Hans": "图片文件是空的（0 字节），无法识别。请重新截图后再试。",
        "zh-Hant": "圖片文件是空的（0 位元組），無法識別。請重新截圖後再試。",
        "en": "The image file is empty (0 bytes), so there is nothing to read. Take the screenshot again.",
    },
    "image_unknown": {
        "zh-Hans": "这不是能识别的图片（支持 PNG、JPG、BMP、WebP、GIF 等截图）。",
        "zh-Hant": "這不是能識別的圖片（支援 PNG、JPG、BMP、WebP、GIF 等截圖）。",
        "en": "This is not an image ScamLens can read (screenshots in PNG, JPG, BMP, WebP or GIF work).",
    },
    "image_corrupt": {
        "zh-Hans": "图片已损坏或不完整，无法读取。请重新截图或重新保存后再试。",
        "zh-Hant": "圖片已損壞或不完整，無法讀取。請重新截圖或重新保存後再試。",
        "en": "The image is damaged or incomplete and cannot be read. Take or save the screenshot again.",
    },
    "image_too_large": {
        "zh-Hans": "图片太大（{size}），最多 {limit}。请只截取可疑消息所在的那一屏。",
        "zh-Hant": "圖片太大（{size}），最多 {limit}。請只截取可疑訊息所在的那一屏。",
        "en": "The image is too large ({size}; the limit is {limit}). Capture only the screen with the suspicious message.",
    },
    "image_no_text": {
        "zh-Hans": "图片里没有识别出文字。请确认截图清晰、包含消息内容，或直接粘贴文字。",
        "zh-Hant": "圖片裡沒有識別出文字。請確認截圖清晰、包含訊息內容，或直接粘貼文字。",
        "en": "No text was found in the image. Make sure the screenshot is sharp and shows the message, or paste the text instead.",
    },
    "ocr_unavailable": {
        "zh-Hans": "未安装截图识别功能。启用方法：pip install 'scamlens[ocr]'",
        "zh-Hant": "未安裝截圖識別功能。啟用方法：pip install 'scamlens[ocr]'",
        "en": "Screenshot checks are not installed. To enable them: pip install 'scamlens[ocr]'",
    },
}


def say_input_error(reason: str, lang: str, **values: str) -> str:
    text = INPUT_ERRORS[reason][lang]
    return text.format(**values) if values else text
