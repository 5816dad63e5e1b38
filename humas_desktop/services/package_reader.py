"""Results packages read and verified in a process of its own, one package ahead of the merge (#25).

The merge is one long stretch of Python on the coordinator's core; reading a package (the file,
its decryption, the whole-archive and manifest signatures, inflating the snapshot and its hash)
and the Ed25519 signatures of its sign-off receipts need nothing the merge holds. So one helper
process, started with ``spawn`` (it works from the window's worker thread as from the command
line; nothing of the parent's state is copied), below the window's priority and ending with its
parent (humas_desktop/priority.py, as the export's render workers), reads package i+1 while the
parent merges package i, and the first package beside the opening check of the event file.

What crosses between the two processes is small: the request (the package's path, the
passphrase, and the path in the parent's private work folder to write the snapshot to) and the
answer (the manifest, the sender's public key, the file's SHA-256, and the digests of the
receipts whose signature it verified), or the code of the refusal ``read_package`` raised. The
rows are never sent: the parent opens the snapshot file itself, as a foreign database.

Which check runs where:

* the reader: everything :func:`formats.package.read_package` checks (same codes, raised in the
  parent in the package's turn), and the Ed25519 signature of each receipt in the snapshot;
* the parent, as before: kind, event and the sender's registered key, a duplicate, the
  snapshot opened as foreign data (schema, caps), the counts, the merge, and before the commit
  every receipt of what the package wrote (statement, record, anchor, receipt code, key in
  effect, the merged state's digest against the statement). Only the signature check of a
  receipt whose exact public key, signature and statement the reader verified is not repeated.

When the reader cannot start, dies, or meets anything but a refusal, the parent reads the
package itself, exactly as without a reader (the merge never depends on it).
"""

from __future__ import annotations

import contextlib
import multiprocessing
import shutil
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any, NamedTuple

from humas_desktop.domain.errors import DomainError
from humas_desktop.formats.package import MAX_SNAPSHOT_BYTES, PackageContents
from humas_desktop.paths import work_dir
from humas_desktop.services.integrity import check_receipt_signature, receipt_digest

# Below this many bytes of packages in all, reading them here costs less than starting the reader
# (a spawned interpreter's imports, ~0.3 s of a core): a merge of a few small packages reads here.
MIN_BYTES = 4 * 1024 * 1024
JOIN_SECONDS = 5.0  # a reader asked to stop ends at once; never seen to need this long


class Read(NamedTuple):
    """One package as the reader read it: its verified contents (without the snapshot's bytes),
    the snapshot written to the work folder, the receipts whose signature verified
    (:func:`receipt_digest`)."""

    contents: PackageContents
    snapshot: Path
    verified: frozenset[str]


# --- the reading process ------------------------------------------------------------------------


def _reader_main(conn: Any) -> None:
    """The reader's body: one request at a time until the parent closes its end (or says None)."""
    from humas_desktop.priority import start_render_worker

    start_render_worker()  # below the window, and gone with its parent
    while True:
        try:
            request = conn.recv()
        except (EOFError, OSError):
            return
        if request is None:
            return
        index, path, passphrase, target = request
        try:
            answer = _read_one(Path(path), passphrase, Path(target))
        except Exception:  # noqa: BLE001 - anything unforeseen: the parent reads it itself
            answer = ("again",)
        try:
            conn.send((index, *answer))
        except (OSError, ValueError):
            return


def _read_one(path: Path, passphrase: str | None, target: Path) -> tuple[Any, ...]:
    from humas_desktop.formats.package import read_package

    try:
        contents = read_package(path, passphrase)
    except DomainError as exc:
        return ("refused", exc.code)
    if len(contents.snapshot) > MAX_SNAPSHOT_BYTES:
        return ("again",)  # the parent refuses it in its turn, as ever
    try:
        with open(target, "xb") as fh:  # a new file in the parent's private folder, never another
            fh.write(contents.snapshot)
    except OSError:  # a full disk, the folder gone (the merge cancelled)
        with contextlib.suppress(OSError):
            target.unlink()
        return ("again",)
    verified = _verified_receipts(target)
    return ("read", contents.manifest, contents.public_key, contents.file_sha256, verified)


def _verified_receipts(snapshot: Path) -> list[str]:
    """:func:`receipt_digest` of every receipt in the snapshot whose Ed25519 signature verifies
    (what integrity.verify_signoffs checks first). Any trouble reading: none (the parent then
    checks every signature itself, and meets the trouble in its turn)."""
    import sqlite3

    from cryptography.exceptions import InvalidSignature

    from humas_desktop.storage import foreign_db, packages_store
    from humas_desktop.storage.db import inspect_header

    out: list[str] = []
    try:
        inspect_header(snapshot)
        conn = foreign_db.open_foreign(snapshot, max_bytes=MAX_SNAPSHOT_BYTES)
    except Exception:  # noqa: BLE001 - damaged or foreign: the parent says so in its turn
        return out
    try:
        for public_hex, signature, statement in packages_store.signed_receipts(conn):
            digest = receipt_digest(public_hex, signature, statement)
            if not digest:
                continue
            try:
                check_receipt_signature(public_hex, signature, statement)
            except (InvalidSignature, ValueError, TypeError):
                continue
            out.append(digest)
    except sqlite3.Error:
        return []
    finally:
        conn.close()
    return out


