"""Benchmark: 1,000 two-page certificates (one PDF, and 1,000 files) vs plain fpdf2; the 5,000 x 18 recap.

Baseline: an independent, naive fpdf2 loop written plainly below (``naive_render``): one FPDF,
the shipped DejaVu fonts, a front page with the texts and a QR code drawn as a segno PNG image,
a back page with one cell per unit; nothing of our layout code. (The first version used our own
renderer with its caches switched off, which measured our handicaps, not fpdf2.) Measured in
one document, and as a new document per certificate on a sample. Ours: two processes, merged
(one PDF) or each splitting its half into files with pypdf. Baseline and ours alternate within
each round. Run: ``python benchmarks/certificates.py [N]``.
"""

from __future__ import annotations

import os
import resource
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from humas_desktop.formats.cert_payload import CertificatePayload, encode, holder_hash  # noqa: E402
from humas_desktop.formats.pdf.certificates import (  # noqa: E402
    CertificateData,
    CertificateUnit,
    auto_workers,
    render_batch,
    render_certificates,
    render_parallel,
)
from humas_desktop.formats.xlsx_reports import RecapRow, ReportHeader, recap_workbook  # noqa: E402
from humas_desktop.services.demo import demo_participants, load_demo_scheme  # noqa: E402


def items(n: int) -> list[CertificateData]:
    scheme, _ = load_demo_scheme()
    people = demo_participants(n, scheme.id)
    out = []
    for i, p in enumerate(people, 1):
        number = f"70203 2432 0 {i:07d} 2026"
        reg = f"HMS 001 {i:05d} 2026"
        payload = CertificatePayload(number, reg, scheme.code, date(2026, 11, 23), date(2029, 11, 23),
                                     holder_hash(p.name, p.nik))
        out.append(CertificateData(
            p.number, p.name, number, reg, scheme.field_id, scheme.field_en, scheme.title_id,
            scheme.title_en, "Bandung", date(2026, 11, 23), "LSP Humas Nusantara (contoh)",
            "Ketua (contoh)", "Manajer (contoh)",
            [CertificateUnit(u.code, u.title_id, u.title_en) for u in scheme.units], encode(payload),
            False))
    return out


ROUNDS = 2


FONTS = Path(__file__).resolve().parent.parent / "resources" / "fonts"


def naive_render(data: list[CertificateData]) -> bytes:
    """How one would write it with fpdf2 and segno without thinking about speed."""
    import io

    import segno
    from fpdf import FPDF

    pdf = FPDF(orientation="L", unit="mm", format="A4")
    pdf.set_auto_page_break(False)
    pdf.add_font("DejaVu", "", str(FONTS / "DejaVuSans.ttf"))
    pdf.add_font("DejaVu", "B", str(FONTS / "DejaVuSans-Bold.ttf"))
    for d in data:
        pdf.add_page()
        pdf.set_font("DejaVu", "B", 26)
        pdf.set_xy(20, 30)
        pdf.cell(257, 14, "SERTIFIKAT KOMPETENSI", align="C")
        pdf.set_font("DejaVu", "", 11)
        pdf.set_xy(20, 46)
        pdf.cell(257, 7, f"No. {d.number}    No. Reg. {d.registration_number}", align="C")
        pdf.set_font("DejaVu", "B", 22)
        pdf.set_xy(20, 70)
        pdf.multi_cell(257, 11, d.holder_name, align="C")
        pdf.set_font("DejaVu", "", 12)
        pdf.set_xy(20, 100)
        pdf.multi_cell(257, 7, f"{d.field_id} / {d.field_en}\n{d.qualification_id}\n{d.qualification_en}",
                       align="C")
        pdf.set_xy(20, 160)
        pdf.cell(257, 7, f"{d.city}, {d.issue_date:%d-%m-%Y}    {d.lsp_name}", align="C")
        png = io.BytesIO()
        segno.make(d.qr_text, error="m").save(png, kind="png", scale=4, border=2)
        pdf.image(png, x=240, y=150, w=35, h=35)
        pdf.add_page()
        pdf.set_font("DejaVu", "B", 12)
        pdf.set_xy(20, 20)
        pdf.cell(257, 8, "Daftar Unit Kompetensi / List of Units of Competency")
        pdf.set_font("DejaVu", "", 9)
        y = 32.0
        for n, unit in enumerate(d.units, 1):
            pdf.set_xy(20, y)
            pdf.cell(10, 8, str(n), border=1)
            pdf.cell(45, 8, unit.code, border=1)
            pdf.cell(100, 8, unit.title_id[:70], border=1)
            pdf.cell(102, 8, unit.title_en[:70], border=1)
            y += 8
    return bytes(pdf.output())


