"""The LSP's logo for the kop: a PNG or JPEG checked with Pillow, scaled, stored as PNG."""

from __future__ import annotations

import io
from pathlib import Path

from humas_desktop.domain.errors import DomainError


def read_logo(path: Path, max_bytes: int, max_px: int) -> bytes:
    """PNG bytes of the image at ``path``, at most ``max_px`` on its longer side.

    Raises ``DomainError`` (logo_too_large, logo_unreadable, logo_not_png_jpeg, logo_too_small).
    """
    try:
        if path.stat().st_size > max_bytes:
            raise DomainError("logo_too_large", limit_mb=max_bytes // (1024 * 1024))
        raw = path.read_bytes()
    except OSError as exc:
        raise DomainError("logo_unreadable") from exc
    return clean_logo(raw, max_px)


def clean_logo(raw: bytes, max_px: int) -> bytes:
    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(io.BytesIO(raw)) as probe:
            kind = probe.format
            probe.verify()  # truncated or corrupt files fail here, not in the PDF writer
        if kind not in {"PNG", "JPEG"}:
            raise DomainError("logo_not_png_jpeg")
        with Image.open(io.BytesIO(raw)) as opened:
            opened.load()
            if opened.width < 16 or opened.height < 16:
                raise DomainError("logo_too_small")
            img = opened.convert("RGBA" if "A" in opened.getbands() else "RGB")
            img.thumbnail((max_px, max_px))
            out = io.BytesIO()
            img.save(out, format="PNG", optimize=True)
            return out.getvalue()
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError,
            Image.DecompressionBombError) as exc:
        raise DomainError("logo_unreadable") from exc