# --- the merge's side -----------------------------------------------------------------------------


def _total_bytes(packages: Sequence[Path]) -> int:
    total = 0
    for path in packages:
        with contextlib.suppress(OSError):  # missing, unreadable: refused in its turn
            total += path.stat().st_size
    return total



class ReadAhead:
    """The reader process and the private work folder it writes snapshots to, for one merge.

    :meth:`take` gives package ``i`` as read there (asking for the next one first), raises its
    refusal, or returns None: read it here. On leaving, the reader is stopped (killed when the
    merge was cancelled or failed midway) and the folder removed with any snapshot left in it."""

    AHEAD = 1  # packages read ahead of the one merging (a snapshot is up to 200 MB on disk)

    def __init__(self, packages: Sequence[Path], passphrase: str | None, base: Path) -> None:
        self._packages, self._passphrase, self._base = list(packages), passphrase, base
        self._conn: Any = None
        self._process: Any = None
        self._folder: Path | None = None
        self._asked: set[int] = set()
        self._answers: dict[int, tuple[Any, ...]] = {}
        self._finished = False

    def __enter__(self) -> ReadAhead:
        if self._packages and _total_bytes(self._packages) >= MIN_BYTES:
            self._start()
            self._ask(0)
        return self

    def _start(self) -> None:
        there: Any = None
        try:
            self._folder = Path(tempfile.mkdtemp(prefix="merge-", dir=work_dir(self._base)))  # 0700
            context = multiprocessing.get_context("spawn")
            self._conn, there = context.Pipe()
            self._process = context.Process(target=_reader_main, args=(there,), name="humas-merge-read",
                                            daemon=True)
            self._process.start()
        except (OSError, RuntimeError, ValueError):  # no process to be had: this merge reads here
            self._stop(kill=True)
        finally:
            if there is not None:
                there.close()  # the reader's end is the reader's

    def __exit__(self, exc_type: object, *exc: object) -> None:
        self._stop(kill=exc_type is not None or not self._finished)
        if self._folder is not None:  # with any snapshot left in it (read for nothing)
            shutil.rmtree(self._folder, ignore_errors=True)
            self._folder = None

    def _stop(self, kill: bool) -> None:
        """The reader ends (the folder stays until the merge leaves: a snapshot in it may be
        merging)."""
        process, conn = self._process, self._conn
        self._process = self._conn = None
        if process is not None and process.pid is None:  # it never started: nothing to end
            process = None
        if process is not None:
            if kill:  # cancelled or failed: what it is reading is not wanted
                with contextlib.suppress(OSError, ValueError, AttributeError):
                    process.kill()
            elif conn is not None:
                with contextlib.suppress(OSError, ValueError):
                    conn.send(None)
            process.join(JOIN_SECONDS)
            if process.is_alive():  # never seen: it must not outlive the merge
                process.kill()
                process.join()
            with contextlib.suppress(ValueError, AttributeError):
                process.close()
        if conn is not None:
            conn.close()

    @property
    def reader_pid(self) -> int | None:
        return None if self._process is None else self._process.pid

    def _ask(self, i: int) -> None:
        if self._conn is None or i >= len(self._packages) or i in self._asked:
            return
        assert self._folder is not None
        self._asked.add(i)
        try:
            self._conn.send((i, str(self._packages[i]), self._passphrase, str(self._folder / f"{i}.sqlite")))
        except (OSError, ValueError):
            self._stop(kill=True)  # the reader is gone: this merge reads here from now on

    def take(self, i: int) -> Read | None:
        """Package ``i`` read and verified by the reader (raises the DomainError read_package
        would raise); None when it is to be read here."""
        for ahead in range(1, self.AHEAD + 1):
            self._ask(i + ahead)
        if i + 1 >= len(self._packages):
            self._finished = True
        if i not in self._asked:
            return None
        while i not in self._answers:
            if self._conn is None:
                return None
            try:
                answer = self._conn.recv()
            except (EOFError, OSError):  # the reader died (killed, out of memory)
                self._stop(kill=True)
                return None
            self._answers[answer[0]] = answer[1:]
        answer = self._answers.pop(i)
        if answer[0] == "refused":
            raise DomainError(answer[1])
        if answer[0] != "read":
            return None
        manifest, public_key, file_sha256, verified = answer[1:]
        assert self._folder is not None
        contents = PackageContents(manifest, public_key, b"", file_sha256)
        return Read(contents, self._folder / f"{i}.sqlite", frozenset(verified))

    def discard(self, read: Read | None) -> None:
        """A package read for nothing (a duplicate, a refusal): its snapshot goes at once."""
        if read is not None:
            with contextlib.suppress(OSError):
                read.snapshot.unlink()

