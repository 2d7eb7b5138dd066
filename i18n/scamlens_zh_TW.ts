<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Pattern library: loading…</source>
        <translation>騙局規則庫：正在讀取…</translation>
    </message>
    <message>
        <source>installed update</source>
        <translation>已安裝的更新包</translation>
    </message>
    <message>
        <source>built in</source>
        <translation>應用自帶</translation>
    </message>
    <message>
        <source>Pattern library: version {version}, {date} ({origin})</source>
        <translation>騙局規則庫：版本 {version}，{date}（{origin}）</translation>
    </message>
    <message>
        <source>About ScamLens</source>
        <translation>關於識騙鏡</translation>
    </message>
    <message>
        <source>App version {version}</source>
        <translation>應用版本 {version}</translation>
    </message>
    <message>
        <source>ScamLens works fully offline: nothing you check ever leaves this computer.</source>
        <translation>識騙鏡完全離線工作：您檢查的內容不會離開這台電腦。</translation>
    </message>
    <message>
        <source>How it judges: the documented scam patterns&apos; rules, and a second opinion from a wording model trained on example messages we wrote ourselves. Both run on this computer.</source>
        <translation>怎麼判斷：按已記錄騙局模式的規則比對，再由一個用我們自己編寫的示例消息訓練的措辭模型給出第二意見。兩者都在這臺電腦上運行。</translation>
    </message>
    <message>
        <source>Chinese font: WenQuanYi Micro Hei (文泉驿微米黑), © Google Corporation and the WenQuanYi Project, used under the Apache License 2.0.</source>
        <translation>中文字型：文泉驛微米黑（WenQuanYi Micro Hei），© Google Corporation 及文泉驛項目，按 Apache License 2.0 授權使用。</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
    <message>
        <source>Close About ScamLens</source>
        <translation>關閉「關於識騙鏡」</translation>
    </message>
</context>
<context>
    <name>Category</name>
    <message>
        <source>Livestream buyback promises</source>
        <translation>直播間高價回收承諾</translation>
    </message>
    <message>
        <source>Cash to delete a review</source>
        <translation>花錢讓你刪差評</translation>
    </message>
    <message>
        <source>Extortion with bad reviews</source>
        <translation>差評勒索</translation>
    </message>
    <message>
        <source>Order-brushing jobs</source>
        <translation>刷單兼職</translation>
    </message>
    <message>
        <source>Fake customer service</source>
        <translation>冒充客服</translation>
    </message>
    <message>
        <source>Counterfeit goods</source>
        <translation>假冒商品</translation>
    </message>
    <message>
        <source>Paid courses to get rich</source>
        <translation>收費「帶你賺錢」</translation>
    </message>
    <message>
        <source>Offers of leaked data</source>
        <translation>兜售洩露的數據</translation>
    </message>
    <message>
        <source>Fake traffic and paid deletion</source>
        <translation>刷量與有償刪帖</translation>
    </message>
    <message>
        <source>Refund abuse</source>
        <translation>惡意退款</translation>
    </message>
    <message>
        <source>Paying outside the platform</source>
        <translation>脫離平台私下付款</translation>
    </message>
    <message>
        <source>Phishing links</source>
        <translation>釣魚鏈接</translation>
    </message>
    <message>
        <source>Investment scams</source>
        <translation>投資理財詐騙</translation>
    </message>
    <message>
        <source>Loan scams</source>
        <translation>貸款詐騙</translation>
    </message>
    <message>
        <source>Pretending to be the authorities</source>
        <translation>冒充公檢法和政府部門</translation>
    </message>
    <message>
        <source>Pretending to be someone you know</source>
        <translation>冒充熟人、領導</translation>
    </message>
    <message>
        <source>Romance scams</source>
        <translation>網戀詐騙</translation>
    </message>
    <message>
        <source>Game trading scams</source>
        <translation>遊戲交易詐騙</translation>
    </message>
    <message>
        <source>Several scam tactics at once</source>
        <translation>多種詐騙手法同時出現</translation>
    </message>
    <message>
        <source>Fake platform notices to sellers</source>
        <translation>冒充平臺通知店家</translation>
    </message>
    <message>
        <source>Fake big orders that need an advance</source>
        <translation>冒充單位大訂單要店家墊錢</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <source>Preparing the scam library…</source>
        <translation>正在準備騙局資料庫…</translation>
    </message>
    <message>
        <source>Who are you?</source>
        <translation>你是：</translation>
    </message>
    <message>
        <source>I am a &amp;buyer</source>
        <translation>我是買家(&amp;B)</translation>
    </message>
    <message>
        <source>I am a buyer: check messages from sellers and strangers</source>
        <translation>我是買家：檢查賣家和陌生人發來的信息</translation>
    </message>
    <message>
        <source>I am a &amp;merchant</source>
        <translation>我是商家(&amp;M)</translation>
    </message>
    <message>
        <source>I am a merchant: put scams against shops first</source>
        <translation>我是商家：優先顯示針對店鋪的騙局</translation>
    </message>
    <message>
        <source>Paste a livestream pitch, a chat, a text message or the other person&apos;s contact details</source>
        <translation>粘貼直播話術、聊天記錄、短信或對方聯繫方式</translation>
    </message>
    <message>
        <source>Text to check</source>
        <translation>要檢查的文字</translation>
    </message>
    <message>
        <source>Paste or type the message here. Press Ctrl+Enter to check it.</source>
        <translation>在這裡粘貼或輸入信息，按 Ctrl+Enter 檢查。</translation>
    </message>
    <message>
        <source>&amp;Check (Ctrl+Enter)</source>
        <translation>檢查(&amp;C)（Ctrl+Enter）</translation>
    </message>
    <message>
        <source>Check the text</source>
        <translation>檢查這段文字</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>粘貼(&amp;P)</translation>
    </message>
    <message>
        <source>Paste from the clipboard and check</source>
        <translation>從剪貼簿粘貼並檢查</translation>
    </message>
    <message>
        <source>&amp;Open file…</source>
        <translation>打開檔案(&amp;O)…</translation>
    </message>
    <message>
        <source>Open a text file and check it</source>
        <translation>打開文字檔並檢查</translation>
    </message>
    <message>
        <source>Cl&amp;ear</source>
        <translation>清空(&amp;E)</translation>
    </message>
    <message>
        <source>Clear the text and the result</source>
        <translation>清空文字和檢查結果</translation>
    </message>
