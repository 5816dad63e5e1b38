"""The export set: Excel lists, the BNSP upload sheet, FR.AK.02/AK.05, berita acara, certificates.

``export_documents`` is a generator yielding :class:`Progress` (cancel by closing it) that
returns the paths written. Before anything is written, a name preflight checks every printed name
against the fonts and the certificate name box. Every file goes temp -> fsync -> rename; file
names hold numbers only, never personal data.

One module per job (issue 21): ``data`` reads the event once, ``headers`` the kop, ``preflight``
what fonts can print, ``writing`` whole files and what an interrupted export left, ``run`` the
export itself, and one module per kind (or family of kinds), each named in
services/document_kinds.py. This package only re-exports the names callers use.
"""

from __future__ import annotations

from humas_desktop.services.document_kinds import AFTER_CLOSE as AFTER_CLOSE
from humas_desktop.services.document_kinds import EXTRA_KINDS as EXTRA_KINDS
from humas_desktop.services.document_kinds import KINDS as KINDS
from humas_desktop.services.exports.attendance import attendance_sheets as attendance_sheets
from humas_desktop.services.exports.berita_acara import minutes as minutes
from humas_desktop.services.exports.bnsp import BNSP_REQUIRED as BNSP_REQUIRED
from humas_desktop.services.exports.bnsp import BnspCodes as BnspCodes
from humas_desktop.services.exports.bnsp import BnspRow as BnspRow
from humas_desktop.services.exports.bnsp import bnsp_gaps as bnsp_gaps
from humas_desktop.services.exports.bnsp import bnsp_rows as bnsp_rows
from humas_desktop.services.exports.bnsp import participant_codes as participant_codes
from humas_desktop.services.exports.certificates import certificate_data as certificate_data
from humas_desktop.services.exports.data import EventData as EventData
from humas_desktop.services.exports.data import day_label as day_label
from humas_desktop.services.exports.data import event_days as event_days
from humas_desktop.services.exports.data import is_present as is_present
from humas_desktop.services.exports.data import load_event_data as load_event_data
from humas_desktop.services.exports.headers import draft_note as draft_note
from humas_desktop.services.exports.headers import letterhead as letterhead
from humas_desktop.services.exports.plenary import decision_data as decision_data
from humas_desktop.services.exports.preflight import PreflightProblem as PreflightProblem
from humas_desktop.services.exports.preflight import certificate_problems as certificate_problems
from humas_desktop.services.exports.preflight import (
    final_certificates_need_key as final_certificates_need_key,
)
from humas_desktop.services.exports.preflight import preflight as preflight
from humas_desktop.services.exports.preflight import printable as printable
from humas_desktop.services.exports.recap import recap_rows as recap_rows
from humas_desktop.services.exports.records import record_data as record_data
from humas_desktop.services.exports.report import report_data as report_data
from humas_desktop.services.exports.roster import roster_rows as roster_rows
from humas_desktop.services.exports.run import export_documents as export_documents
from humas_desktop.services.exports.writing import STEP as STEP
from humas_desktop.services.exports.writing import ExportError as ExportError
from humas_desktop.services.exports.writing import ExportInterrupted as ExportInterrupted
from humas_desktop.services.exports.writing import ExportOptions as ExportOptions
from humas_desktop.services.exports.writing import Job as Job
from humas_desktop.services.exports.writing import NotWritten as NotWritten
from humas_desktop.services.exports.writing import Signer as Signer
from humas_desktop.services.exports.writing import WrittenFiles as WrittenFiles
