"""Fixed vocabularies shared by the pattern files, the engine and the interfaces."""

LANGUAGES = ("zh-Hans", "zh-Hant", "en")
AUDIENCES = ("consumer", "merchant")
SEVERITIES = ("high", "medium")
STATUSES = ("stable", "experimental")
RISKS = ("high", "medium", "low", "none")  # most to least serious

CATEGORIES = (
    "livestream-buyback",
    "review-deletion-cash",
    "review-extortion",
    "brushing-job",
    "fake-customer-service",
    "counterfeit-goods",
    "teach-to-earn",
    "data-leak-offer",
    "paid-traffic",
    "refund-abuse",
    "off-platform-payment",
    "phishing-link",
    "investment-scam",
    "loan-scam",
    "impersonation-authority",
    "impersonation-acquaintance",
    "romance-scam",
    "game-trade-scam",
    "several-red-flags",
    "fake-platform-notice",
    "fake-bulk-order",
)
