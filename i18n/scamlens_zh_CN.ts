<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Pattern library: loading…</source>
        <translation>骗局规则库：正在读取…</translation>
    </message>
    <message>
        <source>installed update</source>
        <translation>已安装的更新包</translation>
    </message>
    <message>
        <source>built in</source>
        <translation>应用自带</translation>
    </message>
    <message>
        <source>Pattern library: version {version}, {date} ({origin})</source>
        <translation>骗局规则库：版本 {version}，{date}（{origin}）</translation>
    </message>
    <message>
        <source>About ScamLens</source>
        <translation>关于识骗镜</translation>
    </message>
    <message>
        <source>App version {version}</source>
        <translation>应用版本 {version}</translation>
    </message>
    <message>
        <source>ScamLens works fully offline: nothing you check ever leaves this computer.</source>
        <translation>识骗镜完全离线工作：您检查的内容不会离开这台电脑。</translation>
    </message>
    <message>
        <source>How it judges: the documented scam patterns&apos; rules, and a second opinion from a wording model trained on example messages we wrote ourselves. Both run on this computer.</source>
        <translation>怎么判断：按已记录骗局模式的规则比对，再由一个用我们自己编写的示例消息训练的措辞模型给出第二意见。两者都在这台电脑上运行。</translation>
    </message>
    <message>
        <source>Chinese font: WenQuanYi Micro Hei (文泉驿微米黑), © Google Corporation and the WenQuanYi Project, used under the Apache License 2.0.</source>
        <translation>中文字体：文泉驿微米黑（WenQuanYi Micro Hei），© Google Corporation 及文泉驿项目，按 Apache License 2.0 许可使用。</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Close About ScamLens</source>
        <translation>关闭“关于识骗镜”</translation>
    </message>
</context>
<context>
    <name>Category</name>
    <message>
        <source>Livestream buyback promises</source>
        <translation>直播间高价回收承诺</translation>
    </message>
    <message>
        <source>Cash to delete a review</source>
        <translation>花钱让你删差评</translation>
    </message>
    <message>
        <source>Extortion with bad reviews</source>
        <translation>差评勒索</translation>
    </message>
    <message>
        <source>Order-brushing jobs</source>
        <translation>刷单兼职</translation>
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
        <translation>收费“带你赚钱”</translation>
    </message>
    <message>
        <source>Offers of leaked data</source>
        <translation>兜售泄露的数据</translation>
    </message>
    <message>
        <source>Fake traffic and paid deletion</source>
        <translation>刷量与有偿删帖</translation>
    </message>
    <message>
        <source>Refund abuse</source>
        <translation>恶意退款</translation>
    </message>
    <message>
        <source>Paying outside the platform</source>
        <translation>脱离平台私下付款</translation>
    </message>
    <message>
        <source>Phishing links</source>
        <translation>钓鱼链接</translation>
    </message>
    <message>
        <source>Investment scams</source>
        <translation>投资理财诈骗</translation>
    </message>
    <message>
        <source>Loan scams</source>
        <translation>贷款诈骗</translation>
    </message>
    <message>
        <source>Pretending to be the authorities</source>
        <translation>冒充公检法和政府部门</translation>
    </message>
    <message>
        <source>Pretending to be someone you know</source>
        <translation>冒充熟人、领导</translation>
    </message>
    <message>
        <source>Romance scams</source>
        <translation>网恋诈骗</translation>
    </message>
    <message>
        <source>Game trading scams</source>
        <translation>游戏交易诈骗</translation>
    </message>
    <message>
        <source>Several scam tactics at once</source>
        <translation>多种诈骗手法同时出现</translation>
    </message>
    <message>
        <source>Fake platform notices to sellers</source>
        <translation>冒充平台通知店家</translation>
    </message>
    <message>
        <source>Fake big orders that need an advance</source>
        <translation>冒充单位大订单要店家垫钱</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <source>Preparing the scam library…</source>
        <translation>正在准备骗局资料库…</translation>
    </message>
    <message>
        <source>Who are you?</source>
        <translation>你是：</translation>
    </message>
    <message>
        <source>I am a &amp;buyer</source>
        <translation>我是买家(&amp;B)</translation>
    </message>
    <message>
        <source>I am a buyer: check messages from sellers and strangers</source>
        <translation>我是买家：检查卖家和陌生人发来的信息</translation>
    </message>
    <message>
        <source>I am a &amp;merchant</source>
        <translation>我是商家(&amp;M)</translation>
    </message>
    <message>
        <source>I am a merchant: put scams against shops first</source>
        <translation>我是商家：优先显示针对店铺的骗局</translation>
    </message>
    <message>
        <source>Paste a livestream pitch, a chat, a text message or the other person&apos;s contact details</source>
        <translation>粘贴直播话术、聊天记录、短信或对方联系方式</translation>
    </message>
    <message>
        <source>Text to check</source>
        <translation>要检查的文字</translation>
    </message>
    <message>
        <source>Paste or type the message here. Press Ctrl+Enter to check it.</source>
        <translation>在这里粘贴或输入信息，按 Ctrl+Enter 检查。</translation>
    </message>
    <message>
        <source>&amp;Check (Ctrl+Enter)</source>
        <translation>检查(&amp;C)（Ctrl+Enter）</translation>
    </message>
    <message>
        <source>Check the text</source>
        <translation>检查这段文字</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>粘贴(&amp;P)</translation>
    </message>
    <message>
        <source>Paste from the clipboard and check</source>
        <translation>从剪贴板粘贴并检查</translation>
    </message>
    <message>
        <source>&amp;Open file…</source>
        <translation>打开文件(&amp;O)…</translation>
    </message>
    <message>
        <source>Open a text file and check it</source>
        <translation>打开文本文件并检查</translation>
    </message>
    <message>
        <source>Cl&amp;ear</source>
        <translation>清空(&amp;E)</translation>
    </message>
    <message>
        <source>Clear the text and the result</source>
        <translation>清空文字和检查结果</translation>
    </message>
