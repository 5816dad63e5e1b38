"""``appeal open|decide|list|window``: FR.AK.04 appeals as tracked cases (issue 26).

Participants are named by their number (never by name on the command line or in its output).
"""

from __future__ import annotations

import argparse
from datetime import date
from typing import Any

from humas_desktop.cli.common import emit_json, event_session


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"tanggal tidak sah (TTTT-BB-HH): {text}") from None


def _team(text: str | None) -> list[str] | None:
    return None if text is None else [n.strip() for n in text.split(";") if n.strip()]


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("appeal", help="banding asesmen (FR.AK.04) sebagai kasus: ajukan, "
                                      "putuskan, daftar")
    actions = p.add_subparsers(dest="appeal_action", metavar="TINDAKAN", required=True)
    op = actions.add_parser("open", help="catat banding yang diterima dari asesi")
    op.add_argument("event_file", help="berkas acara")
    op.add_argument("number", type=int, metavar="NOMOR", help="nomor urut peserta")
    op.add_argument("--answers", required=True, metavar="YA,TIDAK,…",
                    help="jawaban Ya/Tidak atas pertanyaan FR.AK.04, dipisah koma")
    op.add_argument("--reason", required=True, metavar="TEKS", help="alasan banding")
    op.add_argument("--received", type=_date, default=None, metavar="TTTT-BB-HH",
                    help="tanggal banding diterima (bawaan: hari ini)")
    op.add_argument("--team", default=None, metavar="NAMA;NAMA",
                    help="tim banding, dipisah titik koma (bukan asesor peserta ini)")
    op.add_argument("--json", action="store_true", help="keluaran JSON")
    op.set_defaults(handler=run_open)

    dec = actions.add_parser("decide", help="catat keputusan banding (SK hasil banding)")
    dec.add_argument("event_file", help="berkas acara")
    dec.add_argument("number", type=int, metavar="NOMOR", help="nomor urut peserta")
    dec.add_argument("--outcome", required=True, choices=("diterima", "ditolak"),
                     help="banding diterima atau ditolak")
    dec.add_argument("--sk", required=True, metavar="NOMOR_SK", help="nomor SK hasil banding")
    dec.add_argument("--date", type=_date, default=None, metavar="TTTT-BB-HH",
                     help="tanggal keputusan (bawaan: hari ini)")
    dec.add_argument("--team", default=None, metavar="NAMA;NAMA",
                     help="tim banding bila belum ditetapkan saat banding dicatat")
    dec.add_argument("--notes", default="", metavar="TEKS", help="catatan keputusan")
    dec.add_argument("--json", action="store_true", help="keluaran JSON")
    dec.set_defaults(handler=run_decide)

    ls = actions.add_parser("list", help="daftar kasus banding acara")
    ls.add_argument("event_file", help="berkas acara")
    ls.add_argument("--open", action="store_true", help="hanya kasus yang belum diputuskan")
    ls.add_argument("--json", action="store_true", help="keluaran JSON")
    ls.set_defaults(handler=run_list)

    win = actions.add_parser("window", help="batas waktu pengajuan banding LSP (hari)")
    win.add_argument("event_file", help="berkas acara")
    win.add_argument("days", type=int, nargs="?", default=None, metavar="HARI",
                     help="jumlah hari sejak hasil asesmen (tanpa nilai: tampilkan)")
    win.set_defaults(handler=run_window)


def _case(case: Any) -> dict[str, Any]:
    return {"id": case.id, "participant_number": case.number, "status": case.status,
            "received_on": case.received_on.isoformat(), "window_days": case.window_days,
            "team": list(case.team), "outcome": case.outcome, "sk_number": case.sk_number,
            "decided_on": case.decided_on.isoformat() if case.decided_on else None,
            "certificate_held": case.status == "open"}


def run_open(args: argparse.Namespace) -> int:
    from humas_desktop.services import appeals

    answers = [a.strip() for a in args.answers.split(",")]
    with event_session(args) as edb:
        pid = appeals.participant_by_number(edb, args.number)
        case_id = appeals.open_appeal(edb, pid, answers, args.reason, args.received or date.today(),
                                      team=_team(args.team) or [])
        case = appeals.get(edb, case_id)
    if args.json:
        emit_json(_case(case))
    else:
        print(f"Banding peserta no. {case.number} dicatat (diterima {case.received_on}, batas "
              f"{case.window_days} hari). Sertifikat peserta ini ditahan sampai banding diputuskan.")
    return 0


def run_decide(args: argparse.Namespace) -> int:
    from humas_desktop.services import appeals

    with event_session(args) as edb:
        case_id = appeals.open_case_of(edb, args.number)
        appeals.decide(edb, case_id, args.outcome, args.sk, args.date or date.today(), args.notes,
                       team=_team(args.team))
        case = appeals.get(edb, case_id)
    if args.json:
        emit_json(_case(case))
    else:
        print(f"Banding peserta no. {case.number} diputuskan: {case.outcome} "
              f"(SK {case.sk_number}).")
    return 0


def run_list(args: argparse.Namespace) -> int:
    from humas_desktop.services import appeals

    with event_session(args) as edb:
        cases = appeals.list_appeals(edb, appeals.OPEN if args.open else None)
    if args.json:
        emit_json({"appeals": [_case(c) for c in cases]})
        return 0
    if not cases:
        print("Tidak ada kasus banding.")
    for c in cases:
        state = ("terbuka — sertifikat ditahan" if c.status == "open"
                 else f"diputuskan {c.decided_on}: {c.outcome} (SK {c.sk_number})")
        print(f"Peserta no. {c.number}: diterima {c.received_on}, {state}; tim: "
              f"{'; '.join(c.team) or '(belum ditetapkan)'}")
    return 0


def run_window(args: argparse.Namespace) -> int:
    from humas_desktop.services import appeals

    with event_session(args) as edb:
        if args.days is not None:
            appeals.set_window_days(edb, args.days)
        days = appeals.window_days(edb)
    print(f"Batas waktu banding: {days} hari sejak hasil asesmen.")
    return 0