def median(xs: list[float]) -> float:
    s = sorted(xs)
    return s[len(s) // 2]


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    data = items(n)
    # The machine is shared: alternate baseline and ours and keep each one's best round.
    plain_times: list[float] = []
    single_times: list[float] = []
    ours_times: list[float] = []
    sep_times: list[float] = []
    forced_times: list[float] = []
    workers_used = auto_workers(n)
    with tempfile.TemporaryDirectory() as tmp:
        targets = [str(Path(tmp) / f"sertifikat-{i:04d}.pdf") for i in range(n)]
        for _ in range(ROUNDS):
            t = time.perf_counter()
            plain = naive_render(data)
            plain_times.append(time.perf_counter() - t)
            t = time.perf_counter()
            render_certificates(data)
            single_times.append(time.perf_counter() - t)
            t = time.perf_counter()
            merged = render_batch(data)
            ours_times.append(time.perf_counter() - t)
            assert isinstance(merged, bytes)
            t = time.perf_counter()
            render_parallel(data, 2)
            forced_times.append(time.perf_counter() - t)
            t = time.perf_counter()
            render_batch(data, targets)
            sep_times.append(time.perf_counter() - t)
            assert all(Path(p).stat().st_size > 0 for p in targets)
        sample = data[:40]
        t = time.perf_counter()
        for d in sample:
            naive_render([d])
        plain_sep_rate = len(sample) / (time.perf_counter() - t)
    plain_one, ours_one, ours_sep = min(plain_times), min(ours_times), min(sep_times)
    single, forced = min(single_times), min(forced_times)

    self_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    child_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024

    units = [f"KOM.PR0{i // 9 + 1}.{i:03d}.01" for i in range(18)]
    rows = [RecapRow(i, f"Peserta Contoh Nomor {i}", ["K" if (i + j) % 7 else "BK" for j in range(18)],
                     "K", "K") for i in range(1, 5001)]
    header = ReportHeader("Benchmark", "LSP", "Skema", "TUK", "01/01/2026")
    recap_times = []
    with tempfile.TemporaryDirectory() as tmp:
        for _ in range(3):
            t = time.perf_counter()
            recap_workbook(header, units, rows).save(Path(tmp) / "r.xlsx")
            recap_times.append(time.perf_counter() - t)

    print(f"rounds (s): plain {[round(x, 1) for x in plain_times]}, "
          f"ours single process {[round(x, 1) for x in single_times]}, "
          f"one PDF {[round(x, 1) for x in ours_times]}, files {[round(x, 1) for x in sep_times]}; "
          f"best of each used; load average {os.getloadavg()[0]:.1f}")
    print(f"certificates: {n} x 2 pages ({len(plain) / 1e6:.1f} MB plain, {len(merged) / 1e6:.1f} MB merged)")
    print(f"naive fpdf2, one PDF:        {plain_one:6.1f} s  {n / plain_one:6.1f} cert/s")
    print(f"ours, one PDF ({workers_used} process(es)):{ours_one:6.1f} s  {n / ours_one:6.1f} cert/s  "
          f"ratio {plain_one / ours_one:.2f}x (goal >= 1.3x)")
    print(f"ours, one process:           {single:6.1f} s  {n / single:6.1f} cert/s  "
          f"ratio {plain_one / single:.2f}x")
    print(f"ours, forced 2 processes:    {forced:6.1f} s  {n / forced:6.1f} cert/s  "
          f"ratio {plain_one / forced:.2f}x (2 vs 1 process: {single / forced:.2f}x)")
    print(f"naive fpdf2, separate files: {plain_sep_rate:6.1f} cert/s (sample of {len(sample)})")
    print(f"ours, separate files:        {ours_sep:6.1f} s  {n / ours_sep:6.1f} cert/s  "
          f"ratio {n / ours_sep / plain_sep_rate:.1f}x (goal >= 30/s)")
    print(f"peak memory: main {self_mb:.0f} MB, largest worker {child_mb:.0f} MB (goal <= 300 MB)")
    print(f"recap 5000 x 18: median {median(recap_times):.2f} s of 3 (goal <= 5 s)")


if __name__ == "__main__":
    main()
