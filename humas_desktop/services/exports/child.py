"""The export in a process of its own, for the window (Acara → Ekspor dokumen).

An export is seconds to minutes of Python: the opening check walks the whole audit chain, the
lists and short documents are drawn, the long ones handed to the render workers and merged. Run
on a thread of the window's process, that Python shares the window's interpreter lock: every
time a K/BK click waited on SQLite or the disk, the export's thread took the lock for a whole
switch interval, and the click's "✓ Tersimpan" came 20-30 ms late at p99 (issue #25,
benchmarks/click_background.py). Here the export runs in a child process (spawned, like the
render workers, at the background priority of the thread that starts it); the window's thread
only waits on a pipe, passing the child's progress on.

What the caller sees is the same as ``export_documents`` on its own connection: a generator of
:class:`Progress` returning the files written (with ``not_written``), the same exceptions
(a ``DomainError`` with its code and fields, an OS error, ``ExportInterrupted`` with its lists),
``options.written`` filled with the whole files on disk, also when cancelled. Closing the
generator (Batal) asks the child to stop between two steps and waits for it: the child closes
its export as a cancelled export in this process would (only whole files stay, its workers end)
and says which files it wrote. The LSP key never leaves this process: the child asks for each
signature over the pipe.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import pickle
from collections.abc import Generator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from humas_desktop.domain.errors import DomainError
from humas_desktop.domain.progress import Progress, drive
from humas_desktop.services.exports.writing import ExportOptions, WrittenFiles

JOIN_SECONDS = 30.0  # a child that said its last word ends at once; this only bounds a hang


@dataclass(frozen=True, slots=True)
class ChildSpec:
    """What the child needs to open the event as the window's worker connection would."""

    path: Path
    device_id: str
    actor: str
    read_only: bool
    refusal: str | None  # writes refused on the window's connections (the code they give)
    base: Path  # the data folder this process runs on
    kinds: tuple[str, ...] = ()
    out_dir: Path = Path()
    options: ExportOptions = field(default_factory=ExportOptions)
    signing: bool = False


class ExportChildError(DomainError):
    """The export's process ended without a word (killed, out of memory)."""


def export_in_child(spec: ChildSpec, kinds: Sequence[str], out_dir: Path,
                    options: ExportOptions | None = None) -> Generator[Progress, None, list[Path]]:
    """``export_documents(edb, kinds, out_dir, options)`` in a spawned child process."""
    opts = options or ExportOptions()
    # A process of its own, no window in it: it draws chunks too (ExportOptions.draw_here, #25).
    child_opts = replace(opts, sign=None, written=None, pools=None, draw_here=True)
    spec = replace(spec, kinds=tuple(kinds), out_dir=Path(out_dir), options=child_opts,
                   signing=opts.sign is not None)
    context = multiprocessing.get_context("spawn")
    here, there = context.Pipe()
    process = context.Process(target=_child_main, args=(there, spec), name="humas-export")
    process.start()
    there.close()
    try:
        while True:
            message = _receive(here)
            what = message[0]
            if what == "progress":
                yield Progress(*message[1])
            elif what == "sign":
                here.send(("signature", _sign(opts, message[1])))
            elif what == "done":
                _note(opts, message[1])
                result = WrittenFiles(message[2])
                result.not_written = list(message[3])
                return result
            elif what == "error":
                _note(opts, message[1])
                raise _rebuilt(message[2])
    except GeneratorExit:
        # Batal between two steps (the only place this generator is closed): the child stops
        # its export the same way, then says which whole files it left.
        _cancel(here, opts)
        raise
    finally:
        here.close()
        process.join(JOIN_SECONDS)
        if process.is_alive():  # never seen: a hung child must not outlive the export
            process.kill()
            process.join()


def _receive(conn: Any) -> tuple[Any, ...]:
    try:
        message: tuple[Any, ...] = conn.recv()
    except (EOFError, OSError) as exc:
        raise ExportChildError("export_child_failed") from exc
    return message


def _sign(opts: ExportOptions, payload: bytes) -> bytes | None:
    if opts.sign is None:
        return None
    return opts.sign(payload)


