"""Read QR codes from an image or a certificate PDF, no Qt.

Readers, in order: zxing-cpp on images opened with Pillow, and pypdfium2 to render PDF pages —
both are pip wheels for Windows, macOS and Linux, so verification works on a coordinator's
Windows laptop with nothing else installed. If they are missing, the command-line tools
zbarimg (zbar-tools) and pdftoppm (poppler-utils) are used instead.

PDFs: the embedded images are tried first (exact pixels); certificates draw their QR as vector
shapes, so the pages are then rendered and scanned.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path
from typing import Any

from humas_desktop.domain.errors import DomainError
from humas_desktop.paths import running_data_dir, work_files

IMAGE_SUFFIXES = {".png", ".jpg", ".jpeg", ".bmp", ".gif", ".tif", ".tiff", ".webp"}
_TIMEOUT = 60
_RENDER_DPI = 200


class QrReadError(DomainError):
    """No QR reader available, or the file cannot be scanned."""


def _zxing() -> Any:
    try:
        import zxingcpp
    except ImportError:
        return None
    return zxingcpp


def _zbarimg() -> str:
    exe = shutil.which("zbarimg")
    if exe is None:
        raise QrReadError("zbar_missing")
    return exe


def _decode_pil(images: list[Any]) -> list[str]:
    zxing = _zxing()
    texts: list[str] = []
    for image in images:
        for found in zxing.read_barcodes(image, formats=zxing.BarcodeFormat.QRCode):
            if found.valid and found.text:
                texts.append(found.text.strip())
    return texts


def decode_images(paths: list[Path]) -> list[str]:
    """Texts of every QR code found in the images (in order); empty if none."""
    if not paths:
        return []
    if _zxing() is not None:
        from PIL import Image, UnidentifiedImageError

        images = []
        for path in paths:
            try:
                with Image.open(path) as image:
                    images.append(image.convert("L"))
            except (UnidentifiedImageError, OSError):
                continue  # not an image we can read: like zbarimg, it simply holds no code
        return _decode_pil(images)
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
    try:
        import pypdfium2
    except ImportError:
        pypdfium2 = None
    if pypdfium2 is not None:
        try:
            document = pypdfium2.PdfDocument(str(path))
        except pypdfium2.PdfiumError:
            return []
        pages = []
        try:
            for index in range(len(document)):
                target = folder / f"page-{index:03d}.png"
                document[index].render(scale=_RENDER_DPI / 72).to_pil().save(target)
                pages.append(target)
        finally:
            document.close()
        return pages
    exe = shutil.which("pdftoppm")
    if exe is None:
        return []
    subprocess.run([exe, "-r", str(_RENDER_DPI), "-png", str(path), str(folder / "page")],
                   capture_output=True, timeout=_TIMEOUT, check=False)
    return sorted(folder.glob("page*.png"))


def read_qr_texts(path: Path) -> list[str]:
    """QR texts in an image or PDF file. Temporary files hold only images, in a private folder."""
    suffix = path.suffix.lower()
    if not path.is_file():
        raise QrReadError("file_missing", path=path.name)
    if suffix in IMAGE_SUFFIXES:
        return decode_images([path])
    if suffix != ".pdf":
        raise QrReadError("unsupported_file", path=path.name)
    if _zxing() is None:
        _zbarimg()
    # Rendered pages show names: they stay in the data folder's private work folder.
    with work_files(running_data_dir(), "verify-") as folder:
        texts = decode_images(_pdf_images(path, folder))
        if texts:
            return texts
        return decode_images(_render_pages(path, folder))
