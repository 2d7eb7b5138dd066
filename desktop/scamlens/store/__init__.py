"""SQLite storage: the compiled pattern library (a rebuildable cache) and the user's own data."""