def _note(opts: ExportOptions, written: Sequence[Path]) -> None:
    if opts.written is not None:
        opts.written[:] = list(written)


def _cancel(conn: Any, opts: ExportOptions) -> None:
    with contextlib.suppress(OSError):
        conn.send(("cancel",))
    while True:
        try:
            message = conn.recv()
        except (EOFError, OSError):
            return  # it ended without a word: what it wrote is on disk, whole files only
        what = message[0]
        if what == "sign":  # asked before it read the cancel
            with contextlib.suppress(OSError):
                conn.send(("signature", _sign(opts, message[1])))
        elif what in ("cancelled", "error", "done"):
            _note(opts, message[1])  # every last word names the whole files written first
            return


# --- the exception across the pipe -------------------------------------------------------------

def _portable(exc: BaseException) -> bytes:
    """The exception as bytes the window rebuilds: its class, arguments and fields (a
    ``DomainError``'s code and context, ``ExportInterrupted``'s lists, an OS error's errno)."""
    state = dict(getattr(exc, "__dict__", {}))
    try:
        return pickle.dumps((type(exc), exc.args, state))
    except Exception:  # noqa: BLE001 - a field that does not pickle: the class and text only
        try:
            return pickle.dumps((type(exc), exc.args, {}))
        except Exception:  # noqa: BLE001
            return pickle.dumps((RuntimeError, (type(exc).__name__,), {}))


def _rebuilt(blob: bytes) -> BaseException:
    cls, args, state = pickle.loads(blob)  # noqa: S301 - our own child, over our own pipe
    exc: BaseException = cls.__new__(cls, *args)
    exc.args = args
    with contextlib.suppress(AttributeError, TypeError):
        exc.__dict__.update(state)
    return exc


# --- the child ----------------------------------------------------------------------------------

class _PipeSigner:
    """``sign=`` in the child: the window signs (the key stays there)."""

    def __init__(self, conn: Any) -> None:
        self.conn = conn
        self.cancelled = False

    def __call__(self, payload: bytes) -> bytes:
        self.conn.send(("sign", payload))
        while True:
            message = self.conn.recv()
            if message[0] == "signature":
                signature: bytes = message[1]
                return signature
            if message[0] == "cancel":
                self.cancelled = True


def _child_main(conn: Any, spec: ChildSpec) -> None:
    from humas_desktop.paths import set_running_data_dir
    from humas_desktop.priority import lower_this_process

    lower_this_process()  # the window first; its render workers inherit this
    from humas_desktop.services.exports.run import export_documents
    from humas_desktop.storage.db import open_event

    set_running_data_dir(spec.base)
    signer = _PipeSigner(conn) if spec.signing else None
    written: list[Path] = []
    opts = replace(spec.options, sign=signer, written=written)
    try:
        edb = open_event(spec.path, device_id=spec.device_id, actor=spec.actor,
                         read_only=spec.read_only)
        try:
            if spec.refusal is not None and not spec.read_only:
                edb.refuse_writes(spec.refusal)
            gen = export_documents(edb, list(spec.kinds), spec.out_dir, opts)
            try:
                stopped, result = drive(
                    gen, lambda: (signer is not None and signer.cancelled) or _asked_to_stop(conn),
                    lambda item: conn.send(("progress", (item.done, item.total, item.message))))
            finally:
                gen.close()
        finally:
            edb.close()
        if stopped:  # whole files only, the workers stopped
            conn.send(("cancelled", list(written)))
            return
        conn.send(("done", list(written), list(result or []),
                   list(getattr(result, "not_written", []))))
    except BaseException as exc:  # noqa: BLE001 - handed to the window, which says it
        with contextlib.suppress(OSError):
            conn.send(("error", list(written), _portable(exc)))
    finally:
        with contextlib.suppress(OSError):
            conn.close()


def _asked_to_stop(conn: Any) -> bool:
    """A cancel waiting on the pipe, or the window gone (the pipe closed)."""
    try:
        if not conn.poll():
            return False
        return bool(conn.recv()[0] == "cancel")
    except (EOFError, OSError):
        return True
