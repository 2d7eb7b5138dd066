<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Pattern library: loading…</source>
        <translation>Pattern library: loading…</translation>
    </message>
    <message>
        <source>installed update</source>
        <translation>installed update</translation>
    </message>
    <message>
        <source>built in</source>
        <translation>built in</translation>
    </message>
    <message>
        <source>Pattern library: version {version}, {date} ({origin})</source>
        <translation>Pattern library: version {version}, {date} ({origin})</translation>
    </message>
    <message>
        <source>About ScamLens</source>
        <translation>About ScamLens</translation>
    </message>
    <message>
        <source>App version {version}</source>
        <translation>App version {version}</translation>
    </message>
    <message>
        <source>ScamLens works fully offline: nothing you check ever leaves this computer.</source>
        <translation>ScamLens works fully offline: nothing you check ever leaves this computer.</translation>
    </message>
    <message>
        <source>How it judges: the documented scam patterns&apos; rules, and a second opinion from a wording model trained on example messages we wrote ourselves. Both run on this computer.</source>
        <translation>How it judges: the documented scam patterns&apos; rules, and a second opinion from a wording model trained on example messages we wrote ourselves. Both run on this computer.</translation>
    </message>
    <message>
        <source>Chinese font: WenQuanYi Micro Hei (文泉驿微米黑), © Google Corporation and the WenQuanYi Project, used under the Apache License 2.0.</source>
        <translation>Chinese font: WenQuanYi Micro Hei (文泉驿微米黑), © Google Corporation and the WenQuanYi Project, used under the Apache License 2.0.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Close About ScamLens</source>
        <translation>Close About ScamLens</translation>
    </message>
