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
    # integrity and privacy (audit replay, sign-off receipts, LSP key, verify, encryption, purge)
    "state_mismatch": "Data {table} (baris {row}, kolom {column}) tidak sesuai dengan jejak audit: "
                      "diubah di luar aplikasi.",
    "row_not_in_log": "Baris {table} {row} tidak tercatat di jejak audit: ditambahkan di luar "
                      "aplikasi.",
    "row_missing": "Baris {table} {row} yang tercatat di jejak audit hilang dari berkas.",
    "signoff_bad_signature": "Tanda tangan tanda terima asesmen {assessment} tidak sah.",
    "signoff_malformed": "Tanda terima asesmen {assessment} rusak.",
    "signoff_wrong_record": "Tanda terima pada asesmen {assessment} milik rekaman lain (diputar "
                            "ulang).",
    "signoff_anchor_mismatch": "Jejak audit pada nomor urut {seq} tidak sama dengan yang "
                               "ditandatangani untuk asesmen {assessment}: jejak ditulis ulang.",
    "receipt_mismatch": "Kode tanda terima asesmen {assessment} tidak cocok dengan rekamannya.",
    "signoff_unknown_key": "Tanda terima asesmen {assessment} ditandatangani kunci yang bukan milik "
                           "laptop asesor terdaftar.",
    "signoff_missing": "Asesmen {assessment} berstatus ditandatangani tetapi tidak punya tanda "
                       "terima bertanda tangan.",
    "signoff_stale": "Tanda terima asesmen {assessment} lebih lama dari penandatanganan "
                     "terakhirnya (tanda terima lama diputar ulang).",
    "signoff_state_mismatch": "Nilai asesmen {assessment} berubah setelah ditandatangani.",
    "signoff_not_current": "Tanda tangan yang tersimpan pada asesmen {assessment} bukan tanda "
                           "terima terakhirnya.",
    "signoff_not_signed": "Asesmen belum berstatus ditandatangani.",
    "more_problems": "... dan {count} masalah lain.",
    "lsp_key_exists": "Kunci LSP sudah ada: {path}. Tidak ditimpa.",
    "lsp_key_missing": "Berkas kunci LSP tidak ditemukan: {path}",
    "lsp_key_weak_passphrase": "Frasa sandi kunci LSP minimal {min} karakter.",
    "lsp_key_wrong_passphrase": "Frasa sandi kunci LSP salah, atau berkas kunci rusak.",
    "lsp_key_not_ed25519": "Berkas ini bukan kunci Ed25519 LSP.",
    "public_key_invalid": "Berkas kunci publik LSP tidak sah: {path}",
    "revocation_bad_signature": "Daftar pencabutan sertifikat tidak ditandatangani kunci LSP ini.",
    "revocation_malformed": "Daftar pencabutan sertifikat rusak.",
    "payload_not_ours": "Kode QR ini bukan kode verifikasi sertifikat Humas Desktop.",
    "payload_not_base32": "Kode verifikasi sertifikat rusak (karakter tidak sah).",
    "payload_malformed": "Kode verifikasi sertifikat rusak (isi tidak lengkap).",
    "payload_unsigned": "Kode verifikasi tidak bertanda tangan LSP.",
    "payload_bad_signature": "Tanda tangan LSP pada sertifikat tidak sah: data sertifikat diubah "
                             "atau bukan dari LSP ini.",
    "no_public_key": "Kunci publik LSP belum ada; pilih berkasnya (--public-key).",
    "certificate_revoked": "Sertifikat {number} telah dicabut oleh LSP.",
    "certificate_expired": "Masa berlaku sertifikat {number} habis pada {valid_until}.",
    "certificate_valid": "Sertifikat {number} sah, berlaku sampai {valid_until}.",
    "no_qr_found": "Tidak ditemukan kode QR sertifikat di berkas: {path}",
    "zbar_missing": "Program pembaca QR (zbarimg, paket zbar-tools) tidak terpasang.",
    "unsupported_file": "Jenis berkas tidak didukung untuk verifikasi: {path}",
    "encrypted_not_ours": "Berkas ini bukan paket terenkripsi Humas Desktop.",
    "encrypted_too_new": "Paket terenkripsi dibuat oleh versi Humas Desktop yang lebih baru.",
    "encrypted_truncated": "Paket terenkripsi terpotong (tidak lengkap).",
    "wrong_passphrase": "Frasa sandi salah.",
    "encrypted_tampered": "Paket terenkripsi telah diubah atau rusak; isinya tidak dipakai.",
    "passphrase_too_short": "Frasa sandi minimal {min} karakter.",
    "purge_not_closed": "Hapus data pribadi hanya untuk acara yang sudah ditutup atau lewat masa "
                        "simpannya ({retention_until}).",
    "file_missing": "Berkas tidak ditemukan: {path}",
    "app_locked_wrong": "Frasa sandi salah; aplikasi tetap terkunci.",

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
