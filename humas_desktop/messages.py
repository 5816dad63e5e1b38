"""People-facing Indonesian text for domain error codes (the source language of the UI).

The GUI installs a translator (Qt, context ``Messages``) with :func:`set_translator`; the
template is translated before the context is filled in, so English works for every code. The
CLI prints Indonesian. ``packaging/update_translations.py`` writes every template into
``gui/message_catalog.py`` so Qt Linguist sees them.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any


def _identity(text: str) -> str:
    return text


_translate: Callable[[str], str] = _identity


def set_translator(translate: Callable[[str], str] | None) -> None:
    """Translate message templates (before formatting); ``None`` restores Indonesian."""
    global _translate
    _translate = translate or _identity

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
    "read_only_event": "Media hanya-baca: salin berkas acara ke laptop dulu ({path}). Berkas "
                       "tidak diubah.",
    "foreign_wal": "Di samping berkas acara {path} ada berkas -wal yang tidak cocok (dari basis "
                   "data lain atau rusak). Berkas acara tidak diubah dan -wal itu tidak dipakai; "
                   "saat acara dibuka, -wal itu dipindahkan ke samping (tidak dihapus).",
    "foreign_wal_set_aside": "Berkas -wal di samping berkas acara {path} bukan milik acara ini; "
                             "tidak dipakai dan dipindahkan menjadi {moved} (tidak dihapus). "
                             "Berkas acara tidak diubah dan dipakai sebagaimana tersimpan "
                             "terakhir (di baris perintah: jalankan perintahnya lagi).",
    "event_damaged": "Berkas acara {path} rusak (pemeriksaan SQLite gagal); tidak ada dokumen, "
                     "paket, atau gabungan yang dibuat. Pulihkan dari cadangan terbaru yang utuh.",
    "event_tampered": "Berkas acara {path} tidak lolos pemeriksaan: jejak audit tidak cocok "
                      "dengan data (diubah di luar aplikasi atau rusak). Tidak ada dokumen, "
                      "paket, atau gabungan yang dibuat. Jalankan \"Periksa berkas\" untuk "
                      "rinciannya, lalu pulihkan dari cadangan terbaru yang utuh.",
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
    # roster import and event set-up (issue 4)
    "xlsx_no_defusedxml": "Pustaka keamanan XML (defusedxml) tidak terpasang: impor Excel "
                          "dinonaktifkan. Pasang ulang aplikasi.",
    "xlsx_encrypted": "Berkas Excel ini dilindungi kata sandi (terenkripsi). Buka di Excel, hapus "
                      "kata sandinya, simpan sebagai .xlsx, lalu impor lagi. Data acara tidak "
                      "diubah.",
    "xlsx_legacy_xls": "Berkas ini berformat Excel lama (.xls). Buka di Excel lalu simpan sebagai "
                       "Buku Kerja Excel (.xlsx), lalu impor lagi. Data acara tidak diubah.",
    "xlsx_ole_other": "Berkas ini terenkripsi atau berformat Excel lama (.xls). Simpan sebagai "
                      ".xlsx tanpa kata sandi, lalu impor lagi. Data acara tidak diubah.",
    "xlsx_missing": "Berkas Excel tidak ditemukan.",
    "xlsx_unreadable": "Berkas Excel tidak dapat dibaca (izin atau disk).",
    "xlsx_file_too_large": "Berkas Excel terlalu besar (batas {limit_mb} MB). Data acara tidak "
                           "diubah.",
    "xlsx_not_zip": "Berkas ini bukan buku kerja Excel (.xlsx), apa pun ekstensinya. Simpan "
                    "daftar peserta sebagai .xlsx dari Excel atau LibreOffice. Data acara tidak "
                    "diubah.",
    "xlsx_not_spreadsheet": "Berkas ini arsip ZIP atau dokumen Office lain, bukan buku kerja Excel "
                            "(.xlsx). Data acara tidak diubah.",
    "xlsx_bomb": "Berkas Excel ditolak: isinya mengembang jauh melebihi ukuran wajar (dugaan "
                 "\"bom zip\"). Data acara tidak diubah.",
    "xlsx_xml_dtd": "Berkas Excel ditolak: berisi deklarasi XML (DTD/ENTITY) yang tidak pernah "
                    "dibuat Excel (dugaan \"bom XML\"). Data acara tidak diubah.",
    "xlsx_too_many_rows": "Berkas Excel ditolak: lembarnya memiliki {rows} baris (batas {limit}). "
                          "Data acara tidak diubah.",
    "xlsx_too_many_columns": "Berkas Excel ditolak: lembarnya memiliki {cols} kolom (batas "
                             "{limit}). Data acara tidak diubah.",
    "xlsx_too_many_cells": "Berkas Excel ditolak: jumlah sel tidak wajar untuk daftar peserta. "
                           "Data acara tidak diubah.",
    "xlsx_too_much_text": "Berkas Excel ditolak: teksnya jauh melebihi daftar peserta yang wajar (lebih "
                          "dari {limit_mb} MB teks dalam satu lembar, atau satu sel yang sangat panjang). "
                          "Data acara tidak diubah.",
    "xlsx_damaged": "Berkas Excel rusak dan tidak dapat dibaca. Data acara tidak diubah.",
    "xlsx_no_sheets": "Buku kerja tidak memiliki lembar kerja yang terlihat.",
    "xlsx_sheet_missing": "Lembar \"{sheet}\" tidak ada di buku kerja.",
    "roster_no_header": "Baris judul kolom tidak ditemukan; pilih baris judul secara manual.",
    "roster_bad_header_row": "Baris judul {row} berada di luar lembar.",
    "roster_no_name_column": "Kolom Nama belum dipetakan.",
    "roster_no_rows": "Tidak ada baris peserta di bawah baris judul.",
    "roster_aborted": "Impor dibatalkan: ada {errors} kesalahan. Tidak ada data yang diubah.",
    "roster_cancelled": "Impor dibatalkan oleh pengguna. Tidak ada data yang diubah.",
    "roster_no_event": "Buka atau buat acara terlebih dahulu.",
    # the venue day, second pass (#24)
    "roster_no_header_row_found": "Baris judul kolom tidak ditemukan dan baris pertama sudah "
                                  "berisi data peserta: pilih \"Tanpa baris judul\" (di "
                                  "baris perintah: --header-row 0).",
    "nik_missing_row": "NIK kosong: peserta diimpor tanpa NIK. Lengkapi lewat Ubah data peserta "
                       "sebelum Tutup sesi.",
    "regency_unknown_row": "Kabupaten/kota \"{value}\" tidak ada di daftar wilayah Kemendagri; "
                           "kode kota BNSP kosong. Perbaiki lewat Ubah data peserta.",
    "unit_evidence_missing": "Unit {unit} belum punya metode bukti yang dicentang (Observasi, "
                             "Portofolio, Wawancara, Lisan, …). Centang minimal satu metode "
                             "sebelum menandatangani FR.AK.02.",
    "assessor_copy_refused": "Ini salinan kerja asesor: {action} hanya dilakukan koordinator di "
                             "berkas acara utama. Tidak ada yang diubah.",
    "occupation_code_bad": "Kode pekerjaan harus diisi (paling panjang 20 karakter).",
    "name_missing": "Nama kosong.",
    "nik_was_number": "NIK tersimpan sebagai angka, tetapi ke-16 digitnya utuh; diimpor sebagai "
                      "teks. Sebaiknya format kolom NIK sebagai Teks.",
    "nik_last_digit_lost": "NIK tersimpan sebagai angka dan digit terakhir hilang: Excel dan "
                           "LibreOffice hanya menyimpan 15 digit, sehingga digit ke-16 menjadi 0. "
                           "Format kolom NIK sebagai Teks, ketik ulang NIK sesuai KTP, lalu impor "
                           "lagi.",
    "nik_leading_zero_lost": "NIK tersimpan sebagai angka dan hanya tersisa 15 angka: nol di depan "
                             "hilang. Format kolom NIK sebagai Teks, ketik ulang NIK sesuai KTP, "
                             "lalu impor lagi.",
    "nik_not_16_digits": "NIK harus 16 angka.",
    "nik_all_zeros": "NIK berisi nol semua. Ketik NIK sesuai KTP.",
    "nik_province_unknown": "Dua digit pertama NIK bukan kode provinsi Kemendagri. Periksa "
                            "dengan KTP.",
    "nik_regency_unknown": "Empat digit pertama NIK bukan kode kabupaten/kota Kemendagri. "
                           "Periksa dengan KTP.",
    "nik_regency_old_code": "Kode kabupaten/kota di NIK tidak ada dalam daftar Kemendagri "
                            "sekarang; bisa jadi kode lama sebelum pemekaran provinsi. Periksa "
                            "dengan KTP.",
    "nik_district_zero": "Digit ke-5 dan ke-6 NIK (kode kecamatan) tidak boleh 00. Periksa "
                         "dengan KTP.",
    "nik_serial_zero": "Empat digit terakhir NIK 0000: nomor urut NIK mulai dari 0001, "
                       "kemungkinan rusak oleh Excel. Periksa dengan KTP.",
    "nik_bad_date_part": "Bagian tanggal lahir di dalam NIK (digit ke-7 s.d. ke-12, HHBBTT; "
                         "tanggal + 40 untuk perempuan) bukan tanggal yang sah. Periksa dengan "
                         "KTP.",
    "nik_birth_date_mismatch": "Tanggal lahir tidak cocok dengan NIK. Periksa dengan KTP.",
    "nik_gender_mismatch": "Jenis kelamin tidak cocok dengan NIK. Periksa dengan KTP.",
    "nip_was_number": "NIP tersimpan sebagai angka, tetapi ke-18 digitnya utuh; diimpor sebagai "
                      "teks. Sebaiknya format kolom NIP sebagai Teks.",
    "nip_last_digit_lost": "NIP tersimpan sebagai angka dan digit terakhirnya hilang: Excel dan "
                           "LibreOffice hanya menyimpan 15 digit. Format kolom NIP sebagai Teks, "
                           "ketik ulang NIP, lalu impor lagi.",
    "nip_leading_zero_lost": "NIP tersimpan sebagai angka dan hanya tersisa 17 angka: nol di depan "
                             "hilang. Format kolom NIP sebagai Teks, ketik ulang NIP, lalu impor "
                             "lagi.",
    "nip_not_18_digits": "NIP harus 18 angka.",
    "nip_birth_date_invalid": "Delapan digit pertama NIP (tanggal lahir, TTTTBBHH) bukan tanggal "
                              "yang sah. Periksa dengan SK.",
    "nip_tmt_invalid": "Digit ke-9 s.d. ke-14 NIP (TMT CPNS, TTTTBB) tidak sah: bulan harus 01 "
                       "s.d. 12 dan tahunnya sesudah usia 15 tahun. Periksa dengan SK.",
    "nip_gender_digit_invalid": "Digit ke-15 NIP (jenis kelamin) harus 1 atau 2. Periksa dengan "
                                "SK.",
    "nip_serial_zero": "Tiga digit terakhir NIP (nomor urut) tidak boleh 000. Periksa dengan SK.",
    "nip_birth_date_mismatch": "Tanggal lahir tidak cocok dengan tanggal lahir di NIP. Periksa "
                               "dengan SK.",
    "nip_gender_mismatch": "Jenis kelamin tidak cocok dengan digit jenis kelamin di NIP. Periksa "
                           "dengan SK.",
    "phone_invalid": "Nomor telepon tidak dikenali: tulis nomor Indonesia 08…, +628… atau 628… "
                     "(ponsel 10 s.d. 13 angka, telepon rumah 9 s.d. 12 angka).",
    "email_invalid": "Alamat email tidak sah.",
    "gender_invalid": "Jenis kelamin tidak dikenali (isi L atau P).",
    "date_invalid": "Tanggal tidak dikenali (contoh yang benar: 17/08/1990 atau 17 Agustus "
                    "1990).",
    "date_two_digit_year": "Tahun pada tanggal hanya dua angka; tulis empat angka (17/08/1990).",
    "birth_date_implausible": "Tanggal lahir tidak wajar untuk peserta (usia di luar 15-90 "
                              "tahun).",
    "formula_no_value": "Sel berisi rumus tanpa nilai tersimpan. Buka di Excel, simpan ulang "
                        "(atau salin lalu tempel sebagai nilai), lalu impor lagi.",
    "duplicate_in_file": "Peserta yang sama sudah ada di baris {first_row} berkas ini.",
    "exists_in_event": "Peserta ini sudah terdaftar di acara (nomor {number}); dibiarkan.",
    "updates_existing": "Peserta ini sudah terdaftar di acara (nomor {number}); datanya "
                        "diperbarui.",
    "scheme_unknown": "Skema \"{value}\" tidak ada di acara ini.",
    "scheme_missing": "Skema kosong; acara ini memiliki lebih dari satu skema.",
    "assessor_unknown": "Asesor \"{value}\" tidak terdaftar di acara; penugasan dilewati.",
    "value_too_long": "Isian terlalu panjang (lebih dari {limit} karakter).",
    "export_draft_note": "DRAFT — sesi belum ditutup: memuat seluruh {count} peserta terdaftar "
                         "(kecuali yang ditandai tidak hadir); kehadiran, rekomendasi dan "
                         "keputusan belum final.",
    # roster corrections (participant edit / remove)
    "participant_number_missing": "Tidak ada peserta bernomor {number} di acara ini.",
    "participant_signed_locked": "Rekaman peserta ini sudah ditandatangani asesor; datanya tidak "
                                 "dapat diubah atau dihapus. Minta asesor membuka kembali "
                                 "rekamannya (dengan alasan) bila perlu.",
    "participant_decided_locked": "LSP sudah memutuskan atau menerbitkan sertifikat untuk peserta "
                                  "ini; datanya tidak dapat diubah atau dihapus.",
    "roster_edit_reason_missing": "Tuliskan alasan perubahan; alasan dicatat di jejak audit.",
    "roster_edit_nothing": "Tidak ada data yang diubah.",
    "nik_taken": "NIK ini sudah dipakai peserta lain di acara ini.",
    "assign_nobody": "Pilih peserta di daftar dulu (Ctrl+klik atau Shift+klik untuk beberapa).",
    "assign_locked": "Peserta no. {number} ({name}) sudah ditandatangani atau diputuskan; "
                     "asesornya tidak dapat diganti. Tidak ada yang diubah.",
    "import_undo_none": "Tidak ada impor yang dapat dibatalkan di acara ini.",
    "import_undo_started": "Impor tidak dapat dibatalkan lagi: {count} peserta dari impor itu "
                           "sudah mulai dinilai (mis. no. {number}). Hapus peserta satu per satu "
                           "bila perlu.",
    "event_name_missing": "Nama acara wajib diisi.",
    "lsp_name_missing": "Nama LSP wajib diisi.",
    "event_dates_reversed": "Tanggal selesai lebih awal dari tanggal mulai.",
    "assessor_incomplete": "Asesor harus diisi \"Nama|Nomor MET\".",
    "assessor_row_met_missing": "Asesor baris {row}: nomor MET kosong.",
    "assessor_row_name_missing": "Asesor baris {row}: nama kosong.",
    "event_created_next": "Acara \"{name}\" dibuat. Langkah berikutnya: Berkas → Impor peserta….",
    "no_schemes": "Pilih paling sedikit satu berkas skema.",
    # assessor workspace (issue 3)
    "not_signed": "Rekaman belum ditandatangani, tidak perlu dibuka kembali.",
    "evidence_name_missing": "Nama bukti portofolio wajib diisi.",
    "evidence_missing": "Bukti portofolio tidak ditemukan atau sudah dihapus.",
    "unknown_field": "Kolom tidak dikenal: {field}.",
    "no_assessor": "Belum ada asesor untuk peserta ini. Pilih asesor di Pengaturan.",
    # packages, merge and completeness (several laptops)
    "package_bad_kind": "Jenis paket tidak dikenal.",
    "package_bad_signature_length": "Tanda tangan paket tidak dapat dibuat.",
    "package_write_mismatch": "Paket yang tertulis di media berbeda dari yang dikirim; jangan cabut "
                              "media, tulis ulang.",
    "package_too_large": "Berkas paket terlalu besar.",
    "package_needs_passphrase": "Paket ini terenkripsi: masukkan frasa sandi yang dipakai saat "
                                "paket dibuat.",
    "package_missing": "Berkas paket tidak ditemukan.",
    "package_damaged": "Berkas paket rusak atau terpotong (bukan paket Humas Desktop yang utuh).",
    "package_unsigned": "Paket tidak bertanda tangan dan ditolak.",
    "package_tampered": "Paket telah diubah setelah ditandatangani (tanda tangan atau hash tidak cocok) "
                        "dan ditolak.",
    "package_too_new": "Paket dibuat oleh versi aplikasi yang lebih baru.",
    "package_not_handout": "Berkas ini bukan paket pembagian tugas asesor.",
    "package_not_results": "Berkas ini bukan paket hasil asesor.",
    "package_foreign": "Paket ini dibuat untuk laptop lain (sidik kunci perangkat tidak cocok).",
    "package_unknown_key": "Paket ditandatangani oleh kunci yang tidak terdaftar untuk asesor ini.",
    "package_event_exists": "Acara ini sudah ada di laptop ini dari paket lain.",
    "package_other_event": "Paket ini milik acara lain.",
    "package_receipt_mismatch": "Paket hasil ditolak: tanda terima penandatanganan tidak cocok dengan nilai "
                                "di dalam paket (diubah setelah ditandatangani). Tidak ada yang digabung; "
                                "minta asesor mengirim ulang hasil dari laptopnya.",
    "package_altered": "Paket rusak atau diubah: basis datanya memuat struktur yang bukan buatan Humas "
                       "Desktop (misalnya trigger, view atau tabel tambahan). Paket ditolak; "
                       "data tidak berubah.",
    "package_not_paired": "Kunci koordinator {fingerprint} belum dipercaya di laptop ini. Pasangkan dulu: "
                          "buka paket lewat Acara → Buka paket tugas (laptop asesor) dan ketik kode "
                          "pasangan dari slip serah-terima atau layar koordinator, atau jalankan "
                          "open-package --pairing-code KODE (atau --coordinator-fingerprint SIDIK-KUNCI).",
    "pairing_code_wrong": "Kode pasangan tidak cocok dengan kunci yang menandatangani paket ini. "
                          "Periksa ke-16 karakter kode di slip atau layar koordinator; paket tidak dibuka.",
    "db_altered": "Basis data ini memuat struktur yang bukan buatan Humas Desktop (misalnya trigger atau "
                  "view) sehingga tidak dipakai.",
    "db_damaged": "Basis data ini rusak atau tidak dapat dibaca sehingga tidak dipakai.",
    "db_too_large": "Basis data ini melebihi batas ukuran sehingga tidak dipakai.",
    "package_counts_mismatch": "Isi paket tidak sesuai dengan manifesnya (jumlah atau daftar id).",
    "no_assessors": "Belum ada asesor pada acara ini.",
    "assessor_missing": "Asesor tidak ditemukan pada acara ini.",
    "bad_fingerprint": "Sidik kunci perangkat harus berbentuk XXXX-XXXX-XXXX-XXXX (0-9, A-F).",
    "nothing_assigned": "Belum ada asesi yang dibagikan ke asesor, jadi tidak ada paket yang ditulis. "
                        "Bagi asesi dulu (Bagi asesi otomatis atau per peserta).",
    "no_laptop_registered": "Belum ada laptop asesor yang terdaftar ({names}); tidak ada paket yang ditulis. "
                            "Daftarkan sidik kunci laptop mereka dulu.",
    "assessor_key_missing": "Sidik kunci laptop asesor belum didaftarkan.",
    "assessor_has_no_participants": "Asesor ini belum mendapat asesi.",
    "not_assessor_copy": "Berkas ini bukan salinan kerja asesor (dibuka dari paket).",
    "nothing_signed": "Belum ada asesmen yang ditandatangani; hasil belum dapat dikirim.",
    "conflict_needs_reason": "Penyelesaian konflik memerlukan alasan.",
    "conflict_missing": "Konflik tidak ditemukan.",
    "conflict_resolved": "Konflik ini sudah diselesaikan.",
    "conflict_key_taken": "Versi masuk bertabrakan dengan rekaman lain; pilih versi di laptop ini.",
    # the conflict screen and the merge report in the user's words (issue 24)
    "conflict_kind_concurrent": "Diubah di dua laptop",
    "conflict_kind_not_owner": "Data milik koordinator diubah di laptop asesor",
    "conflict_kind_duplicate_key": "Rekaman ganda",
    "conflict_kind_two_assessors": "Dinilai dua asesor",
    "conflict_entity_participant": "Data asesi",
    "conflict_entity_assessment": "Asesmen",
    "conflict_entity_answer": "Jawaban",
    "conflict_entity_unit_result": "Rekomendasi unit",
    "conflict_entity_evidence_item": "Bukti portofolio",
    "conflict_entity_feedback": "Umpan balik (FR.AK.03)",
    "conflict_entity_impartiality": "Pernyataan FR.AK.01",
    "conflict_entity_report_note": "Laporan asesmen (FR.AK.05)",
    "conflict_entity_signoff": "Tanda tangan",
    "conflict_keep_concurrent": "Tetap pakai nilai di laptop ini; nilai dari {sender} tidak dipakai.",
    "conflict_take_concurrent": "Pakai nilai dari {sender}; data yang diisi koordinator (mis. "
                                "Kabupaten/Kota) tetap.",
    "conflict_keep_not_owner": "Data asesi tetap seperti di laptop ini; perubahan dari {sender} "
                               "tidak dipakai.",
    "conflict_take_not_owner": "Terima perubahan data asesi dari {sender}.",
    "conflict_keep_duplicate_key": "Rekaman di laptop ini tetap; rekaman ganda dari {sender} "
                                   "tidak dipakai.",
    "conflict_take_duplicate_key": "Pakai rekaman dari {sender} (hanya bila tidak bertabrakan).",
    "conflict_keep_two_assessors": "Kedua penilaian tetap tersimpan; konflik ditutup dengan "
                                   "alasan Anda.",
    "conflict_take_two_assessors": "Kedua penilaian tetap tersimpan; konflik ditutup dengan "
                                   "alasan Anda.",
    "conflict_sender_unknown": "asesor yang tidak terdaftar",
    "conflict_value_empty": "(kosong)",
    "conflict_value_personal": "(data pribadi; lihat di aplikasi)",
    "conflict_value_yes": "Ya",
    "conflict_value_no": "Tidak",
    "conflict_value_hadir": "Hadir",
    "conflict_value_tidak_hadir": "Tidak hadir",
    "conflict_value_K": "Kompeten (K)",
    "conflict_value_BK": "Belum kompeten (BK)",
    "conflict_value_belum_mulai": "Belum dimulai",
    "conflict_value_berlangsung": "Berlangsung",
    "conflict_value_selesai": "Selesai dinilai",
    "conflict_value_ditandatangani": "Ditandatangani",
    "conflict_value_L": "Laki-laki",
    "conflict_value_P": "Perempuan",
    "merge_assessor_summary": "{name}: {added} hasil baru, {updated} diperbarui, {conflicts} konflik",
    "field_number": "Nomor peserta",
    "field_name": "Nama",
    "field_certificate_name": "Nama pada sertifikat",
    "field_nik": "NIK",
    "field_birth_place": "Tempat lahir",
    "field_birth_date": "Tanggal lahir",
    "field_gender": "Jenis kelamin",
    "field_nationality": "Kebangsaan",
    "field_address": "Alamat",
    "field_postal_code": "Kode pos",
    "field_phone": "Telepon",
    "field_email": "Email",
    "field_education": "Pendidikan",
    "field_institution": "Instansi",
    "field_job_title": "Jabatan",
    "field_office_address": "Alamat kantor",
    "field_nip": "NIP",
    "field_rank_grade": "Pangkat/golongan",
    "field_work_unit": "Unit kerja",
    "field_scheme_id": "Skema",
    "field_attendance": "Kehadiran",
    "field_city_code": "Kode kota",
    "field_province_code": "Kode provinsi",
    "field_education_code": "Kode pendidikan",
    "field_occupation_code": "Kode pekerjaan",
    "field_regency": "Kabupaten/Kota",
    "field_status": "Status asesmen",
    "field_consent_at": "Persetujuan asesmen",
    "field_overall_recommendation": "Rekomendasi akhir",
    "field_override_reason": "Alasan rekomendasi berbeda",
    "field_follow_up": "Tindak lanjut",
    "field_comments": "Catatan",
    "field_signed_at": "Waktu tanda tangan",
    "field_signed_name": "Nama penanda tangan",
    "field_signed_met": "No. MET penanda tangan",
    "field_timer_seconds": "Lama asesmen",
    "field_timer_started_at": "Mulai asesmen",
    "field_assessor_id": "Asesor",
    "field_participant_id": "Asesi",
    "field_summary": "Ringkasan jawaban",
    "field_verdict": "Penilaian (K/BK)",
    "field_question_id": "Pertanyaan",
    "field_recommendation": "Rekomendasi unit",
    "field_evidence_types": "Metode bukti",
    "field_notes": "Catatan",
    "field_unit_id": "Unit",
    "field_evidence_item_name": "Nama bukti",
    "field_valid": "Valid",
    "field_asli": "Asli",
    "field_terkini": "Terkini",
    "field_memadai": "Memadai",
    "field_removed": "Dihapus",
    "field_position": "Urutan",
    "bad_mark": "Tanda kehadiran harus tidak hadir atau mengundurkan diri.",
    "mark_needs_reason": "Tanda tidak hadir/mengundurkan diri memerlukan alasan.",
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
    "revocation_checked": "Daftar pencabutan yang diperiksa: {source}, urutan {seq}, tanggal "
                          "{issued}.",
    "revocation_source_registry": "registri LSP ({where})",
    "revocation_source_file": "berkas bertanda tangan LSP ({where})",
    "revocation_never": "belum pernah ada pencabutan",
    "revocation_not_checked": "Tidak ada daftar pencabutan yang diperiksa: status pencabutan "
                              "sertifikat ini tidak diketahui (hubungkan registri LSP atau pakai "
                              "--revocations).",
    "certificate_needs_lsp_key": "Sertifikat akhir harus ditandatangani kunci LSP: buat kuncinya "
                                 "dengan 'humas-desktop lsp-key create' lalu ekspor dengan "
                                 "--sign-key (di aplikasi: centang \"Tandatangani kode QR\"), "
                                 "atau buat draf bertanda DRAF (--draft). Tidak ada yang ditulis.",
    "no_qr_found": "Tidak ditemukan kode QR sertifikat di berkas: {path}",
    "zbar_missing": "Pembaca kode QR tidak tersedia: pasang ulang Humas Desktop (paket zxing-cpp), "
                    "atau pasang zbarimg (zbar-tools).",
    "unsupported_file": "Jenis berkas tidak didukung untuk verifikasi: {path}",
    "encrypted_not_ours": "Berkas ini bukan paket terenkripsi Humas Desktop.",
    "encrypted_too_new": "Paket terenkripsi dibuat oleh versi Humas Desktop yang lebih baru.",
    "encrypted_truncated": "Paket terenkripsi terpotong (tidak lengkap).",
    "wrong_passphrase": "Frasa sandi salah.",
    "encrypted_tampered": "Paket rusak atau diubah (terenkripsi); isinya tidak dipakai.",
    "passphrase_too_short": "Frasa sandi minimal {min} karakter.",
    "purge_not_closed": "Hapus data pribadi hanya untuk acara yang sudah ditutup atau lewat masa "
                        "simpannya ({retention_until}).",
    "file_missing": "Berkas tidak ditemukan: {path}",
    "app_locked_wrong": "Frasa sandi salah; aplikasi tetap terkunci.",
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
    # one data dictionary (issue 21)
    "identity_changed_after_signoff": "Identitas {count} peserta (nama, nama di sertifikat atau "
                                      "NIK) berubah setelah asesor menandatangani. Periksa "
                                      "perubahannya; tutup sesi dengan alasan bila benar.",
    "schema_altered": "struktur basis data bukan buatan Humas Desktop",
    "schema_unknown_table": "tabel yang tidak dikenal",
    "schema_unknown_column": "kolom yang tidak dikenal",
    "sk_number_missing": "Nomor SK keputusan LSP wajib diisi.",
    "plenary_date_out_of_range": "Tanggal rapat pleno harus antara {first} (hari uji terakhir) "
                                 "dan {last} (hari ini).",
    "plenary_date_in_future": "Tanggal rapat pleno tidak boleh sesudah hari ini ({last}).",
    "plenary_date_no_range": "Tanggal rapat pleno tidak dapat dipilih: hari uji terakhir ({first}) "
                             "masih sesudah hari ini ({last}). Periksa tanggal acara dan jam "
                             "laptop.",
    "decision_record_differs": "Keputusan LSP sudah tercatat dengan SK {recorded} tanggal "
                               "{recorded_date}, bukan SK {given} tanggal {given_date}. Pakai "
                               "yang tercatat, atau beri alasan untuk mencatat yang baru.",
    "reservation_year_differs": "Blok nomor yang dipesan untuk tahun {year}, tetapi rapat pleno "
                                "tahun {plenary_year}: nomor sertifikat memakai tahun pleno, "
                                "jadi blok ini tidak dapat dipakai. Tidak ada yang diubah; "
                                "hubungi pengelola registri LSP.",
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
    "results_missing": "{count} hasil asesmen dari laptop asesor belum masuk dan ditandatangani.",
    "merge_conflicts_open": "{count} konflik penggabungan belum diselesaikan.",
    "bnsp_region_code_blank": "Kode kota/provinsi BNSP kosong untuk {count} peserta: isi "
                              "kabupaten/kota tempat tinggalnya (mis. \"Kota Bandung\").",
    "bnsp_education_code_blank": "Kode pendidikan BNSP kosong untuk {count} peserta: lengkapi "
                                 "daftar kode pendidikan di Acara → Pengaturan dokumen.",
    "bnsp_occupation_code_blank": "Kode pekerjaan BNSP kosong untuk {count} peserta: lengkapi "
                                  "daftar kode pekerjaan di Acara → Pengaturan dokumen.",
    "bnsp_schedule_code_blank": "Kode jadwal BNSP belum diisi (Acara → Pengaturan dokumen).",
    "regency_unknown": "Kabupaten/kota ini tidak ada di daftar wilayah Kemendagri. Tulis lengkap, "
                       "mis. \"Kota Bandung\" atau \"Kabupaten Bandung\".",
    "report_note_too_long": "Satu kotak catatan FR.AK.05 lebih dari {limit} karakter.",
    "report_note_unknown_assessor": "Asesor ini tidak ada di acara.",
    "export_partial": "{count} sertifikat tidak ditulis; semua berkas lain sudah ditulis:",
    "certificate_held_back": "Sertifikat peserta no. {number}:",
    "setting_bad_choice": "Isian {key} harus salah satu dari: {choices}.",
    "printer_offset_bad": "Geser printer \"{printer}\": tulis dua angka mm, mis. \"1.5, -2\" "
                          "(kanan, bawah; paling banyak 30 mm).",
    "bnsp_codes_blank_export": "Lembar unggah BNSP ditulis, tetapi ada kode wajib yang kosong; "
                               "BNSP menolak baris tanpa kode:",

    # LSP registry
    "registry_missing": "Registri LSP belum ada di {location}. Buat dulu dengan "
                        "'humas-desktop registry init'.",
    "registry_not_initialised": "Basis data ini belum berisi registri LSP. Buat dulu dengan "
                                "'humas-desktop registry init'.",
    "registry_unreadable": "Berkas registri LSP tidak dapat dibaca atau bukan registri: {location}.",
    "registry_altered": "Berkas registri LSP {location} berisi tabel, view, atau trigger yang "
                        "tidak dibuat aplikasi ini; registri tidak dipakai dan tidak diubah. "
                        "Pakai salinan cadangan registri yang utuh.",
    "registry_unreachable": "Server registri LSP tidak dapat dihubungi. Periksa alamat dan "
                            "jaringan kantor; tidak ada yang diubah.",
    "registry_server_refused": "Server registri LSP menolak perintah (hak akses atau skema basis "
                               "data). Tidak ada yang diubah.",
    "registry_storage_failed": "Registri LSP tidak dapat ditulis (disk penuh, hanya-baca, atau "
                               "rusak). Tidak ada yang diubah.",
    "registry_busy": "Registri LSP sedang dipakai laptop lain terlalu lama; coba lagi.",
    "registry_disk_full": "Disk penuh: registri LSP {location} tidak dapat dibuka atau ditulis. "
                          "Registri tetap utuh dan tidak diubah. Kosongkan paling sedikit 1 MB "
                          "di disk itu (hapus unduhan atau berkas lama, kosongkan Tempat Sampah, "
                          "atau pindahkan berkas besar ke media lain), lalu coba lagi.",
    "registry_exists": "Registri LSP sudah ada di lokasi ini; registri tidak ditimpa.",
    "registry_too_new": "Registri LSP dibuat oleh versi Humas Desktop yang lebih baru (skema "
                        "{version}, aplikasi ini mendukung sampai {supported}). Perbarui "
                        "aplikasi; tidak ada yang diubah.",
    "registry_wrong_lsp": "Berkas acara ini milik registri LSP lain; tidak ada yang diubah.",
    "registry_profile_missing": "Nama LSP dan nomor lisensi wajib diisi.",
    "registry_verify_url_invalid": "Alamat halaman verifikasi harus diawali https://.",
    "registry_verify_url_missing": "Registri LSP belum punya alamat halaman verifikasi, jadi "
                                   "sertifikat akhir tidak dapat diberi nomor (kode QR-nya tidak "
                                   "dapat diperiksa). Isi alamatnya (https://...) di kotak "
                                   "\"Alamat halaman verifikasi\" saat menutup sesi, atau: "
                                   "humas-desktop registry profile --verify-url https://... "
                                   "Belum ada nomor sertifikat yang diberikan.",
    "registry_number_taken": "Nomor sertifikat sudah tercatat di registri untuk sertifikat lain; "
                             "tidak ada yang diubah.",
    "registry_needed": "Penutupan sesi memerlukan registri LSP atau blok nomor yang dipesan.",
    "registry_certificate_unknown": "Sertifikat {number} tidak ada di registri LSP.",
    "registry_certificate_not_active": "Sertifikat {number} tidak aktif (sudah dicabut atau "
                                       "dibatalkan).",
    "revoke_needs_reason": "Pencabutan sertifikat memerlukan alasan.",
    "due_months_invalid": "Jumlah bulan harus antara 0 dan 120.",
    "reservation_count_invalid": "Jumlah nomor yang dipesan harus antara 1 dan 100000.",
    "reservation_exists": "Acara ini sudah memiliki blok nomor yang dipesan.",
    "reservation_too_small": "Blok nomor yang dipesan ({count}) tidak cukup untuk {needed} "
                             "sertifikat.",
    "registry_blanko_invalid": "Nomor seri blanko wajib diisi (paling panjang 64 karakter).",
    "registry_blanko_taken": "Blanko {serial} sudah tercatat untuk sertifikat {number}; satu blanko "
                             "hanya untuk satu sertifikat.",
    "report_period_invalid": "Tanggal akhir periode harus sesudah tanggal awal.",
    "publish_needs_closed_event": "Hanya sesi yang sudah ditutup yang dapat dipublikasikan ke "
                                  "registri.",
    "close_duplicate_holders": "{count} peserta sudah memiliki sertifikat aktif pada skema yang "
                               "sama (peserta no. {numbers}). Konfirmasi dengan alasan untuk "
                               "melanjutkan.",

    # reliability: backups, start-up check, storage faults, single instance, unexpected errors
    "backup_failed": "Cadangan tidak dapat dibuat ({detail}). Data acara tidak berubah; "
                     "periksa ruang disk lalu coba lagi.",
    "backup_unverified": "Salinan cadangan gagal diperiksa ({detail}) sehingga tidak dipakai. "
                         "Data acara tidak berubah.",
    "no_backup": "Belum ada cadangan yang utuh untuk acara ini.",
    "startup_quick_check": "Pemeriksaan cepat SQLite menemukan kerusakan pada berkas acara.",
    # the full check after the window shows (services.startup_check.background_check)
    "opened_check_failed": "Berkas acara tidak lolos pemeriksaan: {problem} Jendela ini hanya-baca "
                           "sampai berkas dipulihkan; tidak ada nilai yang dapat diubah. "
                           "Pulihkan dari cadangan terbaru yang utuh.",
    "check_tampered": "jejak audit tidak cocok dengan data (diubah di luar aplikasi atau rusak).",
    "check_damaged": "pemeriksaan SQLite menemukan kerusakan pada berkas.",
    "disk_full": "Disk penuh: perubahan terakhir belum tersimpan, data yang sudah tersimpan "
                 "aman. Kosongkan ruang disk (paling sedikit beberapa MB: hapus unduhan atau "
                 "berkas lama, kosongkan Tempat Sampah, atau pindahkan berkas besar ke media "
                 "lain) lalu coba lagi.",
    "disk_full_open": "Disk penuh: berkas acara {path} tidak dapat dibuka karena disk tempatnya "
                      "tidak bersisa ruang. Berkas acara tetap utuh dan tidak diubah. Kosongkan "
                      "paling sedikit {need_mb} MB di disk itu (hapus unduhan atau berkas lama, "
                      "kosongkan Tempat Sampah, atau pindahkan berkas besar ke media lain), lalu "
                      "coba lagi.",
    "read_only_media": "Penyimpanan hanya-baca: perubahan tidak dapat disimpan ke {path}. "
                       "Data yang sudah tersimpan aman. Pindahkan berkas ke disk internal lalu "
                       "coba lagi.",
    "disk_io": "Kesalahan baca/tulis disk pada {path}: perubahan terakhir belum tersimpan, "
               "data yang sudah tersimpan aman. Periksa disk lalu coba lagi.",
    "event_file_removed": "Berkas acara {path} dihapus atau dipindahkan saat aplikasi berjalan. "
                          "Data masih ada di aplikasi: simpan ulang berkasnya.",
    "event_failed_check": "Berkas acara ini tidak lolos pemeriksaan, jadi jendela hanya-baca: "
                          "perubahan tidak disimpan. Pulihkan dari cadangan (tombol di spanduk atas).",
    "event_being_checked": "Berkas acara sedang diperiksa (sekali untuk berkas baru di laptop ini); "
                           "perubahan bisa disimpan setelah pemeriksaan selesai.",
    "event_being_checked_held": "Berkas acara ini baru pertama kali dibuka di laptop ini dan sedang "
                                "diperiksa. Penilaian sudah bisa dimulai: setiap perubahan langsung "
                                "tersimpan dan baru dimasukkan ke berkas setelah pemeriksaan lulus.",
    "event_being_checked_wait": "Berkas acara sedang diperiksa (sekali untuk berkas baru di laptop "
                                "ini). Penilaian bisa berjalan; ekspor, paket dan penggabungan "
                                "menunggu sampai pemeriksaan selesai (kemajuannya di spanduk atas).",
    "held_writes_replayed": "{count} perubahan dari sesi sebelumnya (yang belum selesai diperiksa) "
                            "ditampilkan kembali; semuanya dimasukkan ke berkas setelah pemeriksaan "
                            "lulus.",
    "held_writes_aside": "{count} perubahan yang dibuat selama pemeriksaan tidak dimasukkan ke "
                         "berkas ini; catatannya disimpan terpisah sebagai {path}.",
    "held_journal_aside": "Catatan perubahan yang ditinggalkan sesi sebelumnya bukan untuk berkas "
                          "ini dalam keadaannya sekarang, jadi tidak dipakai; disimpan terpisah "
                          "sebagai {path}.",
    "held_write_failed": "Perubahan belum tersimpan: catatan perubahan selama pemeriksaan tidak "
                         "dapat ditulis ({detail}). Data yang sudah tersimpan aman. Periksa ruang "
                         "disk lalu coba lagi.",
    "held_commit_failed": "Pemeriksaan lulus, tetapi perubahan selama pemeriksaan belum dapat "
                          "dimasukkan ke berkas ({detail}). Catatannya tetap tersimpan dan "
                          "dimasukkan saat acara dibuka lagi.",
    "event_file_rescued": "Berkas acara ditulis ulang dari data yang masih terbuka: {path}.",
    "storage_busy": "Berkas acara sedang dipakai program lain. Tunggu sebentar lalu coba lagi.",
    "no_write_permission": "Tidak ada izin menulis ke {path}. Pilih folder lain lalu coba lagi.",
    "drive_removed": "Media penyimpanan (mis. flashdisk) terlepas saat menulis {path}. Berkas "
                     "setengah jadi tidak disimpan; pasang lagi lalu coba lagi.",
    "target_missing": "Berkas atau folder tidak ada (lagi): {path}. Mungkin dihapus, dipindahkan, "
                      "atau medianya dicabut; periksa lokasinya lalu coba lagi.",
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
    "unexpected_error_logged": "Terjadi kesalahan tak terduga ({kind}); sudah dicatat (tanpa data "
                               "pribadi). Pekerjaan yang sudah disimpan aman.",
    "already_running": "Humas Desktop sudah berjalan untuk folder data ini; jendelanya "
                       "dimunculkan.",
    "already_running_no_answer": "Humas Desktop sudah berjalan untuk folder data ini (PID {pid}) "
                                 "tetapi tidak menjawab. Tutup aplikasi itu lalu coba lagi.",
    # --- roster import: findings built off the UI thread ---
    "roster_check_cancelled": "Pemeriksaan baris dibatalkan. Tidak ada data yang diubah.",
    # document settings (signers, BNSP codes)
    "code_list_line": "Daftar kode {key}, baris {line}: tulis \"nama = kode\".",
    "unknown_setting": "Pengaturan tidak dikenal: {key}.",
    "setting_too_long": "Isian {key} terlalu panjang (lebih dari {limit} karakter).",
    "logo_not_png_jpeg": "Logo LSP harus berupa gambar PNG atau JPEG. Logo yang lama tetap dipakai.",
    "logo_unreadable": "Berkas logo tidak dapat dibaca sebagai gambar (rusak atau bukan gambar). "
                       "Logo yang lama tetap dipakai.",
    "logo_too_large": "Berkas logo lebih dari {limit_mb} MB. Perkecil gambarnya lalu coba lagi.",
    "logo_too_small": "Gambar logo terlalu kecil (kurang dari 16 piksel). Pakai gambar yang lebih "
                      "besar.",
    # OS errors writing a file (export, package, backup): what happened and what to do
    "disk_full_file": "Disk penuh saat menulis {path}: kosongkan ruang disk (atau pilih folder di "
                      "disk lain) lalu coba lagi. Berkas yang belum selesai tidak disimpan.",
    "read_only_file": "Media hanya-baca: {path} tidak dapat ditulis. Geser kunci tulis flashdisk "
                      "atau pilih folder di disk laptop, lalu coba lagi.",
    "disk_io_file": "Kesalahan baca/tulis disk pada {path} (media rusak atau terlepas). Berkas yang "
                    "belum selesai tidak disimpan; periksa atau pasang lagi medianya lalu coba lagi.",
    "os_error_other": "Berkas {path} tidak dapat dibaca atau ditulis (kode sistem {code}). Periksa "
                      "folder dan medianya lalu coba lagi.",
    "unnamed_file": "berkas",
    "backup_failed_fault": "Cadangan tidak dapat dibuat; data acara tidak berubah. {reason}",
    "close_backup_missing": "Sesi sudah ditutup, tetapi cadangan acara yang ditutup tidak dapat "
                            "dibuat. {reason} Setelah itu buat cadangannya lewat Berkas → "
                            "Cadangkan sekarang.",
    # an export stopped by an OS error: what is on disk (whole) and what is not
    "export_interrupted": "Ekspor terhenti: {reason}",
    "export_child_failed": "Proses ekspor berhenti tiba-tiba (mungkin memori laptop habis). "
                           "Berkas yang sudah ditulis utuh tetap ada di folder tujuan; "
                           "coba ekspor lagi.",
    "export_written_list": "Sudah ditulis utuh ({count} berkas, di {folder}):",
    "export_none_written": "Tidak ada berkas yang ditulis.",
    "export_more_files": "… dan {count} berkas lain",
    "export_not_written_list": "Belum ditulis:",
    "export_kind_interrupted": "{kind} (terhenti di tengah)",
    "export_kind_roster": "Daftar peserta (Excel)",
    "export_kind_attendance": "Daftar hadir (Excel + PDF)",
    "export_kind_recap": "Rekapitulasi hasil (Excel)",
    "export_kind_bnsp": "Lembar unggah BNSP (Excel)",
    "export_kind_berita-acara": "Berita acara (Excel + PDF)",
    "export_kind_records": "FR.AK.02 rekaman asesmen (PDF)",
    "export_kind_report": "FR.AK.05 laporan asesmen (PDF)",
    "export_kind_certificates": "Sertifikat (PDF)",
    "export_kind_pleno": "Berita acara pleno (PDF)",
    "export_kind_sk": "SK penetapan hasil (PDF)",
    "export_kind_blanko-request": "Permohonan blanko BNSP (PDF)",
    "export_kind_calibration": "Halaman kalibrasi blanko (PDF)",
    "files_interrupted": "Penulisan berkas terhenti: {reason}",
    "site_do_not_upload": "Jangan unggah folder ini sampai semua berkas selesai ditulis: isinya "
                          "campuran berkas lama dan baru. Ulangi perintahnya setelah masalahnya "
                          "diatasi.",
    "handout_interrupted": "Pembagian paket terhenti: {reason}",
    "handout_none_left": "Tidak ada paket yang tertinggal di {folder}: {count} paket yang sudah "
                         "ditulis dihapus lagi, agar flashdisk tidak membawa putaran setengah jadi. "
                         "Ulangi pembagian setelah masalahnya diatasi.",
    # blanko serials per certificate (issue 15)
    "blanko_serial_invalid": "Nomor seri blanko wajib diisi (paling panjang {limit} karakter, "
                             "tanpa karakter kendali).",
    "blanko_certificate_unknown": "Sertifikat {number} tidak ada di acara ini (nomor sertifikat "
                                  "atau nomor peserta yang sudah bernomor sertifikat).",
    "blanko_certificate_voided": "Sertifikat {number} sudah dibatalkan; blanko tidak dicatat.",
    "blanko_change_needs_reason": "Sertifikat {number} sudah tercatat pada blanko {serial}. "
                                  "Mengganti blanko memerlukan alasan (mis. blanko rusak).",
    "blanko_serial_taken": "Blanko {serial} sudah tercatat untuk sertifikat {number}; satu blanko "
                           "hanya untuk satu sertifikat. Tidak ada yang diubah.",
    # code lists loaded from the LSP's file (issue 15)
    "code_file_unreadable": "Berkas kode {path} tidak dapat dibaca sebagai xlsx atau csv. "
                            "Tidak ada kode yang diubah.",
    "code_file_too_large": "Berkas kode lebih dari {limit_mb} MB; itu bukan daftar kode. "
                           "Tidak ada kode yang diubah.",
    "code_file_no_header": "Berkas kode {path} tidak memiliki baris judul dengan kolom nama dan "
                           "kolom kode (mis. \"Pendidikan | Kode\"). Tidak ada kode yang diubah.",
    "code_file_row": "Berkas kode {path}, baris {row}: nama dan kode harus terisi (kode paling "
                     "panjang 20 karakter). Tidak ada kode yang diubah.",
    "code_file_duplicate": "Berkas kode {path}, baris {row}: \"{name}\" sudah muncul dengan kode "
                           "lain. Tidak ada kode yang diubah.",
    "code_file_empty": "Berkas kode {path} tidak berisi kode. Tidak ada kode yang diubah.",
    "code_file_too_many": "Berkas kode {path} berisi lebih dari {limit} baris; itu bukan daftar "
                          "kode. Tidak ada kode yang diubah.",
    "code_list_unknown": "Daftar kode {key} tidak dapat dimuat dari berkas.",
    # the records after the decision: FR.AK.03 feedback, FR.AK.04 appeals (issue 26)
    "export_kind_apl01": "FR.APL.01 permohonan sertifikasi (PDF)",
    "export_kind_apl02": "FR.APL.02 asesmen mandiri (PDF)",
    "export_kind_ak01": "FR.AK.01 persetujuan asesmen (PDF)",
    "export_kind_ak03": "FR.AK.03 umpan balik asesi (PDF)",
    "export_kind_ak04": "FR.AK.04 banding asesmen (PDF)",
    "forms_wording_invalid": "Teks formulir (pengaturan forms.wording) tidak sah di bagian "
                             "{where}. Tidak ada yang diubah.",
    "feedback_before_recommendation": "FR.AK.03 belum dapat diisi: rekomendasi asesor belum "
                                      "dicatat dan ditandatangani. Umpan balik diisi asesi "
                                      "setelah keputusan dijelaskan.",
    "feedback_already_filled": "FR.AK.03 asesi ini sudah diisi dan tidak dapat diisi ulang.",
    "feedback_answers_count": "Jawaban harus {expected} (Ya/Tidak), yang diberikan {given}. "
                              "Tidak ada yang disimpan.",
    "feedback_answer_invalid": "Jawaban \"{value}\" tidak dikenal; isi Ya atau Tidak.",
    "feedback_answer_missing": "Pernyataan {number} belum dijawab Ya atau Tidak. Tidak ada yang "
                               "disimpan.",
    "feedback_comment_too_long": "Komentar paling panjang {limit} karakter. Tidak ada yang "
                                 "disimpan.",
    "feedback_signature_missing": "Asesi harus menuliskan nama atau paraf sebagai tanda tangan "
                                  "FR.AK.03.",
    "appeal_before_result": "Banding (FR.AK.04) belum dapat diajukan: asesi belum memiliki hasil "
                            "asesmen yang ditandatangani asesor.",
    "appeal_already_open": "Asesi ini masih memiliki banding yang belum diputuskan.",
    "appeal_reason_length": "Alasan banding harus {low} sampai {high} karakter.",
    "appeal_received_before_result": "Tanggal terima banding tidak boleh sebelum hasil asesmen "
                                     "({result}).",
    "appeal_window_passed": "Batas waktu banding {days} hari sejak hasil asesmen ({result}) "
                            "sudah lewat; banding tidak dicatat.",
    "appeal_window_invalid": "Batas waktu banding harus 1 sampai 365 hari.",
    "appeal_team_conflict": "{name} adalah asesor asesi ini dan tidak boleh menjadi tim banding "
                            "(tim banding harus independen dari asesmen).",
    "appeal_team_duplicate": "Nama anggota tim banding tercantum lebih dari sekali.",
    "appeal_team_missing": "Tim banding belum ditetapkan; keputusan banding tidak disimpan.",
    "appeal_missing": "Kasus banding tidak ditemukan.",
    "appeal_already_decided": "Kasus banding ini sudah diputuskan.",
    "appeal_outcome_invalid": "Keputusan banding harus \"diterima\" atau \"ditolak\".",
    "impartiality_required": "Pernyataan ketidakberpihakan dan kerahasiaan asesor (FR.AK.01) "
                             "belum dibuat untuk asesi ini; penilaian belum dapat dimulai.",
    "participant_number_unknown": "Tidak ada peserta dengan nomor {number}.",
    "appeal_decided_before_received": "Tanggal keputusan banding tidak boleh sebelum tanggal "
                                      "banding diterima.",
    # FR.AK.06 / FR.VA and the re-assessment of an appeal (issue 26, review)
    "review_before_results": "FR.AK.06/FR.VA setelah asesmen belum dapat dibuat: belum ada "
                             "asesmen yang ditandatangani pada skema ini.",
    "review_grid_shape": "Isian {where} harus {rows} baris × {columns} kolom sesuai teks "
                         "formulir. Tidak ada yang disimpan.",
    "review_reviewer_missing": "Nama peninjau (lead asesor atau asesor) FR.AK.06 belum diisi.",
    "review_text_too_long": "Teks paling panjang {limit} karakter. Tidak ada yang disimpan.",
    "validation_two_validators": "FR.VA membutuhkan dua validator dengan nama berbeda.",
    "validation_period_invalid": "Periode validasi harus Sebelum, Pada Saat atau Setelah "
                                 "Asesmen.",
    "validation_place_missing": "Tempat validasi belum diisi.",
    "validation_choice_unknown": "Pilihan \"{value}\" tidak ada pada teks formulir FR.VA "
                                 "({where}). Tidak ada yang disimpan.",
    "validation_required_person": "Orang yang relevan harus memuat {role} (wajib).",
    "validation_row_incomplete": "Ada baris {where} yang belum lengkap. Tidak ada yang disimpan.",
    "validation_plan_missing": "Temuan validasi membutuhkan rencana implementasi "
                               "perubahan/perbaikan.",
    "reassessment_assessor_conflict": "{name} sudah menilai asesi ini; asesmen ulang harus oleh "
                                      "asesor lain.",
    "reassessment_assessor_on_team": "{name} anggota tim banding kasus ini; asesmen ulang harus "
                                     "oleh asesor lain.",
    "reassessment_exists": "Kasus banding ini sudah memiliki asesmen ulang.",
    "reassessment_unsigned": "Asesmen ulang kasus banding ini belum ditandatangani asesor; "
                             "keputusan banding belum dapat disimpan.",
    "reassessment_needs_acceptance": "Asesmen ulang hanya untuk banding yang diterima.",
    "reassessment_assessor_unknown": "Asesor asesmen ulang tidak ditemukan pada acara ini.",
    "export_kind_ak06": "FR.AK.06 meninjau proses asesmen (PDF)",
    "export_kind_va": "FR.VA validasi asesmen (PDF)",
    # FR.APL.01 / APL.02 / AK.01 and the order of the day (issue 26)
    "ak01_required": "Formulir FR.AK.01 (bukti yang akan dikumpulkan, TUK, tanggal dan waktu, "
                     "tanda tangan asesi dan asesor) belum dicatat untuk asesi ini; penilaian "
                     "belum dapat dimulai.",
    "apl02_unit_stopped": "Unit {unit} tidak dinilai: tinjauan FR.APL.02 asesor menyatakan "
                          "asesmen tidak dapat dilanjutkan untuk unit ini (hanya rekomendasi BK "
                          "dan catatan yang dapat diisi).",
    "apl_text_too_long": "Isian {field} terlalu panjang (paling banyak {limit} karakter).",
    "apl01_document_invalid": "Bukti kelengkapan \"{name}\" tidak lengkap: kategori, nama "
                              "dokumen dan status harus diisi dari pilihan formulir.",
    "apl01_purpose_invalid": "Tujuan asesmen \"{value}\" tidak dikenal (pilih Sertifikasi, "
                             "Sertifikasi Ulang, PKT, RPL atau Lainnya).",
    "apl01_purpose_other_missing": "Tujuan asesmen \"Lainnya\": tuliskan tujuannya.",
    "apl01_recommendation_invalid": "Rekomendasi FR.APL.01 harus Diterima atau Tidak diterima.",
    "apl01_admin_missing": "Rekomendasi FR.APL.01 memerlukan nama Admin LSP yang memeriksa.",
    "apl02_self_invalid": "Asesmen mandiri FR.APL.02 harus K atau BK untuk setiap unit.",
    "apl02_recommendation_invalid": "Tinjauan FR.APL.02 harus \"asesmen dapat dilanjutkan\" "
                                    "atau \"asesmen tidak dapat dilanjutkan\".",
    "apl02_unit_unknown": "Unit ini bukan unit skema asesi; tinjauan FR.APL.02 tidak disimpan.",
    "ak01_methods_missing": "Pilih sedikitnya satu bukti yang akan dikumpulkan (FR.AK.01).",
    "ak01_other_method_missing": "Bukti \"Lainnya\" dipilih: tuliskan bukti apa yang akan "
                                 "dikumpulkan (FR.AK.01).",
    "ak01_method_invalid": "Bukti yang akan dikumpulkan tidak dikenal (FR.AK.01).",
    "ak01_tuk_invalid": "Jenis TUK \"{value}\" tidak dikenal (Sewaktu, Tempat Kerja atau "
                        "Mandiri).",
    "day_apl01_missing": "FR.APL.01 belum dicatat atau belum diterima LSP.",
    "day_apl01_rejected": "FR.APL.01 tidak diterima LSP: asesi bukan peserta sertifikasi.",
    "day_apl02_missing": "Tinjauan FR.APL.02 asesor: {done} dari {total} unit.",
    "day_ak01_missing": "Persetujuan asesmen FR.AK.01 belum ditandatangani asesi dan asesor.",
    "day_all_units_stopped": "Tinjauan FR.APL.02: asesmen tidak dapat dilanjutkan untuk semua unit.",
    "day_ia_needs_ak01": "Terbuka setelah FR.AK.01 dan pernyataan ketidakberpihakan asesor.",
    "day_result_needs_ak02": "Menunggu rekomendasi asesor yang ditandatangani (FR.AK.02).",
    "day_result_waits_plenary": "Menunggu keputusan rapat pleno.",
    "day_appeal_open": "Banding terbuka: sertifikat ditahan sampai diputuskan.",
    "day_appeal_none": "Tidak ada banding (dapat diajukan dalam batas waktu LSP).",
    "day_appeal_needs_result": "Banding hanya dapat diajukan setelah ada hasil asesmen.",
}


def message(code: str, /, **context: Any) -> str:
    """Indonesian text for ``code``; unknown codes still give a readable line."""
    template = MESSAGES.get(code)
    if template is None:
        return _translate("Terjadi kesalahan ({code}).").replace("{code}", code)
    template = _translate(template)
    try:
        return template.format(**context)
    except (KeyError, IndexError):
        return template.split("{")[0].rstrip(" :(") + "."
