"""The desktop window: the only package that imports PySide6.

It calls the engine and the stores; they never call back into it.
"""