</context>
<context>
    <name>ContactPage</name>
    <message>
        <source>Type a phone number, WeChat or QQ id, shop name or link, then press Check.</source>
        <translation>输入电话号码、微信号、QQ 号、店铺名或链接，然后按“检查”。</translation>
    </message>
    <message>
        <source>Type or paste a phone number, WeChat or QQ id, shop name or link first.</source>
        <translation>请先输入或粘贴一个电话号码、微信号、QQ 号、店铺名或链接。</translation>
    </message>
    <message>
        <source>That is too long for one contact ({count} characters). Check one number, id, name or link at a time; to check a whole message, use the “Check a message” page.</source>
        <translation>这对一个联系方式来说太长了（{count} 个字符）。请一次只查一个号码、账号、店名或链接；要检查整段信息，请用“检查信息”页。</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <source>This cannot be checked as the chosen kind. Choose “Guess” and try again.</source>
        <translation>无法按所选类型检查。请选择“根据输入自动判断”后再试。</translation>
    </message>
    <message>
        <source>The check failed: {error}</source>
        <translation>检查出错：{error}</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>为什么</translation>
    </message>
    <message>
        <source>What is known about it</source>
        <translation>已知信息</translation>
    </message>
    <message>
        <source>On your blocklists</source>
        <translation>拦截名单</translation>
    </message>
    <message>
        <source>Not on any of your blocklists.</source>
        <translation>不在你的任何拦截名单里。</translation>
    </message>
    <message>
        <source>A caller ID can be faked: hang up and dial the official number yourself to make sure.</source>
        <translation>来电显示可以伪造：请挂断后自己拨打官方号码核实。</translation>
    </message>
    <message>
        <source>Your blocklists are not available.</source>
        <translation>拦截名单无法使用。</translation>
    </message>
    <message>
        <source>A list named “{name}” already exists. Remove it first, or import under another name.</source>
        <translation>已经有名为“{name}”的名单。请先删除它，或换一个名字导入。</translation>
    </message>
    <message>
        <source>The blocklist could not be changed: {error}</source>
        <translation>拦截名单无法修改：{error}</translation>
    </message>
    <message>
        <source>Added to your blocklist: {value}</source>
        <translation>已加入我的拦截名单：{value}</translation>
    </message>
    <message>
        <source>Already on your blocklist; note updated: {value}</source>
        <translation>已在我的拦截名单中，备注已更新：{value}</translation>
    </message>
    <message>
        <source>Removed from your blocklist: {value}</source>
        <translation>已从我的拦截名单删除：{value}</translation>
    </message>
    <message>
        <source>Import a blocklist (CSV)</source>
        <translation>导入拦截名单（CSV）</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV 文件 (*.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Imported “{name}” from {file}: {count} entries.</source>
        <translation>已从 {file} 导入“{name}”：{count} 条。</translation>
    </message>
    <message>
        <source>Nothing was imported; your lists are unchanged. Fix these lines and try again:</source>
        <translation>什么都没有导入，原有名单没有改动。请修改下面这些行后再试：</translation>
    </message>
    <message>
        <source>Removed the list “{name}” ({count} entries).</source>
        <translation>已删除名单“{name}”（{count} 条）。</translation>
    </message>
    <message>
        <source>Export the blocklists (CSV)</source>
        <translation>导出拦截名单（CSV）</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Exported {count} entries to {path}</source>
        <translation>已导出 {count} 条到 {path}</translation>
    </message>
    <message>
        <source>&amp;Phone number, WeChat or QQ id, shop name or link:</source>
        <translation>电话号码、微信号、QQ 号、店铺名或链接(&amp;P)：</translation>
    </message>
    <message>
        <source>Contact to check</source>
        <translation>要检查的联系方式</translation>
    </message>
    <message>
        <source>e.g. 13800138000, a WeChat id, or https://…</source>
        <translation>例如 13800138000、微信号，或 https://…</translation>
    </message>
    <message>
        <source>&amp;What is it?</source>
        <translation>这是什么(&amp;W)？</translation>
    </message>
    <message>
        <source>What kind of contact it is</source>
        <translation>联系方式的类型</translation>
    </message>
    <message>
        <source>Guess from what I typed</source>
        <translation>根据输入自动判断</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>电话号码</translation>
    </message>
    <message>
        <source>WeChat id</source>
        <translation>微信号</translation>
    </message>
    <message>
        <source>QQ number</source>
        <translation>QQ 号</translation>
    </message>
    <message>
        <source>Link or website</source>
        <translation>链接或网站</translation>
    </message>
    <message>
        <source>Shop name</source>
        <translation>店铺名</translation>
    </message>
    <message>
        <source>What did the &amp;message say? (optional)</source>
        <translation>对方的信息说了什么(&amp;M)？（可不填）</translation>
    </message>
    <message>
        <source>What the message said, optional</source>
        <translation>对方信息的内容，可不填</translation>
    </message>
    <message>
        <source>e.g. “I am Taobao customer service, add me on WeChat”</source>
        <translation>例如“我是淘宝客服，加我微信”</translation>
    </message>
    <message>
        <source>Check &amp;contact (Enter)</source>
        <translation>检查联系方式(&amp;C)（回车）</translation>
    </message>
    <message>
        <source>Check the contact</source>
        <translation>检查这个联系方式</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>检查结果</translation>
    </message>
    <message>
        <source>Community lists</source>
        <translation>社区名单</translation>
    </message>
    <message>
        <source>My blocklists</source>
        <translation>我的拦截名单</translation>
    </message>
    <message>
        <source>Result and blocklists</source>
        <translation>检查结果和拦截名单</translation>
    </message>
    <message>
        <source>Contact check result</source>
        <translation>联系方式检查结果</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>Note for the blocklist entry</source>
        <translation>拦截名单条目的备注</translation>
    </message>
    <message>
        <source>e.g. fake refund call</source>
        <translation>例如：假冒退款电话</translation>
    </message>
    <message>
        <source>&amp;Add to my blocklist</source>
        <translation>加入我的拦截名单(&amp;A)</translation>
    </message>
    <message>
        <source>Add the checked contact to my blocklist</source>
        <translation>把检查过的联系方式加入我的拦截名单</translation>
    </message>
    <message>
        <source>My blocklist</source>
        <translation>我的拦截名单</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>加入时间</translation>
    </message>
    <message>
        <source>Entries on my blocklist</source>
        <translation>我的拦截名单条目</translation>
    </message>
    <message>
        <source>&amp;Delete entry</source>
        <translation>删除条目(&amp;D)</translation>
    </message>
    <message>
        <source>Delete the selected entry from my blocklist</source>
        <translation>从我的拦截名单删除选中的条目</translation>
    </message>
    <message>
        <source>Imported lists (checked with every contact)</source>
        <translation>导入的名单（每次检查都会比对）</translation>
    </message>
    <message>
        <source>List &amp;name:</source>
        <translation>名单名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Name for the imported list</source>
        <translation>导入名单的名称</translation>
    </message>
    <message>
        <source>e.g. community centre 2024</source>
        <translation>例如：社区中心 2024</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>导入 CSV(&amp;I)…</translation>
    </message>
    <message>
        <source>Import a blocklist from a CSV file</source>
        <translation>从 CSV 文件导入拦截名单</translation>
    </message>
    <message>
        <source>List</source>
        <translation>名单</translation>
    </message>
    <message>
        <source>Source file</source>
        <translation>来源文件</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>导入时间</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>条数</translation>
    </message>
    <message>
        <source>Imported lists</source>
        <translation>导入的名单</translation>
    </message>
    <message>
        <source>&amp;Remove list</source>
        <translation>删除名单(&amp;R)</translation>
    </message>
    <message>
        <source>Remove the selected imported list</source>
        <translation>删除选中的导入名单</translation>
    </message>
    <message>
        <source>E&amp;xport all…</source>
        <translation>全部导出(&amp;X)…</translation>
    </message>
    <message>
        <source>Export all blocklists to a CSV file</source>
        <translation>把所有拦截名单导出为 CSV 文件</translation>
    </message>
    <message>
        <source>Blocklist messages</source>
        <translation>拦截名单消息</translation>
    </message>
</context>
<context>
    <name>Guidance</name>
    <message>
        <source>Do not pay or transfer money to someone you only know from a chat, a livestream or a phone call.</source>
        <translation>只在聊天、直播或电话里认识的人，不要给他付款或转账。</translation>
    </message>
    <message>
        <source>Never tell anyone a verification code, your bank card password or your payment password.</source>
        <translation>验证码、银行卡密码、支付密码，对谁都不要说。</translation>
    </message>
    <message>
        <source>Keep paying, refunds and after-sales inside the shopping platform; do not move to WeChat, QQ or another app.</source>
        <translation>付款、退款和售后都在购物平台里完成，不要转到微信、QQ 或其他 App。</translation>
    </message>
    <message>
        <source>If someone says they are customer service, the police or the platform, hang up and call the official number yourself.</source>
        <translation>对方自称客服、警察或平台时，先挂断，再自己拨打官方电话核实。</translation>
    </message>
    <message>
        <source>Not sure? Ask a family member, or call the 96110 anti-fraud line.</source>
        <translation>拿不准时，问问家人，或拨打 96110 反诈专线咨询。</translation>
    </message>
    <message>
        <source>Keep the evidence: screenshots of the chat, the order numbers, the buyer accounts, the reviews and complaints.</source>
        <translation>保存证据：聊天截图、订单号、买家账号、差评和投诉内容。</translation>
    </message>
    <message>
        <source>Do not pay, and do not settle privately outside the platform: paying once invites more demands.</source>
        <translation>不要付钱，也不要在平台外“私了”：付一次，对方会一次次再来。</translation>
    </message>
    <message>
        <source>Use the platform&apos;s appeal for malicious reviews and complaints in your seller centre, and submit the evidence.</source>
        <translation>在商家后台的恶意差评 / 恶意投诉申诉通道提交证据，请平台处理。</translation>
    </message>
    <message>
        <source>Demanding money with threats of bad reviews or complaints is extortion: report it to the police on 110.</source>
        <translation>以差评、投诉相威胁索要钱财是敲诈勒索：拨打 110 报警。</translation>
    </message>
    <message>
        <source>These checks are offline and cannot confirm who is behind a contact. Do not add strangers on WeChat or QQ, and check numbers and links through official channels before you call or click.</source>
        <translation>这些检查都在本机离线完成，无法确认联系方式背后是谁。不要随便加陌生人的微信或 QQ；回拨电话、点开链接之前，先通过官方渠道核实。</translation>
    </message>
    <message>
        <source>For buyers</source>
        <translation>针对买家</translation>
    </message>
    <message>
        <source>For merchants</source>
        <translation>针对商家</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>Date</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>First words</source>
        <translation>开头的文字</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>检查结果</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>Clear history</source>
        <translation>清空历史记录</translation>
    </message>
    <message>
        <source>Delete every entry in the history? This cannot be undone.</source>
        <translation>要删除全部历史记录吗？删除后无法恢复。</translation>
    </message>
    <message>
        <source>Your checks are kept only on this computer. Double-click one to check it again.</source>
        <translation>检查记录只保存在这台电脑上。双击一条可以重新检查。</translation>
    </message>
    <message>
        <source>History is off in community-centre mode: nothing is kept.</source>
        <translation>社区中心模式下不保存历史记录。</translation>
    </message>
    <message>
        <source>Check history</source>
        <translation>检查历史</translation>
    </message>
    <message>
        <source>&amp;Open in the checker</source>
        <translation>重新检查(&amp;O)</translation>
    </message>
    <message>
        <source>Open the selected entry in the checker</source>
        <translation>把选中的记录放回检查页重新检查</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>Delete the selected entry</source>
        <translation>删除选中的记录</translation>
    </message>
    <message>
        <source>Clear &amp;all</source>
        <translation>全部清空(&amp;A)</translation>
    </message>
    <message>
        <source>Delete the whole history</source>
        <translation>删除全部历史记录</translation>
    </message>
</context>
<context>
    <name>LibraryBrowser</name>
    <message>
        <source>{count} patterns found for “{query}”</source>
        <translation>“{query}”找到 {count} 种骗局模式</translation>
    </message>
    <message>
        <source>Nothing in the library matches this search.</source>
        <translation>资料库里没有与此相符的内容。</translation>
    </message>
    <message>
        <source>{count} documented patterns</source>
        <translation>共 {count} 种已记录的骗局模式</translation>
    </message>
    <message>
        <source>Warning signs</source>
        <translation>警示信号</translation>
    </message>
    <message>
        <source>How it unfolds</source>
        <translation>骗局步骤</translation>
    </message>
    <message>
        <source>Examples of this scam</source>
        <translation>这种骗局的例子</translation>
    </message>
    <message>
        <source>Similar but ordinary messages</source>
        <translation>看起来相似、其实正常的信息</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>显示(&amp;W)：</translation>
    </message>
    <message>
        <source>All patterns</source>
        <translation>全部骗局模式</translation>
    </message>
    <message>
        <source>Which patterns to show</source>
        <translation>显示哪些骗局模式</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>搜索(&amp;F)：</translation>
    </message>
    <message>
        <source>Search patterns and cases, e.g. 刷单, 好评返现</source>
        <translation>搜索骗局和案例，例如：刷单、好评返现</translation>
    </message>
    <message>
        <source>Search the scam library</source>
        <translation>搜索骗局资料库</translation>
    </message>
    <message>
        <source>Documented scam patterns</source>
        <translation>已记录的骗局模式</translation>
    </message>
    <message>
        <source>Pattern details</source>
        <translation>骗局详情</translation>
    </message>
    <message>
        <source>Preparing the scam library…</source>
        <translation>正在准备骗局资料库…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Preparing the scam library…</source>
        <translation>正在准备骗局资料库…</translation>
    </message>
    <message>
        <source>Result copied</source>
        <translation>检查结果已复制</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>已保存：{path}</translation>
    </message>
    <message>
        <source>Loading the updated scam library…</source>
        <translation>正在载入更新后的规则库…</translation>
    </message>
    <message>
        <source>The updated scam library cannot be loaded: {error}</source>
        <translation>更新后的规则库无法载入：{error}</translation>
    </message>
    <message>
        <source>History is not available: {error}</source>
        <translation>历史记录无法使用：{error}</translation>
    </message>
    <message>
        <source>Your blocklists are not available: {error}</source>
        <translation>拦截名单无法使用：{error}</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>准备好了</translation>
    </message>
    <message>
        <source>The scam library cannot be loaded, so nothing can be checked:
{details}</source>
        <translation>骗局资料库无法加载，暂时不能检查：
{details}</translation>
    </message>
    <message>
        <source>Paste or type a message above, then press Check.</source>
        <translation>在上面粘贴或输入信息，然后按“检查”。</translation>
    </message>
    <message>
        <source>The check failed: {error}</source>
        <translation>检查出错：{error}</translation>
    </message>
    <message>
        <source>Open a text file</source>
        <translation>打开文本文件</translation>
    </message>
    <message>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>文本文件 (*.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Cannot open “{name}”: {reason}</source>
        <translation>无法打开“{name}”：{reason}</translation>
    </message>
    <message>
        <source>ScamLens — check a message against documented scams</source>
        <translation>识骗镜 ScamLens — 对照已记录的骗局检查信息</translation>
    </message>
    <message>
        <source>Chec&amp;k a message</source>
        <translation>检查信息(&amp;K)</translation>
    </message>
    <message>
        <source>Check a con&amp;tact</source>
        <translation>查联系方式(&amp;T)</translation>
    </message>
    <message>
        <source>Scam &amp;library</source>
        <translation>骗局资料库(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>历史记录(&amp;H)</translation>
    </message>
    <message>
        <source>Sections of ScamLens</source>
        <translation>识骗镜的各个页面</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>Open the settings: language, text size, contrast</source>
        <translation>打开设置：语言、字号、高对比度</translation>
    </message>
    <message>
        <source>Abo&amp;ut</source>
        <translation>关于(&amp;U)</translation>
    </message>
    <message>
        <source>About ScamLens: versions and notices (F1)</source>
        <translation>关于识骗镜：版本和声明（F1）</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Similar documented cases</source>
        <translation>相似的已记录案例</translation>
    </message>
    <message>
        <source>What to do as a shop owner</source>
        <translation>商家应对步骤</translation>
    </message>
    <message>
        <source>Please note</source>
        <translation>请注意</translation>
    </message>
    <message>
        <source>Wording that resembles a documented scam</source>
        <translation>与已记录骗局相似的说法</translation>
    </message>
    <message>
        <source>General safety tips</source>
        <translation>一般安全提示</translation>
    </message>
    <message>
        <source>ScamLens check result</source>
        <translation>识骗镜检查结果</translation>
    </message>
    <message>
        <source>Checked on {when}</source>
        <translation>检查时间：{when}</translation>
    </message>
    <message>
        <source>Checked text</source>
        <translation>检查的文字</translation>
    </message>
</context>
<context>
    <name>ResultView</name>
    <message>
        <source>Save the result as PDF</source>
        <translation>把检查结果保存为 PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>无法保存</translation>
    </message>
    <message>
        <source>Cop&amp;y result</source>
        <translation>复制结果(&amp;Y)</translation>
    </message>
    <message>
        <source>Copy the result to the clipboard</source>
        <translation>把检查结果复制到剪贴板</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>打印(&amp;R)…</translation>
    </message>
    <message>
        <source>Print the result</source>
        <translation>打印检查结果</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>保存为 PDF(&amp;D)…</translation>
    </message>
    <message>
        <source>Save the result as a PDF file</source>
        <translation>把检查结果保存为 PDF 文件</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>检查结果</translation>
    </message>
    <message>
        <source>Preparing</source>
        <translation>正在准备</translation>
    </message>
</context>
<context>
    <name>ScreenshotReader</name>
    <message>
        <source>Recognising the text in the picture…</source>
        <translation>正在识别图片中的文字…</translation>
    </message>
    <message>
        <source>Cannot open the picture: {reason}</source>
        <translation>无法打开图片：{reason}</translation>
    </message>
    <message>
        <source>The text could not be recognised: {error}</source>
        <translation>无法识别文字：{error}</translation>
    </message>
    <message>
        <source>Screenshot checks are not installed. To enable them, install the OCR extra: pip install &apos;scamlens[ocr]&apos;. Until then, copy the text of the message and paste it here.</source>
        <translation>未安装截图识别功能。启用方法：安装 OCR 扩展 pip install &apos;scamlens[ocr]&apos;。在此之前，请复制消息文字后粘贴到这里。</translation>
    </message>
    <message>
        <source>The picture file is empty, so there is nothing to read.</source>
        <translation>图片文件是空的，没有可识别的内容。</translation>
    </message>
    <message>
        <source>This is not a picture ScamLens can read (PNG, JPG, BMP, WebP or GIF).</source>
        <translation>这不是识骗镜能读取的图片（支持 PNG、JPG、BMP、WebP、GIF）。</translation>
    </message>
    <message>
        <source>The picture is damaged or incomplete. Take the screenshot again.</source>
        <translation>图片已损坏或不完整，请重新截图。</translation>
    </message>
    <message>
        <source>The picture is too large ({size}; the limit is {limit}). Capture only the screen with the message.</source>
        <translation>图片太大（{size}，最多 {limit}）。请只截取消息所在的那一屏。</translation>
    </message>
    <message>
        <source>No text was found in the picture. Make sure it shows the message, or paste the text instead.</source>
        <translation>图片里没有识别出文字。请确认截图包含消息内容，或直接粘贴文字。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Loading the library&apos;s version…</source>
        <translation>正在读取规则库版本…</translation>
    </message>
    <message>
        <source>installed update</source>
        <translation>已安装的更新包</translation>
    </message>
    <message>
        <source>built in</source>
        <translation>应用自带</translation>
    </message>
    <message>
        <source>Version {version}, {date} ({origin})</source>
        <translation>版本 {version}，{date}（{origin}）</translation>
    </message>
    <message>
        <source>Choose a library update pack</source>
        <translation>选择规则库更新包</translation>
    </message>
    <message>
        <source>ScamLens library packs (*.slpack);;All files (*)</source>
        <translation>识骗镜规则库更新包 (*.slpack);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Checking and installing the update pack…</source>
        <translation>正在检查并安装更新包…</translation>
    </message>
    <message>
        <source>Restoring the previous library…</source>
        <translation>正在恢复上一个规则库…</translation>
    </message>
    <message>
        <source>Done. New checks now use pattern library {version}.</source>
        <translation>完成。之后的检查将使用规则库 {version}。</translation>
    </message>
    <message>
        <source>The library was not changed: {error}</source>
        <translation>规则库没有改动：{error}</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>&amp;Text size:</source>
        <translation>字号(&amp;T)：</translation>
    </message>
    <message>
        <source>Text size in percent</source>
        <translation>字号（百分比）</translation>
    </message>
    <message>
        <source>&amp;High contrast (white on black)</source>
        <translation>高对比度（黑底白字）(&amp;H)</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>高对比度</translation>
    </message>
    <message>
        <source>&amp;Community-centre mode</source>
        <translation>社区中心模式(&amp;C)</translation>
    </message>
    <message>
        <source>Community-centre mode</source>
        <translation>社区中心模式</translation>
    </message>
    <message>
        <source>Clear the screen after (&amp;minutes):</source>
        <translation>无人使用多少分钟后清屏(&amp;M)：</translation>
    </message>
    <message>
        <source>Minutes without use before the screen is cleared</source>
        <translation>无人使用多少分钟后清空屏幕</translation>
    </message>
    <message>
        <source>Community-centre mode keeps no history, uses larger text and clears the text and the result when nobody has used the computer for the chosen number of minutes.</source>
        <translation>社区中心模式不保存历史记录，使用更大的字，并在无人使用达到设定的分钟数后清空文字和检查结果。</translation>
    </message>
    <message>
        <source>Pattern library</source>
        <translation>骗局规则库</translation>
    </message>
    <message>
        <source>&amp;Install update pack…</source>
        <translation>安装更新包(&amp;I)…</translation>
    </message>
    <message>
        <source>Install a pattern library update pack from a file</source>
        <translation>从文件安装规则库更新包</translation>
    </message>
    <message>
        <source>&amp;Restore previous library</source>
        <translation>恢复上一个规则库(&amp;R)</translation>
    </message>
    <message>
        <source>Restore the pattern library used before the last update</source>
        <translation>恢复上次更新之前使用的规则库</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Close the settings</source>
        <translation>关闭设置</translation>
    </message>
</context>
</TS>
