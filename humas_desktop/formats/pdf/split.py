"""Split one rendered batch into per-person PDFs, or merge batches (pypdf), written atomically."""

from __future__ import annotations

import io
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

from humas_desktop.formats.atomic_file import AtomicBatch, atomic_path

Metadata = Mapping[str, str]  # "Title", "Author", "Subject"...


def _info(meta: Metadata) -> dict[str, str]:
    info = {f"/{key}": value for key, value in meta.items() if value}
    info.setdefault("/Creator", "Humas Desktop")
    return info


def split_pdf(data: bytes, starts: Sequence[int], targets: Sequence[Path],
              metadata: Sequence[Metadata] | None = None) -> None:
    """``starts`` are 0-based first pages; part i runs to the page before ``starts[i+1]``.

    Each part carries its own Title/Author/Creator (``metadata[i]``), not the batch's.
    """
    for _ in split_pdf_steps(data, starts, targets, metadata):
        pass


BATCH = 50  # files made durable together (one sync), then renamed: see AtomicBatch


def split_pdf_steps(data: bytes, starts: Sequence[int], targets: Sequence[Path],
                    metadata: Sequence[Metadata] | None = None) -> Iterator[int]:
    """:func:`split_pdf` a batch of files at a time: yields how many files are complete on disk
    (the first n of ``targets``; a caller that stops between two yields leaves whole files
    only). Each batch is written to temp names, synced once, then renamed (AtomicBatch).

    fpdf2's own output (a plain xref table, one object after the other) is split by copying
    each part's objects as they are (:class:`_Plain`, about ten times faster than pypdf);
    anything else goes through pypdf."""
    metas: Sequence[Metadata] = metadata if metadata is not None else [{}] * len(targets)
    try:
        plain: _Plain | None = _Plain(data)
        total = plain.page_count() if plain is not None else 0
    except _NotPlain:
        plain = None
    if plain is None:
        from pypdf import PdfReader

        reader = PdfReader(io.BytesIO(data))
        total = len(reader.pages)
    ends = [*starts[1:], total]
    parts = list(zip(starts, ends, targets, metas, strict=True))
    for first in range(0, len(parts), BATCH):
        with AtomicBatch() as batch:
            for start, end, target, meta in parts[first:first + BATCH]:
                with open(batch.temp(target), "wb") as fh:
                    if plain is not None:
                        fh.write(plain.part(start, end, _info(meta)))
                    else:
                        _write_part(reader, start, end, meta, fh)
        yield min(len(parts), first + BATCH)


def _write_part(reader: Any, start: int, end: int, meta: Metadata, fh: Any) -> None:
    from pypdf import PdfWriter

    writer = PdfWriter()
    for page in range(start, end):
        writer.add_page(reader.pages[page])
    writer.add_metadata(_info(meta))
    writer.write(fh)


class _NotPlain(Exception):  # noqa: N818 - a signal, not an error shown
    """Not laid out as fpdf2 writes a PDF: split with pypdf instead."""


_REF = re.compile(rb"(\d+) 0 R")
_KIDS = re.compile(rb"/Kids \[([^\]]*)\]")
_STREAM = re.compile(rb">>\s*stream\r?\n")


