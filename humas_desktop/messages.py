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
    # reliability: backups, start-up check, storage faults, single instance, unexpected errors
    "backup_failed": "Cadangan tidak dapat dibuat ({detail}). Data acara tidak berubah; "
                     "periksa ruang disk lalu coba lagi.",
    "backup_unverified": "Salinan cadangan gagal diperiksa ({detail}) sehingga tidak dipakai. "
                         "Data acara tidak berubah.",
    "no_backup": "Belum ada cadangan yang utuh untuk acara ini.",
    "startup_quick_check": "Pemeriksaan cepat SQLite menemukan kerusakan pada berkas acara.",
    "disk_full": "Disk penuh: perubahan terakhir belum tersimpan, data yang sudah tersimpan "
                 "aman. Kosongkan ruang disk lalu coba lagi.",
    "read_only_media": "Penyimpanan hanya-baca: perubahan tidak dapat disimpan ke {path}. "
                       "Data yang sudah tersimpan aman. Pindahkan berkas ke disk internal lalu "
                       "coba lagi.",
    "disk_io": "Kesalahan baca/tulis disk pada {path}: perubahan terakhir belum tersimpan, "
               "data yang sudah tersimpan aman. Periksa disk lalu coba lagi.",
    "event_file_removed": "Berkas acara {path} dihapus atau dipindahkan saat aplikasi berjalan. "
                          "Data masih ada di aplikasi: simpan ulang berkasnya.",
    "event_file_rescued": "Berkas acara ditulis ulang dari data yang masih terbuka: {path}.",
    "storage_busy": "Berkas acara sedang dipakai program lain. Tunggu sebentar lalu coba lagi.",
    "no_write_permission": "Tidak ada izin menulis ke {path}. Pilih folder lain lalu coba lagi.",
    "drive_removed": "Media penyimpanan (mis. flashdisk) terlepas saat menulis {path}. Berkas "
                     "setengah jadi tidak disimpan; pasang lagi lalu coba lagi.",
    "target_missing": "Folder tujuan tidak ada lagi: {path}. Pilih folder lain lalu coba lagi.",
    "data_on_network": "Folder data berada di penyimpanan jaringan. Simpan data di disk internal "
                       "agar tidak hilang saat jaringan putus.",
    "data_on_removable": "Folder data berada di media lepas-pasang (flashdisk). Simpan data di "
                         "disk internal agar tidak hilang saat media dicabut.",
    "low_disk_space": "Ruang disk tinggal {free_mb} MB. Kosongkan ruang agar penyimpanan dan "
                      "cadangan tetap berjalan.",
    "previous_start_crashed": "Aplikasi berhenti mendadak saat dibuka terakhir kali; acara "
                              "terakhir tidak dibuka otomatis. Buka lewat Berkas → Buka acara…",
    "unexpected_error": "Terjadi kesalahan tak terduga ({kind}). Pekerjaan yang sudah disimpan "
                        "aman. Catatan teknis (tanpa data pribadi) ada di {log}.",
    "already_running": "Humas Desktop sudah berjalan untuk folder data ini; jendelanya "
                       "dimunculkan.",
    "already_running_no_answer": "Humas Desktop sudah berjalan untuk folder data ini (PID {pid}) "
                                 "tetapi tidak menjawab. Tutup aplikasi itu lalu coba lagi.",
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