</context>
<context>
    <name>Category</name>
    <message>
        <source>Livestream buyback promises</source>
        <translation>Livestream buyback promises</translation>
    </message>
    <message>
        <source>Cash to delete a review</source>
        <translation>Cash to delete a review</translation>
    </message>
    <message>
        <source>Extortion with bad reviews</source>
        <translation>Extortion with bad reviews</translation>
    </message>
    <message>
        <source>Order-brushing jobs</source>
        <translation>Order-brushing jobs</translation>
    </message>
    <message>
        <source>Fake customer service</source>
        <translation>Fake customer service</translation>
    </message>
    <message>
        <source>Counterfeit goods</source>
        <translation>Counterfeit goods</translation>
    </message>
    <message>
        <source>Paid courses to get rich</source>
        <translation>Paid courses to get rich</translation>
    </message>
    <message>
        <source>Offers of leaked data</source>
        <translation>Offers of leaked data</translation>
    </message>
    <message>
        <source>Fake traffic and paid deletion</source>
        <translation>Fake traffic and paid deletion</translation>
    </message>
    <message>
        <source>Refund abuse</source>
        <translation>Refund abuse</translation>
    </message>
    <message>
        <source>Paying outside the platform</source>
        <translation>Paying outside the platform</translation>
    </message>
    <message>
        <source>Phishing links</source>
        <translation>Phishing links</translation>
    </message>
    <message>
        <source>Investment scams</source>
        <translation>Investment scams</translation>
    </message>
    <message>
        <source>Loan scams</source>
        <translation>Loan scams</translation>
    </message>
    <message>
        <source>Pretending to be the authorities</source>
        <translation>Pretending to be the authorities</translation>
    </message>
    <message>
        <source>Pretending to be someone you know</source>
        <translation>Pretending to be someone you know</translation>
    </message>
    <message>
        <source>Romance scams</source>
        <translation>Romance scams</translation>
    </message>
    <message>
        <source>Game trading scams</source>
        <translation>Game trading scams</translation>
    </message>
    <message>
        <source>Several scam tactics at once</source>
        <translation>Several scam tactics at once</translation>
    </message>
    <message>
        <source>Fake platform notices to sellers</source>
        <translation>Fake platform notices to sellers</translation>
    </message>
    <message>
        <source>Fake big orders that need an advance</source>
        <translation>Fake big orders that need an advance</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <source>Preparing the scam library…</source>
        <translation>Preparing the scam library…</translation>
    </message>
    <message>
        <source>Who are you?</source>
        <translation>Who are you?</translation>
    </message>
    <message>
        <source>I am a &amp;buyer</source>
        <translation>I am a &amp;buyer</translation>
    </message>
    <message>
        <source>I am a buyer: check messages from sellers and strangers</source>
        <translation>I am a buyer: check messages from sellers and strangers</translation>
    </message>
    <message>
        <source>I am a &amp;merchant</source>
        <translation>I am a &amp;merchant</translation>
    </message>
    <message>
        <source>I am a merchant: put scams against shops first</source>
        <translation>I am a merchant: put scams against shops first</translation>
    </message>
    <message>
        <source>Paste a livestream pitch, a chat, a text message or the other person&apos;s contact details</source>
        <translation>Paste a livestream pitch, a chat, a text message or the other person&apos;s contact details</translation>
    </message>
    <message>
        <source>Text to check</source>
        <translation>Text to check</translation>
    </message>
    <message>
        <source>Paste or type the message here. Press Ctrl+Enter to check it.</source>
        <translation>Paste or type the message here. Press Ctrl+Enter to check it.</translation>
    </message>
    <message>
        <source>&amp;Check (Ctrl+Enter)</source>
        <translation>&amp;Check (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Check the text</source>
        <translation>Check the text</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Paste</translation>
    </message>
    <message>
        <source>Paste from the clipboard and check</source>
        <translation>Paste from the clipboard and check</translation>
    </message>
    <message>
        <source>&amp;Open file…</source>
        <translation>&amp;Open file…</translation>
    </message>
    <message>
        <source>Open a text file and check it</source>
        <translation>Open a text file and check it</translation>
    </message>
    <message>
        <source>Cl&amp;ear</source>
        <translation>Cl&amp;ear</translation>
    </message>
    <message>
        <source>Clear the text and the result</source>
        <translation>Clear the text and the result</translation>
    </message>
</context>
<context>
    <name>ContactPage</name>
    <message>
        <source>Type a phone number, WeChat or QQ id, shop name or link, then press Check.</source>
        <translation>Type a phone number, WeChat or QQ id, shop name or link, then press Check.</translation>
    </message>
    <message>
        <source>Type or paste a phone number, WeChat or QQ id, shop name or link first.</source>
        <translation>Type or paste a phone number, WeChat or QQ id, shop name or link first.</translation>
    </message>
    <message>
        <source>That is too long for one contact ({count} characters). Check one number, id, name or link at a time; to check a whole message, use the “Check a message” page.</source>
        <translation>That is too long for one contact ({count} characters). Check one number, id, name or link at a time; to check a whole message, use the “Check a message” page.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <source>This cannot be checked as the chosen kind. Choose “Guess” and try again.</source>
        <translation>This cannot be checked as the chosen kind. Choose “Guess” and try again.</translation>
    </message>
    <message>
        <source>The check failed: {error}</source>
        <translation>The check failed: {error}</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>What is known about it</source>
        <translation>What is known about it</translation>
    </message>
    <message>
        <source>On your blocklists</source>
        <translation>On your blocklists</translation>
    </message>
    <message>
        <source>Not on any of your blocklists.</source>
        <translation>Not on any of your blocklists.</translation>
    </message>
    <message>
        <source>A caller ID can be faked: hang up and dial the official number yourself to make sure.</source>
        <translation>A caller ID can be faked: hang up and dial the official number yourself to make sure.</translation>
    </message>
    <message>
        <source>Your blocklists are not available.</source>
        <translation>Your blocklists are not available.</translation>
    </message>
    <message>
        <source>A list named “{name}” already exists. Remove it first, or import under another name.</source>
        <translation>A list named “{name}” already exists. Remove it first, or import under another name.</translation>
    </message>
    <message>
        <source>The blocklist could not be changed: {error}</source>
        <translation>The blocklist could not be changed: {error}</translation>
    </message>
    <message>
        <source>Added to your blocklist: {value}</source>
        <translation>Added to your blocklist: {value}</translation>
    </message>
    <message>
        <source>Already on your blocklist; note updated: {value}</source>
        <translation>Already on your blocklist; note updated: {value}</translation>
    </message>
    <message>
        <source>Removed from your blocklist: {value}</source>
        <translation>Removed from your blocklist: {value}</translation>
    </message>
    <message>
        <source>Import a blocklist (CSV)</source>
        <translation>Import a blocklist (CSV)</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV files (*.csv);;All files (*)</translation>
    </message>
    <message>
        <source>Imported “{name}” from {file}: {count} entries.</source>
        <translation>Imported “{name}” from {file}: {count} entries.</translation>
    </message>
    <message>
        <source>Nothing was imported; your lists are unchanged. Fix these lines and try again:</source>
        <translation>Nothing was imported; your lists are unchanged. Fix these lines and try again:</translation>
    </message>
    <message>
        <source>Removed the list “{name}” ({count} entries).</source>
        <translation>Removed the list “{name}” ({count} entries).</translation>
    </message>
    <message>
        <source>Export the blocklists (CSV)</source>
        <translation>Export the blocklists (CSV)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Exported {count} entries to {path}</source>
        <translation>Exported {count} entries to {path}</translation>
    </message>
    <message>
        <source>&amp;Phone number, WeChat or QQ id, shop name or link:</source>
        <translation>&amp;Phone number, WeChat or QQ id, shop name or link:</translation>
    </message>
    <message>
        <source>Contact to check</source>
        <translation>Contact to check</translation>
    </message>
    <message>
        <source>e.g. 13800138000, a WeChat id, or https://…</source>
        <translation>e.g. 13800138000, a WeChat id, or https://…</translation>
    </message>
    <message>
        <source>&amp;What is it?</source>
        <translation>&amp;What is it?</translation>
    </message>
    <message>
        <source>What kind of contact it is</source>
        <translation>What kind of contact it is</translation>
    </message>
    <message>
        <source>Guess from what I typed</source>
        <translation>Guess from what I typed</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Phone number</translation>
    </message>
    <message>
        <source>WeChat id</source>
        <translation>WeChat id</translation>
    </message>
    <message>
        <source>QQ number</source>
        <translation>QQ number</translation>
    </message>
    <message>
        <source>Link or website</source>
        <translation>Link or website</translation>
    </message>
    <message>
        <source>Shop name</source>
        <translation>Shop name</translation>
    </message>
    <message>
        <source>What did the &amp;message say? (optional)</source>
        <translation>What did the &amp;message say? (optional)</translation>
    </message>
    <message>
        <source>What the message said, optional</source>
        <translation>What the message said, optional</translation>
    </message>
    <message>
        <source>e.g. “I am Taobao customer service, add me on WeChat”</source>
        <translation>e.g. “I am Taobao customer service, add me on WeChat”</translation>
    </message>
    <message>
        <source>Check &amp;contact (Enter)</source>
        <translation>Check &amp;contact (Enter)</translation>
    </message>
    <message>
        <source>Check the contact</source>
        <translation>Check the contact</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Community lists</source>
        <translation>Community lists</translation>
    </message>
    <message>
        <source>My blocklists</source>
        <translation>My blocklists</translation>
    </message>
    <message>
        <source>Result and blocklists</source>
        <translation>Result and blocklists</translation>
    </message>
    <message>
        <source>Contact check result</source>
        <translation>Contact check result</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>Note for the blocklist entry</source>
        <translation>Note for the blocklist entry</translation>
    </message>
    <message>
        <source>e.g. fake refund call</source>
        <translation>e.g. fake refund call</translation>
    </message>
    <message>
        <source>&amp;Add to my blocklist</source>
        <translation>&amp;Add to my blocklist</translation>
    </message>
    <message>
        <source>Add the checked contact to my blocklist</source>
        <translation>Add the checked contact to my blocklist</translation>
    </message>
    <message>
        <source>My blocklist</source>
        <translation>My blocklist</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Added</translation>
    </message>
    <message>
        <source>Entries on my blocklist</source>
        <translation>Entries on my blocklist</translation>
    </message>
    <message>
        <source>&amp;Delete entry</source>
        <translation>&amp;Delete entry</translation>
    </message>
    <message>
        <source>Delete the selected entry from my blocklist</source>
        <translation>Delete the selected entry from my blocklist</translation>
    </message>
    <message>
        <source>Imported lists (checked with every contact)</source>
        <translation>Imported lists (checked with every contact)</translation>
    </message>
    <message>
        <source>List &amp;name:</source>
        <translation>List &amp;name:</translation>
    </message>
    <message>
        <source>Name for the imported list</source>
        <translation>Name for the imported list</translation>
    </message>
    <message>
        <source>e.g. community centre 2024</source>
        <translation>e.g. community centre 2024</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Import CSV…</translation>
    </message>
    <message>
        <source>Import a blocklist from a CSV file</source>
        <translation>Import a blocklist from a CSV file</translation>
    </message>
    <message>
        <source>List</source>
        <translation>List</translation>
    </message>
    <message>
        <source>Source file</source>
        <translation>Source file</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Imported</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Entries</translation>
    </message>
    <message>
        <source>Imported lists</source>
        <translation>Imported lists</translation>
    </message>
    <message>
        <source>&amp;Remove list</source>
        <translation>&amp;Remove list</translation>
    </message>
    <message>
        <source>Remove the selected imported list</source>
        <translation>Remove the selected imported list</translation>
    </message>
    <message>
        <source>E&amp;xport all…</source>
        <translation>E&amp;xport all…</translation>
    </message>
    <message>
        <source>Export all blocklists to a CSV file</source>
        <translation>Export all blocklists to a CSV file</translation>
    </message>
    <message>
        <source>Blocklist messages</source>
        <translation>Blocklist messages</translation>
    </message>
</context>
<context>
    <name>Guidance</name>
    <message>
        <source>Do not pay or transfer money to someone you only know from a chat, a livestream or a phone call.</source>
        <translation>Do not pay or transfer money to someone you only know from a chat, a livestream or a phone call.</translation>
    </message>
    <message>
        <source>Never tell anyone a verification code, your bank card password or your payment password.</source>
        <translation>Never tell anyone a verification code, your bank card password or your payment password.</translation>
    </message>
    <message>
        <source>Keep paying, refunds and after-sales inside the shopping platform; do not move to WeChat, QQ or another app.</source>
        <translation>Keep paying, refunds and after-sales inside the shopping platform; do not move to WeChat, QQ or another app.</translation>
    </message>
    <message>
        <source>If someone says they are customer service, the police or the platform, hang up and call the official number yourself.</source>
        <translation>If someone says they are customer service, the police or the platform, hang up and call the official number yourself.</translation>
    </message>
    <message>
        <source>Not sure? Ask a family member, or call the 96110 anti-fraud line.</source>
        <translation>Not sure? Ask a family member, or call the 96110 anti-fraud line.</translation>
    </message>
    <message>
        <source>Keep the evidence: screenshots of the chat, the order numbers, the buyer accounts, the reviews and complaints.</source>
        <translation>Keep the evidence: screenshots of the chat, the order numbers, the buyer accounts, the reviews and complaints.</translation>
    </message>
    <message>
        <source>Do not pay, and do not settle privately outside the platform: paying once invites more demands.</source>
        <translation>Do not pay, and do not settle privately outside the platform: paying once invites more demands.</translation>
    </message>
    <message>
        <source>Use the platform&apos;s appeal for malicious reviews and complaints in your seller centre, and submit the evidence.</source>
        <translation>Use the platform&apos;s appeal for malicious reviews and complaints in your seller centre, and submit the evidence.</translation>
    </message>
    <message>
        <source>Demanding money with threats of bad reviews or complaints is extortion: report it to the police on 110.</source>
        <translation>Demanding money with threats of bad reviews or complaints is extortion: report it to the police on 110.</translation>
    </message>
    <message>
        <source>These checks are offline and cannot confirm who is behind a contact. Do not add strangers on WeChat or QQ, and check numbers and links through official channels before you call or click.</source>
        <translation>These checks are offline and cannot confirm who is behind a contact. Do not add strangers on WeChat or QQ, and check numbers and links through official channels before you call or click.</translation>
    </message>
    <message>
        <source>For buyers</source>
        <translation>For buyers</translation>
    </message>
    <message>
        <source>For merchants</source>
        <translation>For merchants</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>First words</source>
        <translation>First words</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>Clear history</source>
        <translation>Clear history</translation>
    </message>
    <message>
        <source>Delete every entry in the history? This cannot be undone.</source>
        <translation>Delete every entry in the history? This cannot be undone.</translation>
    </message>
    <message>
        <source>Your checks are kept only on this computer. Double-click one to check it again.</source>
        <translation>Your checks are kept only on this computer. Double-click one to check it again.</translation>
    </message>
    <message>
        <source>History is off in community-centre mode: nothing is kept.</source>
        <translation>History is off in community-centre mode: nothing is kept.</translation>
    </message>
    <message>
        <source>Check history</source>
        <translation>Check history</translation>
    </message>
    <message>
        <source>&amp;Open in the checker</source>
        <translation>&amp;Open in the checker</translation>
    </message>
    <message>
        <source>Open the selected entry in the checker</source>
        <translation>Open the selected entry in the checker</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>Delete the selected entry</source>
        <translation>Delete the selected entry</translation>
    </message>
    <message>
        <source>Clear &amp;all</source>
        <translation>Clear &amp;all</translation>
    </message>
    <message>
        <source>Delete the whole history</source>
        <translation>Delete the whole history</translation>
    </message>
</context>
<context>
    <name>LibraryBrowser</name>
    <message>
        <source>{count} patterns found for “{query}”</source>
        <translation>{count} patterns found for “{query}”</translation>
    </message>
    <message>
        <source>Nothing in the library matches this search.</source>
        <translation>Nothing in the library matches this search.</translation>
    </message>
    <message>
        <source>{count} documented patterns</source>
        <translation>{count} documented patterns</translation>
    </message>
    <message>
        <source>Warning signs</source>
        <translation>Warning signs</translation>
    </message>
    <message>
        <source>How it unfolds</source>
        <translation>How it unfolds</translation>
    </message>
    <message>
        <source>Examples of this scam</source>
        <translation>Examples of this scam</translation>
    </message>
    <message>
        <source>Similar but ordinary messages</source>
        <translation>Similar but ordinary messages</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>Sho&amp;w:</translation>
    </message>
    <message>
        <source>All patterns</source>
        <translation>All patterns</translation>
    </message>
    <message>
        <source>Which patterns to show</source>
        <translation>Which patterns to show</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Find:</translation>
    </message>
    <message>
        <source>Search patterns and cases, e.g. 刷单, 好评返现</source>
        <translation>Search patterns and cases, e.g. 刷单, 好评返现</translation>
    </message>
    <message>
        <source>Search the scam library</source>
        <translation>Search the scam library</translation>
    </message>
    <message>
        <source>Documented scam patterns</source>
        <translation>Documented scam patterns</translation>
    </message>
    <message>
        <source>Pattern details</source>
        <translation>Pattern details</translation>
    </message>
    <message>
        <source>Preparing the scam library…</source>
        <translation>Preparing the scam library…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Preparing the scam library…</source>
        <translation>Preparing the scam library…</translation>
    </message>
    <message>
        <source>Result copied</source>
        <translation>Result copied</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>Saved {path}</translation>
    </message>
    <message>
        <source>Loading the updated scam library…</source>
        <translation>Loading the updated scam library…</translation>
    </message>
    <message>
        <source>The updated scam library cannot be loaded: {error}</source>
        <translation>The updated scam library cannot be loaded: {error}</translation>
    </message>
    <message>
        <source>History is not available: {error}</source>
        <translation>History is not available: {error}</translation>
    </message>
    <message>
        <source>Your blocklists are not available: {error}</source>
        <translation>Your blocklists are not available: {error}</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Ready</translation>
    </message>
    <message>
        <source>The scam library cannot be loaded, so nothing can be checked:
{details}</source>
        <translation>The scam library cannot be loaded, so nothing can be checked:
{details}</translation>
    </message>
    <message>
        <source>Paste or type a message above, then press Check.</source>
        <translation>Paste or type a message above, then press Check.</translation>
    </message>
    <message>
        <source>The check failed: {error}</source>
        <translation>The check failed: {error}</translation>
    </message>
    <message>
        <source>Open a text file</source>
        <translation>Open a text file</translation>
    </message>
    <message>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>Text files (*.txt);;All files (*)</translation>
    </message>
    <message>
        <source>Cannot open “{name}”: {reason}</source>
        <translation>Cannot open “{name}”: {reason}</translation>
    </message>
    <message>
        <source>ScamLens — check a message against documented scams</source>
        <translation>ScamLens — check a message against documented scams</translation>
    </message>
    <message>
        <source>Chec&amp;k a message</source>
        <translation>Chec&amp;k a message</translation>
    </message>
    <message>
        <source>Check a con&amp;tact</source>
        <translation>Check a con&amp;tact</translation>
    </message>
    <message>
        <source>Scam &amp;library</source>
        <translation>Scam &amp;library</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;History</translation>
    </message>
    <message>
        <source>Sections of ScamLens</source>
        <translation>Sections of ScamLens</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <source>Open the settings: language, text size, contrast</source>
        <translation>Open the settings: language, text size, contrast</translation>
    </message>
    <message>
        <source>Abo&amp;ut</source>
        <translation>Abo&amp;ut</translation>
    </message>
    <message>
        <source>About ScamLens: versions and notices (F1)</source>
        <translation>About ScamLens: versions and notices (F1)</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Similar documented cases</source>
        <translation>Similar documented cases</translation>
    </message>
    <message>
        <source>What to do as a shop owner</source>
        <translation>What to do as a shop owner</translation>
    </message>
    <message>
        <source>Please note</source>
        <translation>Please note</translation>
    </message>
    <message>
        <source>Wording that resembles a documented scam</source>
        <translation>Wording that resembles a documented scam</translation>
    </message>
    <message>
        <source>General safety tips</source>
        <translation>General safety tips</translation>
    </message>
    <message>
        <source>ScamLens check result</source>
        <translation>ScamLens check result</translation>
    </message>
    <message>
        <source>Checked on {when}</source>
        <translation>Checked on {when}</translation>
    </message>
    <message>
        <source>Checked text</source>
        <translation>Checked text</translation>
    </message>
</context>
<context>
    <name>ResultView</name>
    <message>
        <source>Save the result as PDF</source>
        <translation>Save the result as PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>Cannot save</translation>
    </message>
    <message>
        <source>Cop&amp;y result</source>
        <translation>Cop&amp;y result</translation>
    </message>
    <message>
        <source>Copy the result to the clipboard</source>
        <translation>Copy the result to the clipboard</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>P&amp;rint…</translation>
    </message>
    <message>
        <source>Print the result</source>
        <translation>Print the result</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Save as P&amp;DF…</translation>
    </message>
    <message>
        <source>Save the result as a PDF file</source>
        <translation>Save the result as a PDF file</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Preparing</source>
        <translation>Preparing</translation>
    </message>
</context>
<context>
    <name>ScreenshotReader</name>
    <message>
        <source>Recognising the text in the picture…</source>
        <translation>Recognising the text in the picture…</translation>
    </message>
    <message>
        <source>Cannot open the picture: {reason}</source>
        <translation>Cannot open the picture: {reason}</translation>
    </message>
    <message>
        <source>The text could not be recognised: {error}</source>
        <translation>The text could not be recognised: {error}</translation>
    </message>
    <message>
        <source>Screenshot checks are not installed. To enable them, install the OCR extra: pip install &apos;scamlens[ocr]&apos;. Until then, copy the text of the message and paste it here.</source>
        <translation>Screenshot checks are not installed. To enable them, install the OCR extra: pip install &apos;scamlens[ocr]&apos;. Until then, copy the text of the message and paste it here.</translation>
    </message>
    <message>
        <source>The picture file is empty, so there is nothing to read.</source>
        <translation>The picture file is empty, so there is nothing to read.</translation>
    </message>
    <message>
        <source>This is not a picture ScamLens can read (PNG, JPG, BMP, WebP or GIF).</source>
        <translation>This is not a picture ScamLens can read (PNG, JPG, BMP, WebP or GIF).</translation>
    </message>
    <message>
        <source>The picture is damaged or incomplete. Take the screenshot again.</source>
        <translation>The picture is damaged or incomplete. Take the screenshot again.</translation>
    </message>
    <message>
        <source>The picture is too large ({size}; the limit is {limit}). Capture only the screen with the message.</source>
        <translation>The picture is too large ({size}; the limit is {limit}). Capture only the screen with the message.</translation>
    </message>
    <message>
        <source>No text was found in the picture. Make sure it shows the message, or paste the text instead.</source>
        <translation>No text was found in the picture. Make sure it shows the message, or paste the text instead.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Loading the library&apos;s version…</source>
        <translation>Loading the library&apos;s version…</translation>
    </message>
    <message>
        <source>installed update</source>
        <translation>installed update</translation>
    </message>
    <message>
        <source>built in</source>
        <translation>built in</translation>
    </message>
    <message>
        <source>Version {version}, {date} ({origin})</source>
        <translation>Version {version}, {date} ({origin})</translation>
    </message>
    <message>
        <source>Choose a library update pack</source>
        <translation>Choose a library update pack</translation>
    </message>
    <message>
        <source>ScamLens library packs (*.slpack);;All files (*)</source>
        <translation>ScamLens library packs (*.slpack);;All files (*)</translation>
    </message>
    <message>
        <source>Checking and installing the update pack…</source>
        <translation>Checking and installing the update pack…</translation>
    </message>
    <message>
        <source>Restoring the previous library…</source>
        <translation>Restoring the previous library…</translation>
    </message>
    <message>
        <source>Done. New checks now use pattern library {version}.</source>
        <translation>Done. New checks now use pattern library {version}.</translation>
    </message>
    <message>
        <source>The library was not changed: {error}</source>
        <translation>The library was not changed: {error}</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>&amp;Text size:</source>
        <translation>&amp;Text size:</translation>
    </message>
    <message>
        <source>Text size in percent</source>
        <translation>Text size in percent</translation>
    </message>
    <message>
        <source>&amp;High contrast (white on black)</source>
        <translation>&amp;High contrast (white on black)</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>High contrast</translation>
    </message>
    <message>
        <source>&amp;Community-centre mode</source>
        <translation>&amp;Community-centre mode</translation>
    </message>
    <message>
        <source>Community-centre mode</source>
        <translation>Community-centre mode</translation>
    </message>
    <message>
        <source>Clear the screen after (&amp;minutes):</source>
        <translation>Clear the screen after (&amp;minutes):</translation>
    </message>
    <message>
        <source>Minutes without use before the screen is cleared</source>
        <translation>Minutes without use before the screen is cleared</translation>
    </message>
    <message>
        <source>Community-centre mode keeps no history, uses larger text and clears the text and the result when nobody has used the computer for the chosen number of minutes.</source>
        <translation>Community-centre mode keeps no history, uses larger text and clears the text and the result when nobody has used the computer for the chosen number of minutes.</translation>
    </message>
    <message>
        <source>Pattern library</source>
        <translation>Pattern library</translation>
    </message>
    <message>
        <source>&amp;Install update pack…</source>
        <translation>&amp;Install update pack…</translation>
    </message>
    <message>
        <source>Install a pattern library update pack from a file</source>
        <translation>Install a pattern library update pack from a file</translation>
    </message>
    <message>
        <source>&amp;Restore previous library</source>
        <translation>&amp;Restore previous library</translation>
    </message>
    <message>
        <source>Restore the pattern library used before the last update</source>
        <translation>Restore the pattern library used before the last update</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Close the settings</source>
        <translation>Close the settings</translation>
    </message>
</context>
</TS>
