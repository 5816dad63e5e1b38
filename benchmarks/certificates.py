"""Benchmark: 1,000 two-page certificates (one PDF, and 1,000 files) vs plain fpdf2; the 5,000 x 18 recap.

Baseline: the same layout drawn by plain fpdf2 in this process (one document; and a new FPDF
document per certificate, measured on a sample). Ours: two processes, merged (one PDF) or each
splitting its half into files with pypdf. Run: ``python benchmarks/certificates.py [N]``.
"""

from __future__ import annotations

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


def median(xs: list[float]) -> float:
    s = sorted(xs)
    return s[len(s) // 2]


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    data = items(n)
    # The machine is shared: alternate baseline and ours and keep each one's best round.
    plain_times, ours_times, sep_times = [], [], []
    with tempfile.TemporaryDirectory() as tmp:
        targets = [str(Path(tmp) / f"sertifikat-{i:04d}.pdf") for i in range(n)]
        for _ in range(ROUNDS):
            t = time.perf_counter()
            plain, _ = render_certificates(data)
            plain_times.append(time.perf_counter() - t)
            t = time.perf_counter()
            merged = render_parallel(data, 2)
            ours_times.append(time.perf_counter() - t)
            assert isinstance(merged, bytes)
            t = time.perf_counter()
            render_parallel(data, 2, targets)
            sep_times.append(time.perf_counter() - t)
            assert all(Path(p).stat().st_size > 0 for p in targets)
        sample = data[:40]
        t = time.perf_counter()
        for d in sample:
            render_certificates([d])
        plain_sep_rate = len(sample) / (time.perf_counter() - t)
    plain_one, ours_one, ours_sep = min(plain_times), min(ours_times), min(sep_times)

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

    print(f"rounds (s): plain {[round(x, 1) for x in plain_times]}, one PDF {[round(x, 1) for x in ours_times]}, "
          f"files {[round(x, 1) for x in sep_times]}; best of each used")
    print(f"certificates: {n} x 2 pages ({len(plain) / 1e6:.1f} MB plain, {len(merged) / 1e6:.1f} MB merged)")
    print(f"plain fpdf2, one PDF:        {plain_one:6.1f} s  {n / plain_one:6.1f} cert/s")
    print(f"ours, one PDF (2 processes): {ours_one:6.1f} s  {n / ours_one:6.1f} cert/s  "
          f"ratio {plain_one / ours_one:.2f}x (goal >= 1.3x)")
    print(f"plain fpdf2, separate files: {plain_sep_rate:6.1f} cert/s (sample of {len(sample)})")
    print(f"ours, separate files:        {ours_sep:6.1f} s  {n / ours_sep:6.1f} cert/s  "
          f"ratio {n / ours_sep / plain_sep_rate:.1f}x (goal >= 30/s)")
    print(f"peak memory: main {self_mb:.0f} MB, largest worker {child_mb:.0f} MB (goal <= 300 MB)")
    print(f"recap 5000 x 18: median {median(recap_times):.2f} s of 3 (goal <= 5 s)")


if __name__ == "__main__":
    main()
