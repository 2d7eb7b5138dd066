"""ScamLens (识骗镜): an offline checker for documented e-commerce scam patterns."""

__version__ = "0.1.0"