class _Plain:
    """A PDF as fpdf2 writes it (``%PDF-1.x``, objects "n 0 obj" one after the other, a plain
    xref table, a catalog and one page tree whose kids are the pages), split by copying objects:
    a part gets its pages, everything they refer to (contents, resources, fonts, images) with
    the numbers renumbered in the dictionaries (stream data copied untouched), a page tree of
    its own (the original's attributes, e.g. /MediaBox, kept), a catalog and its own info."""

    def __init__(self, data: bytes) -> None:
        self.data = data
        try:
            at = int(data[data.rindex(b"startxref") + 9:].split()[0])
            if not data.startswith(b"%PDF-1.") or data[at:at + 5] != b"xref\n":
                raise _NotPlain
            line_end = data.index(b"\n", at + 5)
            first, count = (int(x) for x in data[at + 5:line_end].split())
            table = data[line_end + 1:line_end + 1 + 20 * count]
            if first != 0 or len(table) != 20 * count:
                raise _NotPlain
            offsets = {n: int(table[20 * n:20 * n + 10]) for n in range(1, count)
                       if table[20 * n + 17:20 * n + 18] == b"n"}
            trailer = data[line_end + 1 + 20 * count:]
            root = re.search(rb"/Root (\d+) 0 R", trailer)
            if root is None or b"/Encrypt" in trailer or b"/Prev" in trailer:
                raise _NotPlain
        except (ValueError, IndexError) as exc:
            raise _NotPlain from exc
        order = sorted(offsets.items(), key=lambda kv: kv[1])
        self.spans: dict[int, tuple[int, int]] = {}
        for (n, start), (_, end) in zip(order, [*order[1:], (0, at)], strict=True):
            if data[start:start + len(b"%d 0 obj" % n)] != b"%d 0 obj" % n:
                raise _NotPlain
            self.spans[n] = (start, end)
        catalog = self._dict(int(root.group(1)))
        pages = re.search(rb"/Pages (\d+) 0 R", catalog)
        if pages is None or set(_REF.findall(catalog)) - {pages.group(1)} - self._open_action(catalog):
            raise _NotPlain  # outlines, names, forms...: more than pages
        self.catalog = catalog
        self.tree_id = int(pages.group(1))
        self.tree = self._dict(self.tree_id)
        kids = _KIDS.search(self.tree)
        if kids is None or b"/Parent" in self.tree:
            raise _NotPlain
        self.kids = [int(n) for n in _REF.findall(kids.group(1))]
        for kid in self.kids:
            if b"/Type /Page\n" not in self._dict(kid) and b"/Type /Page " not in self._dict(kid) \
                    and b"/Type /Page>" not in self._dict(kid):
                raise _NotPlain  # a nested page tree
        self.version = data[:data.index(b"\n")]

    @staticmethod
    def _open_action(catalog: bytes) -> set[bytes]:
        found = re.search(rb"/OpenAction \[(\d+) 0 R", catalog)
        return {found.group(1)} if found else set()

    def page_count(self) -> int:
        return len(self.kids)

    def _body(self, n: int) -> bytes:
        """Object n's bytes after "n 0 obj", up to and including its "endobj"."""
        start, end = self.spans[n]
        body = self.data[start + len(b"%d 0 obj" % n):end]
        stop = body.rfind(b"endobj")
        if stop < 0:
            raise _NotPlain
        return body[:stop + 6]

    def _dict(self, n: int) -> bytes:
        """The object's dictionary (the part before a stream's data)."""
        body = self._body(n)
        stream = _STREAM.search(body)
        return body[:stream.start() + 2] if stream else body

    def part(self, start: int, end: int, info: Mapping[str, str]) -> bytes:
        if not 0 <= start < end <= len(self.kids):
            raise ValueError("pages out of range")
        out = io.BytesIO()
        _write_plain(out, [(self, start, end)], info)
        return out.getvalue()

    def tree_attributes(self) -> bytes:
        """The page tree without its kids and count (a merge needs the same in every part)."""
        return re.sub(rb"/Count \d+", b"", _KIDS.sub(b"", self.tree))


def _write_plain(out: Any, sources: Iterable[tuple[_Plain, int, int]],
                 info: Mapping[str, str]) -> None:
    """Pages ``start:end`` of each source, in order, as one PDF into ``out`` (a binary file):
    each source's pages and all they refer to, renumbered (1 the page tree, 2 the catalog), the
    first source's page tree attributes and catalog, and ``info``. One source is held at a time."""
    offsets: dict[int, int] = {}
    kids: list[int] = []
    first: _Plain | None = None

    def put(number: int, body: bytes) -> None:
        offsets[number] = out.tell()
        out.write(b"%d 0 obj" % number)
        out.write(body)
        out.write(b"\n")

    following = 3
    for plain, start, end in sources:
        if first is None:
            first = plain
            out.write(plain.version + b"\n%\xe9\xeb\xf1\xbf\n")
        pages = plain.kids[start:end]
        numbers: dict[int, int] = {plain.tree_id: 1}
        queue = list(pages)
        while queue:
            n = queue.pop(0)
            if n in numbers:
                continue
            if n not in plain.spans:
                raise _NotPlain
            numbers[n] = following
            following += 1
            queue.extend(int(r) for r in _REF.findall(plain._dict(n)) if int(r) not in numbers)

        def renumber(match: re.Match[bytes], numbers: dict[int, int] = numbers) -> bytes:
            return b"%d 0 R" % numbers[int(match.group(1))]

        kids.extend(numbers[p] for p in pages)
        for n, number in sorted(numbers.items(), key=lambda kv: kv[1]):
            if number == 1:
                continue
            body = plain._body(n)
            stream = _STREAM.search(body)
            head, rest = (body[:stream.start()], body[stream.start():]) if stream else (body, b"")
            put(number, _REF.sub(renumber, head) + rest)
    if first is None or not kids:
        raise ValueError("no pages")
    listed = b" ".join(b"%d 0 R" % k for k in kids)
    tree = _KIDS.sub(lambda _m: b"/Kids [" + listed + b"]", first.tree, count=1)
    put(1, re.sub(rb"/Count \d+", b"/Count %d" % len(kids), tree, count=1))
    catalog = re.sub(rb"/Pages \d+ 0 R", b"/Pages 1 0 R", first.catalog, count=1)
    put(2, re.sub(rb"/OpenAction \[\d+ 0 R", b"/OpenAction [%d 0 R" % kids[0], catalog, count=1))
    info_number = following
    put(info_number, b"\n<<\n" + b"\n".join(
        b"%s %s" % (key.encode("ascii"), _pdf_string(value)) for key, value in info.items())
        + b"\n>>\nendobj")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (info_number + 1))
    for number in range(1, info_number + 1):
        out.write(b"%010d 00000 n \n" % offsets[number])
    out.write(b"trailer\n<<\n/Size %d\n/Root 2 0 R\n/Info %d 0 R\n>>\nstartxref\n%d\n%%%%EOF\n"
              % (info_number + 1, info_number, xref))


