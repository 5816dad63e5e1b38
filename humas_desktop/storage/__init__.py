"""Storage: the event file (SQLite via sqlite-utils), its migrations, repositories and audit log."""
