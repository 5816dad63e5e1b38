"""Read QR codes from a PNG/JPEG image or a certificate PDF with zbarimg (zbar-tools), no Qt.

PDFs: the embedded images are tried first (pypdf, exact pixels); if none decodes, each page is
rendered with pdftoppm (poppler-utils) and scanned.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

from humas_desktop.domain.errors import DomainError

IMAGE_SUFFIXES = {".png", ".jpg", ".jpeg", ".bmp", ".gif", ".tif", ".tiff", ".webp"}
_TIMEOUT = 60


class QrReadError(DomainError):
    """No QR reader available, or the file cannot be scanned."""


def _zbarimg() -> str:
    exe = shutil.which("zbarimg")
    if exe is None:
        raise QrReadError("zbar_missing")
    return exe


def decode_images(paths: list[Path]) -> list[str]:
    """Texts of every QR code found in the images (in order); empty if none."""
    if not paths:
        return []
    result = subprocess.run(
        [_zbarimg(), "--quiet", "--raw", "-Sdisable", "-Sqrcode.enable", *map(str, paths)],
        capture_output=True, timeout=_TIMEOUT, check=False)
    # Exit status 4 means "no symbol found"; other non-zero statuses are unreadable images.
    return [line.strip() for line in result.stdout.decode("utf-8", "replace").splitlines()
            if line.strip()]


def _pdf_images(path: Path, folder: Path) -> list[Path]:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    found: list[Path] = []
    try:
        reader = PdfReader(str(path))
        for page_no, page in enumerate(reader.pages):
            for index, image in enumerate(page.images):
                suffix = Path(image.name).suffix or ".png"
                target = folder / f"p{page_no}-{index}{suffix}"
                target.write_bytes(image.data)
                found.append(target)
    except (PdfReadError, ValueError, OSError, KeyError):
        return found
    return found


def _render_pages(path: Path, folder: Path) -> list[Path]:
    exe = shutil.which("pdftoppm")
    if exe is None:
        return []
    subprocess.run([exe, "-r", "200", "-png", str(path), str(folder / "page")],
                   capture_output=True, timeout=_TIMEOUT, check=False)
    return sorted(folder.glob("page*.png"))


def read_qr_texts(path: Path) -> list[str]:
    """QR texts in a PNG/JPEG or PDF file. Temporary files hold only images, in a private folder."""
    suffix = path.suffix.lower()
    if not path.is_file():
        raise QrReadError("file_missing", path=path.name)
    if suffix in IMAGE_SUFFIXES:
        return decode_images([path])
    if suffix != ".pdf":
        raise QrReadError("unsupported_file", path=path.name)
    _zbarimg()
    with tempfile.TemporaryDirectory(prefix="hd-verify-") as tmp:
        folder = Path(tmp)
        texts = decode_images(_pdf_images(path, folder))
        if texts:
            return texts
        return decode_images(_render_pages(path, folder))
