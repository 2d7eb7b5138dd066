"""Fixed guidance the window adds around the engine's verdict, translated with Qt Linguist.

The verdict's own wording (risk words, section names, the "not proof of safety" note)
comes from engine/wording.py; pattern text comes from the pattern files. What is here is
only what the window adds: general tips, the merchant playbook and display names.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate


def general_tips() -> list[str]:
    return [
        translate(
            "Guidance",
            "Do not pay or transfer money to someone you only know from a chat, a livestream or a phone call.",
        ),
        translate(
            "Guidance", "Never tell anyone a verification code, your bank card password or your payment password."
        ),
        translate(
            "Guidance",
            "Keep paying, refunds and after-sales inside the shopping platform; do not move to WeChat, QQ or another app.",
        ),
        translate(
            "Guidance",
            "If someone says they are customer service, the police or the platform, hang up and call the official number yourself.",
        ),
        translate("Guidance", "Not sure? Ask a family member, or call the 96110 anti-fraud line."),
    ]


def merchant_playbook() -> list[str]:
    return [
        translate(
            "Guidance",
            "Keep the evidence: screenshots of the chat, the order numbers, the buyer accounts, the reviews and complaints.",
        ),
        translate(
            "Guidance",
            "Do not pay, and do not settle privately outside the platform: paying once invites more demands.",
        ),
        translate(
            "Guidance",
            "Use the platform's appeal for malicious reviews and complaints in your seller centre, and submit the evidence.",
        ),
        translate(
            "Guidance",
            "Demanding money with threats of bad reviews or complaints is extortion: report it to the police on 110.",
        ),
    ]


def contact_note() -> str:
    return translate(
        "Guidance",
        "These checks are offline and cannot confirm who is behind a contact. Do not add strangers on WeChat or QQ, and check numbers and links through official channels before you call or click.",
    )


def audience_name(audience: str) -> str:
    names = {
        "consumer": translate("Guidance", "For buyers"),
        "merchant": translate("Guidance", "For merchants"),
    }
    return names.get(audience, audience)


def category_name(category: str) -> str:
    names = {
        "livestream-buyback": translate("Category", "Livestream buyback promises"),
        "review-deletion-cash": translate("Category", "Cash to delete a review"),
        "review-extortion": translate("Category", "Extortion with bad reviews"),
        "brushing-job": translate("Category", "Order-brushing jobs"),
        "fake-customer-service": translate("Category", "Fake customer service"),
        "counterfeit-goods": translate("Category", "Counterfeit goods"),
        "teach-to-earn": translate("Category", "Paid courses to get rich"),
        "data-leak-offer": translate("Category", "Offers of leaked data"),
        "paid-traffic": translate("Category", "Fake traffic and paid deletion"),
        "refund-abuse": translate("Category", "Refund abuse"),
        "off-platform-payment": translate("Category", "Paying outside the platform"),
        "phishing-link": translate("Category", "Phishing links"),
        "investment-scam": translate("Category", "Investment scams"),
        "loan-scam": translate("Category", "Loan scams"),
        "impersonation-authority": translate("Category", "Pretending to be the authorities"),
        "impersonation-acquaintance": translate("Category", "Pretending to be someone you know"),
        "romance-scam": translate("Category", "Romance scams"),
        "game-trade-scam": translate("Category", "Game trading scams"),
        "several-red-flags": translate("Category", "Several scam tactics at once"),
        "fake-platform-notice": translate("Category", "Fake platform notices to sellers"),
        "fake-bulk-order": translate("Category", "Fake big orders that need an advance"),
    }
    return names.get(category, category)
