"""People-facing Indonesian text for domain error codes (the source language of the UI).

The GUI passes these through Qt's translation (context ``Messages``); the CLI prints them as is.
"""

from __future__ import annotations

from typing import Any

MESSAGES: dict[str, str] = {
    # event files
    "missing": "Berkas acara tidak ditemukan: {path}",
    "not_a_file": "Yang dipilih bukan berkas: {path}",
    "no_permission": "Tidak ada izin membaca berkas: {path}",
    "not_an_event_file": "Berkas ini bukan berkas acara Humas Desktop atau sudah rusak "
                         "(terpotong): {path}",
    "foreign_file": "Berkas ini milik aplikasi lain, bukan berkas acara Humas Desktop: {path}. "
                    "Berkas tidak diubah.",
    "truncated": "Berkas acara terpotong (tidak lengkap): {path}. Pulihkan dari cadangan.",
    "too_new": "Berkas acara dibuat oleh versi Humas Desktop yang lebih baru (skema {version}, "
               "aplikasi ini mendukung sampai {supported}). Perbarui aplikasi; berkas tidak "
               "diubah.",
    "damaged": "Berkas acara rusak dan tidak dapat dibuka: {path}. Pulihkan dari cadangan.",
    "needs_migration": "Berkas acara perlu diperbarui ke skema terbaru; buka sekali di "
                       "aplikasi: {path}",
    "exists": "Berkas acara sudah ada: {path}",
    "cannot_use_wal": "Penyimpanan ini tidak mendukung mode jurnal WAL; simpan data di disk "
                      "internal.",
    "event_missing": "Berkas acara tidak berisi data acara.",
    # check problems
    "integrity": "Pemeriksaan integritas SQLite gagal: {detail}",
    "foreign_keys": "Ada {rows} baris yang merujuk data yang tidak ada.",
    "audit_chain_broken": "Rantai jejak audit putus pada nomor urut {seq}: data diubah di luar "
                          "aplikasi.",
    # schemes
    "missing_field": "Skema: isian wajib kosong di {where}.",
    "not_text": "Skema: isian harus berupa teks di {where}.",
    "not_a_list": "Skema: {where} harus berupa daftar.",
    "not_an_object": "Skema: {where} harus berupa objek.",
    "not_a_scheme_file": "Berkas ini bukan berkas skema Humas Desktop (isian \"format\").",
    "format_too_new": "Berkas skema memakai format versi {version} yang lebih baru dari aplikasi "
                      "ini.",
    "bad_value": "Skema: nilai tidak dikenal di {where}.",
    "no_units": "Skema tidak memiliki unit kompetensi.",
    "duplicate_unit": "Skema: kode unit {code} muncul dua kali ({where}).",
    "duplicate_element": "Skema: nomor elemen muncul dua kali ({where}).",
    "unknown_unit": "Skema: pertanyaan merujuk unit {code} yang tidak ada ({where}).",
    "unknown_element": "Skema: pertanyaan merujuk elemen yang tidak ada ({where}).",
    "unreadable": "Berkas tidak dapat dibaca: {where}",
    "too_large": "Berkas terlalu besar: {where}",
    "not_json": "Berkas skema bukan JSON yang sah ({where}).",
    "not_xlsx": "Berkas bukan buku kerja Excel (.xlsx) yang sah: {where}",
    "missing_sheet": "Lembar \"{where}\" tidak ditemukan di buku kerja skema.",
    "missing_header": "Baris judul kolom tidak ditemukan di lembar \"{where}\".",
    "missing_column": "Kolom {column} tidak ditemukan ({where}).",
    # scoring
    "consent_required": "Persetujuan asesmen (FR.AK.01) belum dikonfirmasi.",
    "signed_read_only": "Rekaman sudah ditandatangani dan hanya dapat dibaca.",
    "override_needs_reason": "Rekomendasi berbeda dari saran sistem: tuliskan alasannya.",
    "overall_missing": "Rekomendasi akhir belum diisi.",
    "units_incomplete": "Masih ada unit tanpa rekomendasi K/BK.",
    "signer_missing": "Nama dan nomor registrasi MET asesor wajib diisi.",
    "reopen_needs_reason": "Membuka kembali rekaman memerlukan alasan.",
    "assessment_missing": "Data asesmen tidak ditemukan.",
    "participant_missing": "Data peserta tidak ditemukan.",
    # close session and export (issue 5)
    "cell_too_long": "Isi sel terlalu panjang untuk Excel ({where}, batas {limit} karakter); "
                     "ekspor dibatalkan, tidak ada yang dipotong.",
    "pdf_missing_glyph": "Huruf tidak tersedia di fon PDF ({chars}); dokumen tidak dibuat.",
    "name_does_not_fit": "Nama terlalu panjang untuk kotak nama sertifikat ({length} karakter).",
    "units_do_not_fit": "Terlalu banyak unit ({units}) untuk halaman belakang sertifikat.",
    "pattern_malformed": "Pola nomor tidak sah.",
    "pattern_needs_urut": "Pola nomor harus memuat {{urut}} (nomor urut).",
    "pattern_unknown_field": "Pola nomor memuat kolom yang tidak dikenal: {field}.",
    "numbering_codes_missing": "Kode bidang dan nomor lisensi LSP wajib diisi.",
    "numbering_start_invalid": "Nomor urut awal harus 1 atau lebih.",
    "numbering_not_configured": "Penomoran sertifikat belum diatur (kode bidang, nomor lisensi).",
    "certificate_subject_missing": "Peserta atau skema untuk sertifikat tidak ditemukan.",
    "number_already_used": "Nomor sertifikat sudah pernah dipakai; nomor tidak digunakan ulang.",
    "void_needs_reason": "Membatalkan sertifikat memerlukan alasan.",
    "event_closed": "Sesi sudah ditutup; data hanya dapat dibaca. Buka kembali dengan alasan.",
    "sk_number_missing": "Nomor SK keputusan LSP wajib diisi.",
    "decision_not_present_participant": "Keputusan hanya untuk peserta yang hadir.",
    "close_blocked": "Sesi belum dapat ditutup: {count} syarat belum terpenuhi.",
    "reopen_session_needs_reason": "Membuka kembali sesi memerlukan alasan.",
    "event_not_closed": "Sesi belum ditutup.",
    "export_unknown_kind": "Jenis ekspor tidak dikenal: {kind}.",
    "preflight_failed": "Pemeriksaan nama gagal: {count} masalah (pertama: peserta no. {number}, "
                        "{problem} {detail}). Tidak ada berkas yang ditulis.",
    "attendance_unknown": "Kehadiran belum diisi untuk {count} peserta.",
    "assessment_not_signed": "{count} peserta hadir belum dinilai dan ditandatangani asesor.",
    "decision_missing": "Keputusan LSP belum dicatat untuk {count} peserta.",
    "decision_incomplete": "Tanggal pleno atau nomor SK belum lengkap untuk {count} peserta.",
    "missing_glyph": "huruf tidak tersedia di fon",

}


def message(code: str, /, **context: Any) -> str:
    """Indonesian text for ``code``; unknown codes still give a readable line."""
    template = MESSAGES.get(code)
    if template is None:
        return f"Terjadi kesalahan ({code})."
    try:
        return template.format(**context)
    except (KeyError, IndexError):
        return template.split("{")[0].rstrip(" :(") + "."
