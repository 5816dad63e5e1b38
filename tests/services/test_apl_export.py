"""``export EVENT apl01|apl02|ak01`` (issue 26): the LSP's printed FR.APL.01, FR.APL.02 and FR.AK.01,
one PDF per participant and one combined, every field label of the official form
(shared/forms.md 1.1-1.3) present verbatim and filled from the event, read back with pdftotext as
a person reading the PDF would. Fails on a014e1b (no such export kinds)."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from humas_desktop.cli import main
from humas_desktop.domain.progress import run_to_end
from humas_desktop.formats.pdf.layout import tanggal
from humas_desktop.services import apl
from humas_desktop.services.exports import KINDS, export_documents
from humas_desktop.services.scoring import ScoringService
from humas_desktop.storage import repository as repo
from humas_desktop.storage.db import open_event
from tests.conftest import make_demo

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext missing")

# The official field lists, verbatim (shared/forms.md 1.1, 1.2, 1.3).
APL01_LABELS = ("Data Pribadi", "Nama lengkap", "No. KTP/NIK/Paspor", "Tempat / tgl. Lahir",
                "Jenis kelamin", "Laki-laki", "Perempuan", "Kebangsaan", "Alamat rumah", "Kode pos",
                "Rumah:", "Kantor:", "HP:", "E-mail:", "Kualifikasi Pendidikan",
                "Data Pekerjaan Sekarang", "Nama Institusi / Perusahaan", "Jabatan",
                "Alamat Kantor", "Telp:", "Fax:", "Data Sertifikasi", "Judul Skema Sertifikasi",
                "Nomor Skema Sertifikasi", "Tujuan Asesmen", "Sertifikasi", "Sertifikasi Ulang",
                "PKT", "RPL", "Lainnya", "No", "Kode Unit", "Judul Unit", "Bukti Kelengkapan",
                "Bukti Persyaratan Dasar", "Bukti Administratif", "Ada Memenuhi Syarat",
                "Ada Tidak Memenuhi Syarat", "Tidak Ada", "Catatan", "Pas Foto 3x4 background merah",
                "KTP", "Ijazah Terakhir", "Daftar Riwayat Hidup (CV)", "Rekomendasi (diisi oleh LSP)",
                "Berdasarkan ketentuan persyaratan dasar, maka pemohon:", "Diterima",
                "Tidak diterima", "sebagai peserta sertifikasi", "Pemohon", "Admin LSP",
                "Tanda tangan/Tanggal")
APL02_LABELS = ("Baca setiap pertanyaan di kolom sebelah kiri", "Beri tanda centang (\u2713)",
                "jika Anda yakin dapat melakukan tugas", "Isi kolom di sebelah kanan dengan "
                "mendaftar bukti", "Dapatkah Saya", "K", "BK", "Bukti yang relevan", "Nama Asesi",
                "Tanggal", "Tanda Tangan Asesi", "Ditinjau oleh Asesor", "Nama Asesor",
                "Rekomendasi", "Asesmen dapat dilanjutkan", "Asesmen tidak dapat dilanjutkan",
                "Tanda Tangan dan Tanggal")
AK01_LABELS = ("Persetujuan Asesmen ini untuk menjamin bahwa Asesi telah diberi arahan secara "
               "rinci tentang perencanaan dan proses asesmen", "Skema Sertifikasi", "Judul:",
               "Nomor:", "TUK", "Sewaktu", "Tempat Kerja", "Mandiri", "Nama Asesor", "Nama Asesi",
               "Bukti yang akan dikumpulkan", "Verifikasi Portofolio", "Observasi Langsung",
               "Pertanyaan Lisan", "Pertanyaan Tertulis", "Pertanyaan Wawancara",
               "Hasil Review Produk", "Hasil Kegiatan Terstruktur", "Lainnya",
               "Pelaksanaan asesmen disepakati pada", "Hari/Tanggal", "Waktu",
               "Menyatakan tidak akan membuka hasil pekerjaan yang saya peroleh karena penugasan "
               "saya sebagai Asesor", "Saya setuju mengikuti asesmen dengan pemahaman bahwa "
               "informasi yang dikumpulkan hanya digunakan untuk pengembangan profesional dan "
               "hanya dapat diakses oleh orang tertentu saja",
               "Bahwa saya sudah mendapatkan penjelasan Hak dan Prosedur Banding oleh Asesor",
               "Tanda tangan Asesor", "Tanda tangan Asesi", "Tanggal")


def _text(pdf: Path) -> str:
    out = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    return re.sub(r"\s+", " ", out)


def test_apl01_apl02_ak01_print_every_official_field_filled_from_the_event(tmp_path: Path) -> None:
    path = make_demo(tmp_path / "data", participants=6, decided=True)
    out = tmp_path / "out"
    with open_event(path, device_id="t", actor="coordinator") as edb:
        assert {"apl01", "apl02", "ak01"} <= set(KINDS)  # "all" makes them too
        people = repo.list_participants(edb)
        scheme = repo.load_schemes(edb)[0]
        assessors = {a.id: a for a in repo.list_assessors(edb)}
        svc = ScoringService(edb)
        files = run_to_end(export_documents(edb, ["apl01", "apl02", "ak01"], out))
        records = {p.id: (apl.get_apl01(edb, p.id), svc.assessment_for(p.id)) for p in people}
        for p in people:
            rec, aid = records[p.id]
            assert rec is not None and aid is not None
            a = svc.assessment(aid)
            form = apl.get_ak01(edb, aid)
            review = apl.get_apl02(edb, aid)
            assert form is not None and len(review) == len(scheme.units)
            stem = f"peserta-{p.number:04d}.pdf"
            text = _text(out / "fr-apl-01" / stem)
            for label in APL01_LABELS:
                assert label in text, label
            for value in (p.name, p.nik, p.birth_place, p.institution, p.job_title, rec.home_phone,
                          rec.office_phone, rec.office_fax, rec.office_email, scheme.title_id,
                          scheme.code, rec.admin_name, tanggal(rec.applied_on)):
                assert value in text, value
            for u in scheme.units:
                assert u.code in text and u.title_id in text
            assert "[\u2713] Sertifikasi " in text and "[\u2713] Diterima" in text
            text = _text(out / "fr-apl-02" / stem)
            for label in APL02_LABELS:
                assert label in text, label
            assessor = assessors[a.assessor_id]
            assert p.name in text and assessor.name in text
            for u in scheme.units:
                assert u.code in text and review[u.id].evidence in text
            assert "[\u2713] Asesmen dapat dilanjutkan" in text
            text = _text(out / "fr-ak-01" / stem)
            for label in AK01_LABELS:
                assert label in text, label
            assert p.name in text and assessor.name in text and assessor.met_number in text
            assert scheme.title_id in text and scheme.code in text
            assert "[\u2713] Verifikasi Portofolio" in text and "[\u2713] Sewaktu" in text
            assert form.terms.agreed_time in text and form.terms.tuk_name in text
            assert "ketidakberpihakan" in text  # the assessor's declaration with it
            for name in ("fr-apl-01", "fr-apl-02", "fr-ak-01"):
                assert f"{name.upper().replace('-', '.', 1).replace('-', '.')}" in _text(out / name / stem)
    for stem in ("fr-apl-01-permohonan", "fr-apl-02-asesmen-mandiri", "fr-ak-01-persetujuan"):
        assert out / f"{stem}.pdf" in files
    combined = _text(out / "fr-ak-01-persetujuan.pdf")
    assert all(p.name in combined for p in people)
    assert "FR.AK.01 · halaman 1 dari 1" in _text(out / "fr-ak-01" / "peserta-0001.pdf")
    assert "FR.APL.01 · halaman 1 dari 2" in _text(out / "fr-apl-01" / "peserta-0001.pdf")


def test_the_cli_exports_each_form_and_a_stopped_unit_prints_as_such(tmp_path: Path) -> None:
    data = tmp_path / "data"
    path = make_demo(data, participants=3)
    with open_event(path, device_id="t", actor="asesor") as edb:
        scheme = repo.load_schemes(edb)[0]
        person = repo.list_participants(edb)[0]
        assessor = repo.list_assessors(edb)[0]
        svc = ScoringService(edb)
        aid = svc.draft_assessment(person.id, assessor.id, scheme.id)
        svc.review_apl02(aid, [apl.Apl02Unit(u.id, "BK" if i == 0 else "K", "Surat tugas",
                                             "tidak_lanjut" if i == 0 else "lanjut")
                               for i, u in enumerate(scheme.units)])
        svc.give_consent(aid)
    for kind, stem in (("apl02", "fr-apl-02-asesmen-mandiri"), ("ak01", "fr-ak-01-persetujuan"),
                       ("apl01", "fr-apl-01-permohonan")):
        out = tmp_path / kind
        assert main(["--data-dir", str(data), "export", str(path), kind, "--out", str(out)]) == 0
        if kind == "apl02":
            text = _text(out / f"{stem}.pdf")
            assert "[\u2713] Asesmen tidak dapat dilanjutkan" in text
            assert f"Unit yang tidak dapat dilanjutkan: {scheme.units[0].code}" in text
        else:  # the consent made the AK.01 form; nobody's APL.01 was recorded: no file
            assert (out / f"{stem}.pdf").exists() is (kind == "ak01")
