"""The BNSP upload sheet's header strings, kept as data (resources/bnsp/upload_headers.json)."""

from __future__ import annotations

import json
from functools import lru_cache

from humas_desktop.resources import resource_path

COLUMNS = 19


@lru_cache(maxsize=1)
def upload_template() -> tuple[str, tuple[str, ...]]:
    """(sheet name, the 19 headers A..S) as the data file says."""
    data = json.loads(resource_path("bnsp", "upload_headers.json").read_text(encoding="utf-8"))
    headers = tuple(str(h) for h in data["headers"])
    if len(headers) != COLUMNS:
        raise ValueError("the BNSP header file must list exactly 19 headers")
    return str(data.get("sheet") or "Data Asesmen"), headers
