"""Use cases as plain Python: events, scoring, import, export, packages, verification."""
