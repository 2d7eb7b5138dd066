<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
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
        <source>History is not available: {error}</source>
        <translation>History is not available: {error}</translation>
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
    <name>SettingsDialog</name>
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
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Close the settings</source>
        <translation>Close the settings</translation>
    </message>
</context>
</TS>
