"""Row keys: new_id gives standard random UUID4 text."""

from __future__ import annotations

import re
import uuid

from humas_desktop.domain.models import new_id


def test_new_id_is_canonical_uuid4_text() -> None:
    ids = [new_id() for _ in range(2000)]
    assert len(set(ids)) == len(ids)
    for text in ids:
        parsed = uuid.UUID(text)
        assert parsed.version == 4 and parsed.variant == uuid.RFC_4122
        assert str(parsed) == text
        assert re.fullmatch(r"[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}", text)
    # Every random bit varies: no position outside the fixed version/variant bits is stuck.
    values = [uuid.UUID(t).int for t in ids]
    fixed = (0xF << 76) | (0x3 << 62)
    varying = 0
    for v in values:
        varying |= v ^ values[0]
    assert varying == ((1 << 128) - 1) & ~fixed