def _pdf_string(text: str) -> bytes:
    """A PDF text string: literal for ASCII, else UTF-16BE with its byte-order mark."""
    if text.isascii():
        escaped = text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
        escaped = escaped.replace("\r", "\\r").replace("\n", "\\n")
        return b"(" + escaped.encode("ascii") + b")"
    return b"<FEFF" + text.encode("utf-16-be").hex().upper().encode("ascii") + b">"


def merge_pdfs(parts: Sequence[bytes], metadata: Metadata | None = None) -> bytes:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter()
    for part in parts:
        writer.append(PdfReader(io.BytesIO(part)))
    writer.add_metadata(_info(metadata or {}))
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def merge_pdfs_to(target: Path, parts: Sequence[bytes | Path],
                  metadata: Metadata | None = None) -> None:
    """:func:`merge_pdfs` written straight into ``target`` (atomically): the merged document is
    never held as one more copy in memory. fpdf2's chunks (the same page tree attributes) are
    merged by copying their objects, one chunk at a time (pypdf held every page of all chunks:
    the export's peak memory at 5,000 participants); anything else by pypdf. A part given as a
    file (the export's chunks, written by its workers) is read when it is copied: only one part
    is held at a time (and the first, whose page tree and catalog the merged file keeps)."""
    if parts and all(isinstance(part, bytes) for part in parts):
        _merge_held(target, [part for part in parts if isinstance(part, bytes)], metadata)
        return
    try:
        if not parts or len({_Plain(_read(part)).tree_attributes() for part in parts}) != 1:
            raise _NotPlain
    except _NotPlain:
        _merge_pypdf(target, [_read(part) for part in parts], metadata)
        return
    with atomic_path(target) as tmp, open(tmp, "wb") as fh:
        plains = (_Plain(_read(part)) for part in parts)
        _write_plain(fh, ((p, 0, p.page_count()) for p in plains), _info(metadata or {}))


def _read(part: bytes | Path) -> bytes:
    return part if isinstance(part, bytes) else part.read_bytes()


def _merge_held(target: Path, parts: Sequence[bytes], metadata: Metadata | None) -> None:
    try:
        plains = [_Plain(part) for part in parts]
        if not plains or len({p.tree_attributes() for p in plains}) != 1:
            raise _NotPlain
    except _NotPlain:
        plains = []
    if plains:
        with atomic_path(target) as tmp, open(tmp, "wb") as fh:
            _write_plain(fh, ((p, 0, p.page_count()) for p in plains), _info(metadata or {}))
        return
    _merge_pypdf(target, parts, metadata)


def _merge_pypdf(target: Path, parts: Sequence[bytes], metadata: Metadata | None) -> None:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter()
    for part in parts:
        writer.append(PdfReader(io.BytesIO(part)))
    writer.add_metadata(_info(metadata or {}))
    with atomic_path(target) as tmp, open(tmp, "wb") as fh:
        writer.write(fh)
