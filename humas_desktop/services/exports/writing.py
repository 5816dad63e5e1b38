"""The writing machinery every kind shares: the options, the progress of a kind, whole files only
(temp -> fsync -> rename), per-participant files named by number, and what an OS error or a
held-back certificate leaves (:class:`WrittenFiles`, :class:`ExportInterrupted`)."""

from __future__ import annotations

from collections.abc import Callable, Generator, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from humas_desktop.domain.errors import DomainError
from humas_desktop.domain.models import Participant
from humas_desktop.domain.progress import Progress
from humas_desktop.formats.atomic_file import atomic_path
from humas_desktop.formats.atomic_file import save_workbook as save_workbook_file
from humas_desktop.services.exports.data import EventData
from humas_desktop.services.storage_faults import StoppedPartWay, StorageFault

Signer = Callable[[bytes], bytes]


class ExportError(DomainError):
    """The export cannot be made (preflight problems, unknown kind...)."""


@dataclass(frozen=True, slots=True)
class ExportOptions:
    per_participant: bool = True
    combined: bool = True
    sign: Signer | None = None  # LSP-key signing of the QR payload (final certificates need it)
    draft: bool = False  # certificates unsigned, watermarked DRAF (a proof, never the final one)
    workers: int = 2
    # The export's own process is one of the ``workers`` drawing processes: while it waits, it
    # draws the chunks no worker process has started (services/exports/parallel.Pools.steal), so
    # one worker process fewer runs (#25: about 95 MB less). Set by the CLI's export and the
    # window's export process (services/exports/child.py); never for an export on a thread of
    # the window's process (drawing there would keep the clicks waiting for the interpreter).
    draw_here: bool = False
    asked: tuple[str, ...] = ()  # kinds named explicitly (not through "all")
    # Filled with every complete file as the export goes, also when it is cancelled (the
    # generator closed, Ctrl-C): what a stopped export left on disk, whole files only.
    written: list[Path] | None = None
    # The export's worker processes (services/exports/parallel.Pools), kept across its kinds;
    # set by export_documents.
    pools: Any = None


STEP = 1000  # progress units per document kind: a kind reports its own share as it goes


def at(step: int, total: int, part: int, whole: int, message: str) -> Progress:
    """Progress inside kind ``step`` of ``total``: ``part`` of its ``whole`` done."""
    share = STEP * part // whole if whole > 0 else 0
    return Progress(step * STEP + min(STEP - 1, share), total * STEP, message)


@dataclass(frozen=True, slots=True)
class NotWritten:
    """A file held back while the rest were written: ``number`` is the participant number."""

    kind: str  # "certificates"
    number: int
    code: str  # "missing_glyph" | "name_does_not_fit"
    detail: str = ""


class WrittenFiles(list[Path]):
    """The paths written, plus what was held back (``not_written``): a partial export."""

    not_written: list[NotWritten]

    def __init__(self, paths: Iterable[Path] = ()) -> None:
        super().__init__(paths)
        self.not_written = []


class ExportInterrupted(ExportError, StoppedPartWay):  # noqa: N818 - named as users see it
    """An OS error (disk full, read-only, drive pulled, folder removed) stopped the export
    part-way: ``written`` are complete files on disk (atomic writes), ``not_written`` the kinds
    not (fully) written, ``interrupted`` the kind that was being written. Names hold numbers only.
    """

    SHOWN_FILES = 40  # a longer list ends in "... and N more" (the CLI prints every path)

    def __init__(self, fault: StorageFault, written: Sequence[Path], out_dir: Path, interrupted: str,
                 not_written: Sequence[str], held_back: Sequence[NotWritten] = ()) -> None:
        super().__init__("export_interrupted", reason=fault.code, written=len(written))
        self.fault = fault
        self.written = list(written)
        self.out_dir = out_dir
        self.interrupted = interrupted
        self.not_written = list(not_written)
        self.held_back = list(held_back)

    def shown_name(self, path: Path) -> str:
        try:
            return path.relative_to(self.out_dir).as_posix()
        except ValueError:
            return path.name

    def report_lines(self) -> list[str]:
        """The lines under the headline: written files, then what is missing (by kind)."""
        from humas_desktop.messages import message

        lines: list[str] = []
        if self.written:
            lines.append(message("export_written_list", count=len(self.written), folder=self.out_dir.name))
            lines += [f"  • {self.shown_name(p)}" for p in self.written[:self.SHOWN_FILES]]
            if len(self.written) > self.SHOWN_FILES:
                lines.append("  " + message("export_more_files", count=len(self.written) - self.SHOWN_FILES))
        else:
            lines.append(message("export_none_written"))
        lines.append(message("export_not_written_list"))
        for kind in self.not_written:
            label = message(f"export_kind_{kind}")
            if kind == self.interrupted:
                label = message("export_kind_interrupted", kind=label)
            lines.append(f"  • {label}")
        if self.held_back:
            lines.append(message("export_partial", count=len(self.held_back)))
            lines += [f"  • {message('certificate_held_back', number=n.number)} "
                      f"{message(n.code, length=n.detail)}" for n in self.held_back]
        return lines


def save_workbook(wb: Any, target: Path) -> Path:
    with atomic_path(target) as tmp:
        save_workbook_file(wb, tmp)
    return target


def person_file(folder: Path, prefix: str, number: int) -> Path:
    return folder / f"{prefix}-{number:04d}.pdf"


def person_meta(data: EventData, title: str, p: Participant) -> dict[str, str]:
    """A split-off file's own metadata: the form and participant number, never the name."""
    return {"Title": f"{title} · Peserta {p.number}", "Author": data.event.lsp_name,
            "Subject": data.event.name, "Creator": "Humas Desktop"}


def note_written(opts: ExportOptions, done: Sequence[Path], written: Sequence[Path]) -> None:
    if opts.written is not None:
        opts.written[:] = list(dict.fromkeys([*done, *written]))


def split_pages(blob: bytes, starts: list[int], targets: list[Path], metas: list[dict[str, str]],
                report: Callable[[int, str], Progress], label: str) -> Generator[Progress, None, None]:
    """Write the per-participant files one by one, reporting (and open to a cancel) as it goes:
    ``report(n, message)`` is the progress once ``n`` files are on disk."""
    from humas_desktop.formats.pdf.split import split_pdf_steps

    for n in split_pdf_steps(blob, starts, targets, metas):  # a batch of files at a time
        yield report(n, f"{label} {n}/{len(targets)}")


@dataclass(frozen=True, slots=True)
class Job:
    """One kind being written: what every kind's ``write`` gets (services/document_kinds.py)."""

    data: EventData
    kind: str
    out: Path  # the export folder (created)
    opts: ExportOptions
    step: int  # this kind's place among the kinds being written, for the progress
    total: int

    @property
    def asked(self) -> bool:
        """Named explicitly, not only through "all"."""
        return self.kind in self.opts.asked

    def at(self, part: int, whole: int, message: str) -> Progress:
        """Progress inside this kind: ``part`` of its ``whole`` done."""
        return at(self.step, self.total, part, whole, message)


Writer = Callable[[Job], "list[Path] | Generator[Progress, None, list[Path]]"]