</context>
<context>
    <name>ContactPage</name>
    <message>
        <source>Type a phone number, WeChat or QQ id, shop name or link, then press Check.</source>
        <translation>輸入電話號碼、微信號、QQ 號、店鋪名或鏈接，然後按「檢查」。</translation>
    </message>
    <message>
        <source>Type or paste a phone number, WeChat or QQ id, shop name or link first.</source>
        <translation>請先輸入或貼上一個電話號碼、微信號、QQ 號、店鋪名或鏈接。</translation>
    </message>
    <message>
        <source>That is too long for one contact ({count} characters). Check one number, id, name or link at a time; to check a whole message, use the “Check a message” page.</source>
        <translation>這對一個聯繫方式來說太長了（{count} 個字符）。請一次只查一個號碼、賬號、店名或鏈接；要檢查整段信息，請用「檢查信息」頁。</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>正在檢查…</translation>
    </message>
    <message>
        <source>This cannot be checked as the chosen kind. Choose “Guess” and try again.</source>
        <translation>無法按所選類型檢查。請選擇「根據輸入自動判斷」後再試。</translation>
    </message>
    <message>
        <source>The check failed: {error}</source>
        <translation>檢查出錯：{error}</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>為什麼</translation>
    </message>
    <message>
        <source>What is known about it</source>
        <translation>已知信息</translation>
    </message>
    <message>
        <source>On your blocklists</source>
        <translation>攔截名單</translation>
    </message>
    <message>
        <source>Not on any of your blocklists.</source>
        <translation>不在你的任何攔截名單裡。</translation>
    </message>
    <message>
        <source>A caller ID can be faked: hang up and dial the official number yourself to make sure.</source>
        <translation>來電顯示可以偽造：請掛斷後自己撥打官方號碼核實。</translation>
    </message>
    <message>
        <source>Your blocklists are not available.</source>
        <translation>攔截名單無法使用。</translation>
    </message>
    <message>
        <source>A list named “{name}” already exists. Remove it first, or import under another name.</source>
        <translation>已經有名為「{name}」的名單。請先刪除它，或換一個名字導入。</translation>
    </message>
    <message>
        <source>The blocklist could not be changed: {error}</source>
        <translation>攔截名單無法修改：{error}</translation>
    </message>
    <message>
        <source>Added to your blocklist: {value}</source>
        <translation>已加入我的攔截名單：{value}</translation>
    </message>
    <message>
        <source>Already on your blocklist; note updated: {value}</source>
        <translation>已在我的攔截名單中，備註已更新：{value}</translation>
    </message>
    <message>
        <source>Removed from your blocklist: {value}</source>
        <translation>已從我的攔截名單刪除：{value}</translation>
    </message>
    <message>
        <source>Import a blocklist (CSV)</source>
        <translation>導入攔截名單（CSV）</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV 文件 (*.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Imported “{name}” from {file}: {count} entries.</source>
        <translation>已從 {file} 導入「{name}」：{count} 條。</translation>
    </message>
    <message>
        <source>Nothing was imported; your lists are unchanged. Fix these lines and try again:</source>
        <translation>什麼都沒有導入，原有名單沒有改動。請修改下面這些行後再試：</translation>
    </message>
    <message>
        <source>Removed the list “{name}” ({count} entries).</source>
        <translation>已刪除名單「{name}」（{count} 條）。</translation>
    </message>
    <message>
        <source>Export the blocklists (CSV)</source>
        <translation>導出攔截名單（CSV）</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Exported {count} entries to {path}</source>
        <translation>已導出 {count} 條到 {path}</translation>
    </message>
    <message>
        <source>&amp;Phone number, WeChat or QQ id, shop name or link:</source>
        <translation>電話號碼、微信號、QQ 號、店鋪名或鏈接(&amp;P)：</translation>
    </message>
    <message>
        <source>Contact to check</source>
        <translation>要檢查的聯繫方式</translation>
    </message>
    <message>
        <source>e.g. 13800138000, a WeChat id, or https://…</source>
        <translation>例如 13800138000、微信號，或 https://…</translation>
    </message>
    <message>
        <source>&amp;What is it?</source>
        <translation>這是什麼(&amp;W)？</translation>
    </message>
    <message>
        <source>What kind of contact it is</source>
        <translation>聯繫方式的類型</translation>
    </message>
    <message>
        <source>Guess from what I typed</source>
        <translation>根據輸入自動判斷</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>電話號碼</translation>
    </message>
    <message>
        <source>WeChat id</source>
        <translation>微信號</translation>
    </message>
    <message>
        <source>QQ number</source>
        <translation>QQ 號</translation>
    </message>
    <message>
        <source>Link or website</source>
        <translation>鏈接或網站</translation>
    </message>
    <message>
        <source>Shop name</source>
        <translation>店鋪名</translation>
    </message>
    <message>
        <source>What did the &amp;message say? (optional)</source>
        <translation>對方的信息說了什麼(&amp;M)？（可不填）</translation>
    </message>
    <message>
        <source>What the message said, optional</source>
        <translation>對方信息的內容，可不填</translation>
    </message>
    <message>
        <source>e.g. “I am Taobao customer service, add me on WeChat”</source>
        <translation>例如「我是淘寶客服，加我微信」</translation>
    </message>
    <message>
        <source>Check &amp;contact (Enter)</source>
        <translation>檢查聯繫方式(&amp;C)（Enter）</translation>
    </message>
    <message>
        <source>Check the contact</source>
        <translation>檢查這個聯繫方式</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>檢查結果</translation>
    </message>
    <message>
        <source>Community lists</source>
        <translation>社區名單</translation>
    </message>
    <message>
        <source>My blocklists</source>
        <translation>我的攔截名單</translation>
    </message>
    <message>
        <source>Result and blocklists</source>
        <translation>檢查結果和攔截名單</translation>
    </message>
    <message>
        <source>Contact check result</source>
        <translation>聯繫方式檢查結果</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>備註(&amp;N)：</translation>
    </message>
    <message>
        <source>Note for the blocklist entry</source>
        <translation>攔截名單條目的備註</translation>
    </message>
    <message>
        <source>e.g. fake refund call</source>
        <translation>例如：假冒退款電話</translation>
    </message>
    <message>
        <source>&amp;Add to my blocklist</source>
        <translation>加入我的攔截名單(&amp;A)</translation>
    </message>
    <message>
        <source>Add the checked contact to my blocklist</source>
        <translation>把檢查過的聯繫方式加入我的攔截名單</translation>
    </message>
    <message>
        <source>My blocklist</source>
        <translation>我的攔截名單</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>聯繫方式</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>類型</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>加入時間</translation>
    </message>
    <message>
        <source>Entries on my blocklist</source>
        <translation>我的攔截名單條目</translation>
    </message>
    <message>
        <source>&amp;Delete entry</source>
        <translation>刪除條目(&amp;D)</translation>
    </message>
    <message>
        <source>Delete the selected entry from my blocklist</source>
        <translation>從我的攔截名單刪除選中的條目</translation>
    </message>
    <message>
        <source>Imported lists (checked with every contact)</source>
        <translation>導入的名單（每次檢查都會比對）</translation>
    </message>
    <message>
        <source>List &amp;name:</source>
        <translation>名單名稱(&amp;N)：</translation>
    </message>
    <message>
        <source>Name for the imported list</source>
        <translation>導入名單的名稱</translation>
    </message>
    <message>
        <source>e.g. community centre 2024</source>
        <translation>例如：社區中心 2024</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>導入 CSV(&amp;I)…</translation>
    </message>
    <message>
        <source>Import a blocklist from a CSV file</source>
        <translation>從 CSV 文件導入攔截名單</translation>
    </message>
    <message>
        <source>List</source>
        <translation>名單</translation>
    </message>
    <message>
        <source>Source file</source>
        <translation>來源文件</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>導入時間</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>條數</translation>
    </message>
    <message>
        <source>Imported lists</source>
        <translation>導入的名單</translation>
    </message>
    <message>
        <source>&amp;Remove list</source>
        <translation>刪除名單(&amp;R)</translation>
    </message>
    <message>
        <source>Remove the selected imported list</source>
        <translation>刪除選中的導入名單</translation>
    </message>
    <message>
        <source>E&amp;xport all…</source>
        <translation>全部導出(&amp;X)…</translation>
    </message>
    <message>
        <source>Export all blocklists to a CSV file</source>
        <translation>把所有攔截名單導出為 CSV 文件</translation>
    </message>
    <message>
        <source>Blocklist messages</source>
        <translation>攔截名單消息</translation>
    </message>
</context>
<context>
    <name>Guidance</name>
    <message>
        <source>Do not pay or transfer money to someone you only know from a chat, a livestream or a phone call.</source>
        <translation>只在聊天、直播或電話裡認識的人，不要給他付款或轉賬。</translation>
    </message>
    <message>
        <source>Never tell anyone a verification code, your bank card password or your payment password.</source>
        <translation>驗證碼、銀行卡密碼、支付密碼，對誰都不要說。</translation>
    </message>
    <message>
        <source>Keep paying, refunds and after-sales inside the shopping platform; do not move to WeChat, QQ or another app.</source>
        <translation>付款、退款和售後都在購物平台裡完成，不要轉到微信、QQ 或其他 App。</translation>
    </message>
    <message>
        <source>If someone says they are customer service, the police or the platform, hang up and call the official number yourself.</source>
        <translation>對方自稱客服、警察或平台時，先掛斷，再自己撥打官方電話核實。</translation>
    </message>
    <message>
        <source>Not sure? Ask a family member, or call the 96110 anti-fraud line.</source>
        <translation>拿不準時，問問家人，或撥打 96110 反詐專線諮詢。</translation>
    </message>
    <message>
        <source>Keep the evidence: screenshots of the chat, the order numbers, the buyer accounts, the reviews and complaints.</source>
        <translation>保存證據：聊天截圖、訂單號、買家賬號、差評和投訴內容。</translation>
    </message>
    <message>
        <source>Do not pay, and do not settle privately outside the platform: paying once invites more demands.</source>
        <translation>不要付錢，也不要在平台外「私了」：付一次，對方會一次次再來。</translation>
    </message>
    <message>
        <source>Use the platform&apos;s appeal for malicious reviews and complaints in your seller centre, and submit the evidence.</source>
        <translation>在商家後台的惡意差評 / 惡意投訴申訴通道提交證據，請平台處理。</translation>
    </message>
    <message>
        <source>Demanding money with threats of bad reviews or complaints is extortion: report it to the police on 110.</source>
        <translation>以差評、投訴相威脅索要錢財是敲詐勒索：撥打 110 報警。</translation>
    </message>
    <message>
        <source>These checks are offline and cannot confirm who is behind a contact. Do not add strangers on WeChat or QQ, and check numbers and links through official channels before you call or click.</source>
        <translation>這些檢查都在本機離線完成，無法確認聯繫方式背後是誰。不要隨便加陌生人的微信或 QQ；回撥電話、點開鏈接之前，先通過官方渠道核實。</translation>
    </message>
    <message>
        <source>For buyers</source>
        <translation>針對買家</translation>
    </message>
    <message>
        <source>For merchants</source>
        <translation>針對商家</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>Date</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>First words</source>
        <translation>開頭的文字</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>檢查結果</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>Clear history</source>
        <translation>清空歷史記錄</translation>
    </message>
    <message>
        <source>Delete every entry in the history? This cannot be undone.</source>
        <translation>要刪除全部歷史記錄嗎？刪除後無法恢復。</translation>
    </message>
    <message>
        <source>Your checks are kept only on this computer. Double-click one to check it again.</source>
        <translation>檢查記錄只保存在這台電腦上。雙擊一條可以重新檢查。</translation>
    </message>
    <message>
        <source>History is off in community-centre mode: nothing is kept.</source>
        <translation>社區中心模式下不保存歷史記錄。</translation>
    </message>
    <message>
        <source>Check history</source>
        <translation>檢查歷史</translation>
    </message>
    <message>
        <source>&amp;Open in the checker</source>
        <translation>重新檢查(&amp;O)</translation>
    </message>
    <message>
        <source>Open the selected entry in the checker</source>
        <translation>把選中的記錄放回檢查頁重新檢查</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>刪除(&amp;D)</translation>
    </message>
    <message>
        <source>Delete the selected entry</source>
        <translation>刪除選中的記錄</translation>
    </message>
    <message>
        <source>Clear &amp;all</source>
        <translation>全部清空(&amp;A)</translation>
    </message>
    <message>
        <source>Delete the whole history</source>
        <translation>刪除全部歷史記錄</translation>
    </message>
</context>
<context>
    <name>LibraryBrowser</name>
    <message>
        <source>{count} patterns found for “{query}”</source>
        <translation>「{query}」找到 {count} 種騙局模式</translation>
    </message>
    <message>
        <source>Nothing in the library matches this search.</source>
        <translation>資料庫裡沒有與此相符的內容。</translation>
    </message>
    <message>
        <source>{count} documented patterns</source>
        <translation>共 {count} 種已記錄的騙局模式</translation>
    </message>
    <message>
        <source>Warning signs</source>
        <translation>警示信號</translation>
    </message>
    <message>
        <source>How it unfolds</source>
        <translation>騙局步驟</translation>
    </message>
    <message>
        <source>Examples of this scam</source>
        <translation>這種騙局的例子</translation>
    </message>
    <message>
        <source>Similar but ordinary messages</source>
        <translation>看起來相似、其實正常的信息</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>顯示(&amp;W)：</translation>
    </message>
    <message>
        <source>All patterns</source>
        <translation>全部騙局模式</translation>
    </message>
    <message>
        <source>Which patterns to show</source>
        <translation>顯示哪些騙局模式</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>搜尋(&amp;F)：</translation>
    </message>
    <message>
        <source>Search patterns and cases, e.g. 刷单, 好评返现</source>
        <translation>搜尋騙局和案例，例如：刷單、好評返現</translation>
    </message>
    <message>
        <source>Search the scam library</source>
        <translation>搜尋騙局資料庫</translation>
    </message>
    <message>
        <source>Documented scam patterns</source>
        <translation>已記錄的騙局模式</translation>
    </message>
    <message>
        <source>Pattern details</source>
        <translation>騙局詳情</translation>
    </message>
    <message>
        <source>Preparing the scam library…</source>
        <translation>正在準備騙局資料庫…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Preparing the scam library…</source>
        <translation>正在準備騙局資料庫…</translation>
    </message>
    <message>
        <source>Result copied</source>
        <translation>檢查結果已複製</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>已保存：{path}</translation>
    </message>
    <message>
        <source>Loading the updated scam library…</source>
        <translation>正在載入更新後的規則庫…</translation>
    </message>
    <message>
        <source>The updated scam library cannot be loaded: {error}</source>
        <translation>更新後的規則庫無法載入：{error}</translation>
    </message>
    <message>
        <source>History is not available: {error}</source>
        <translation>歷史記錄無法使用：{error}</translation>
    </message>
    <message>
        <source>Your blocklists are not available: {error}</source>
        <translation>攔截名單無法使用：{error}</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>準備好了</translation>
    </message>
    <message>
        <source>The scam library cannot be loaded, so nothing can be checked:
{details}</source>
        <translation>騙局資料庫無法加載，暫時不能檢查：
{details}</translation>
    </message>
    <message>
        <source>Paste or type a message above, then press Check.</source>
        <translation>在上面粘貼或輸入信息，然後按「檢查」。</translation>
    </message>
    <message>
        <source>The check failed: {error}</source>
        <translation>檢查出錯：{error}</translation>
    </message>
    <message>
        <source>Open a text file</source>
        <translation>打開文字檔</translation>
    </message>
    <message>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>文字檔 (*.txt);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>Cannot open “{name}”: {reason}</source>
        <translation>無法打開「{name}」：{reason}</translation>
    </message>
    <message>
        <source>ScamLens — check a message against documented scams</source>
        <translation>識騙鏡 ScamLens — 對照已記錄的騙局檢查信息</translation>
    </message>
    <message>
        <source>Chec&amp;k a message</source>
        <translation>檢查信息(&amp;K)</translation>
    </message>
    <message>
        <source>Check a con&amp;tact</source>
        <translation>查聯繫方式(&amp;T)</translation>
    </message>
    <message>
        <source>Scam &amp;library</source>
        <translation>騙局資料庫(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>歷史記錄(&amp;H)</translation>
    </message>
    <message>
        <source>Sections of ScamLens</source>
        <translation>識騙鏡的各個頁面</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>設定(&amp;S)…</translation>
    </message>
    <message>
        <source>Open the settings: language, text size, contrast</source>
        <translation>打開設定：語言、字號、高對比度</translation>
    </message>
    <message>
        <source>Abo&amp;ut</source>
        <translation>關於(&amp;U)</translation>
    </message>
    <message>
        <source>About ScamLens: versions and notices (F1)</source>
        <translation>關於識騙鏡：版本和聲明（F1）</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Similar documented cases</source>
        <translation>相似的已記錄案例</translation>
    </message>
    <message>
        <source>What to do as a shop owner</source>
        <translation>商家應對步驟</translation>
    </message>
    <message>
        <source>Please note</source>
        <translation>請注意</translation>
    </message>
    <message>
        <source>Wording that resembles a documented scam</source>
        <translation>與已記錄騙局相似的說法</translation>
    </message>
    <message>
        <source>General safety tips</source>
        <translation>一般安全提示</translation>
    </message>
    <message>
        <source>ScamLens check result</source>
        <translation>識騙鏡檢查結果</translation>
    </message>
    <message>
        <source>Checked on {when}</source>
        <translation>檢查時間：{when}</translation>
    </message>
    <message>
        <source>Checked text</source>
        <translation>檢查的文字</translation>
    </message>
</context>
<context>
    <name>ResultView</name>
    <message>
        <source>Save the result as PDF</source>
        <translation>把檢查結果保存為 PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 檔案 (*.pdf)</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>無法保存</translation>
    </message>
    <message>
        <source>Cop&amp;y result</source>
        <translation>複製結果(&amp;Y)</translation>
    </message>
    <message>
        <source>Copy the result to the clipboard</source>
        <translation>把檢查結果複製到剪貼簿</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>列印(&amp;R)…</translation>
    </message>
    <message>
        <source>Print the result</source>
        <translation>列印檢查結果</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>保存為 PDF(&amp;D)…</translation>
    </message>
    <message>
        <source>Save the result as a PDF file</source>
        <translation>把檢查結果保存為 PDF 檔案</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>檢查結果</translation>
    </message>
    <message>
        <source>Preparing</source>
        <translation>正在準備</translation>
    </message>
</context>
<context>
    <name>ScreenshotReader</name>
    <message>
        <source>Recognising the text in the picture…</source>
        <translation>正在識別圖片中的文字…</translation>
    </message>
    <message>
        <source>Cannot open the picture: {reason}</source>
        <translation>無法打開圖片：{reason}</translation>
    </message>
    <message>
        <source>The text could not be recognised: {error}</source>
        <translation>無法識別文字：{error}</translation>
    </message>
    <message>
        <source>Screenshot checks are not installed. To enable them, install the OCR extra: pip install &apos;scamlens[ocr]&apos;. Until then, copy the text of the message and paste it here.</source>
        <translation>未安裝截圖識別功能。啟用方法：安裝 OCR 擴充 pip install &apos;scamlens[ocr]&apos;。在此之前，請複製訊息文字後粘貼到這裡。</translation>
    </message>
    <message>
        <source>The picture file is empty, so there is nothing to read.</source>
        <translation>圖片文件是空的，沒有可識別的內容。</translation>
    </message>
    <message>
        <source>This is not a picture ScamLens can read (PNG, JPG, BMP, WebP or GIF).</source>
        <translation>這不是識騙鏡能讀取的圖片（支援 PNG、JPG、BMP、WebP、GIF）。</translation>
    </message>
    <message>
        <source>The picture is damaged or incomplete. Take the screenshot again.</source>
        <translation>圖片已損壞或不完整，請重新截圖。</translation>
    </message>
    <message>
        <source>The picture is too large ({size}; the limit is {limit}). Capture only the screen with the message.</source>
        <translation>圖片太大（{size}，最多 {limit}）。請只截取訊息所在的那一屏。</translation>
    </message>
    <message>
        <source>No text was found in the picture. Make sure it shows the message, or paste the text instead.</source>
        <translation>圖片裡沒有識別出文字。請確認截圖包含訊息內容，或直接粘貼文字。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Loading the library&apos;s version…</source>
        <translation>正在讀取規則庫版本…</translation>
    </message>
    <message>
        <source>installed update</source>
        <translation>已安裝的更新包</translation>
    </message>
    <message>
        <source>built in</source>
        <translation>應用自帶</translation>
    </message>
    <message>
        <source>Version {version}, {date} ({origin})</source>
        <translation>版本 {version}，{date}（{origin}）</translation>
    </message>
    <message>
        <source>Choose a library update pack</source>
        <translation>選擇規則庫更新包</translation>
    </message>
    <message>
        <source>ScamLens library packs (*.slpack);;All files (*)</source>
        <translation>識騙鏡規則庫更新包 (*.slpack);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>Checking and installing the update pack…</source>
        <translation>正在檢查並安裝更新包…</translation>
    </message>
    <message>
        <source>Restoring the previous library…</source>
        <translation>正在恢復上一個規則庫…</translation>
    </message>
    <message>
        <source>Done. New checks now use pattern library {version}.</source>
        <translation>完成。之後的檢查將使用規則庫 {version}。</translation>
    </message>
    <message>
        <source>The library was not changed: {error}</source>
        <translation>規則庫沒有改動：{error}</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>語言(&amp;L)：</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>語言</translation>
    </message>
    <message>
        <source>&amp;Text size:</source>
        <translation>字號(&amp;T)：</translation>
    </message>
    <message>
        <source>Text size in percent</source>
        <translation>字號（百分比）</translation>
    </message>
    <message>
        <source>&amp;High contrast (white on black)</source>
        <translation>高對比度（黑底白字）(&amp;H)</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>高對比度</translation>
    </message>
    <message>
        <source>&amp;Community-centre mode</source>
        <translation>社區中心模式(&amp;C)</translation>
    </message>
    <message>
        <source>Community-centre mode</source>
        <translation>社區中心模式</translation>
    </message>
    <message>
        <source>Clear the screen after (&amp;minutes):</source>
        <translation>無人使用多少分鐘後清屏(&amp;M)：</translation>
    </message>
    <message>
        <source>Minutes without use before the screen is cleared</source>
        <translation>無人使用多少分鐘後清空屏幕</translation>
    </message>
    <message>
        <source>Community-centre mode keeps no history, uses larger text and clears the text and the result when nobody has used the computer for the chosen number of minutes.</source>
        <translation>社區中心模式不保存歷史記錄，使用更大的字，並在無人使用達到設定的分鐘數後清空文字和檢查結果。</translation>
    </message>
    <message>
        <source>Pattern library</source>
        <translation>騙局規則庫</translation>
    </message>
    <message>
        <source>&amp;Install update pack…</source>
        <translation>安裝更新包(&amp;I)…</translation>
    </message>
    <message>
        <source>Install a pattern library update pack from a file</source>
        <translation>從檔案安裝規則庫更新包</translation>
    </message>
    <message>
        <source>&amp;Restore previous library</source>
        <translation>恢復上一個規則庫(&amp;R)</translation>
    </message>
    <message>
        <source>Restore the pattern library used before the last update</source>
        <translation>恢復上次更新之前使用的規則庫</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
    <message>
        <source>Close the settings</source>
        <translation>關閉設定</translation>
    </message>
</context>
</TS>
