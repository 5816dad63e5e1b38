<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../humas_desktop/gui/about_dialog.py" line="16"/>
        <source>Versi %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppLock</name>
    <message>
        <location filename="../../humas_desktop/gui/app_lock.py" line="176"/>
        <location filename="../../humas_desktop/gui/app_lock.py" line="182"/>
        <source>Kunci aplikasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/app_lock.py" line="177"/>
        <source>Frasa sandi saat ini:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <location filename="../../humas_desktop/gui/backup_dialogs.py" line="298"/>
        <source>Cadangkan &amp;sekarang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/backup_dialogs.py" line="300"/>
        <source>&amp;Pulihkan dari cadangan…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CloseDialog</name>
    <message>
        <location filename="../../humas_desktop/gui/close_dialog.py" line="46"/>
        <location filename="../../humas_desktop/gui/close_dialog.py" line="124"/>
        <source>Tutup sesi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/close_dialog.py" line="49"/>
        <source>&lt;b&gt;Syarat penutupan&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/close_dialog.py" line="54"/>
        <source>Keputusan LSP (rekomendasi asesor sebagai bawaan; konfirmasi tiap baris)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/close_dialog.py" line="58"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/close_dialog.py" line="58"/>
        <source>Nama asesi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/close_dialog.py" line="59"/>
        <source>Rekomendasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/close_dialog.py" line="59"/>
        <source>Keputusan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/close_dialog.py" line="60"/>
        <source>Dikonfirmasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/close_dialog.py" line="67"/>
        <source>Konfirmasi semua</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/close_dialog.py" line="75"/>
        <source>Komite Teknis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/close_dialog.py" line="76"/>
        <source>Tanggal rapat pleno</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/close_dialog.py" line="77"/>
        <source>Nomor SK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/close_dialog.py" line="78"/>
        <source>Diputuskan oleh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/close_dialog.py" line="82"/>
        <source>Simpan keputusan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/close_dialog.py" line="89"/>
        <source>Penomoran sertifikat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/close_dialog.py" line="102"/>
        <source>Pola nomor sertifikat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/close_dialog.py" line="103"/>
        <source>Pola nomor registrasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/close_dialog.py" line="104"/>
        <source>Kode bidang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/close_dialog.py" line="105"/>
        <source>Nomor lisensi LSP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/close_dialog.py" line="106"/>
        <source>Nomor urut sertifikat berikutnya</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/close_dialog.py" line="107"/>
        <source>Nomor urut registrasi berikutnya</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/close_dialog.py" line="110"/>
        <source>Tanggal terbit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/close_dialog.py" line="118"/>
        <source>Alasan membuka kembali</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/close_dialog.py" line="119"/>
        <source>Buka kembali sesi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/close_dialog.py" line="126"/>
        <source>Batal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/close_dialog.py" line="149"/>
        <source>(belum)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/close_dialog.py" line="174"/>
        <source> (peserta no. %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/close_dialog.py" line="177"/>
        <source>Semua syarat terpenuhi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/close_dialog.py" line="196"/>
        <source>Belum ada keputusan yang dikonfirmasi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../humas_desktop/gui/close_dialog.py" line="205"/>
        <source>%n keputusan disimpan.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../humas_desktop/gui/close_dialog.py" line="229"/>
        <source>Sesi ditutup; %n sertifikat bernomor.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/close_dialog.py" line="239"/>
        <source>Sesi dibuka kembali.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompletenessDialog</name>
    <message>
        <location filename="../../humas_desktop/gui/packages_dialogs.py" line="317"/>
        <source>Kelengkapan hasil asesmen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/packages_dialogs.py" line="324"/>
        <source>Tidak hadir</source>
        <translation type="unfinished">Absent</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/packages_dialogs.py" line="325"/>
        <source>Mengundurkan diri</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/packages_dialogs.py" line="327"/>
        <source>Alasan (wajib)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/packages_dialogs.py" line="328"/>
        <source>Tandai asesi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/packages_dialogs.py" line="377"/>
        <source>%1 dari %2 hasil ditandatangani; %3 belum lengkap; %4 konflik terbuka.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/packages_dialogs.py" line="387"/>
        <source>Pilih sel asesi dulu.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../humas_desktop/gui/packages_dialogs.py" line="241"/>
        <source>Konflik penggabungan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/packages_dialogs.py" line="243"/>
        <source>Jenis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/packages_dialogs.py" line="243"/>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/packages_dialogs.py" line="243"/>
        <source>Asesi no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/packages_dialogs.py" line="243"/>
        <source>Kolom berbeda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/packages_dialogs.py" line="244"/>
        <source>Di laptop ini</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/packages_dialogs.py" line="244"/>
        <source>Versi masuk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/packages_dialogs.py" line="246"/>
        <source>Pakai versi di laptop ini</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/packages_dialogs.py" line="247"/>
        <source>Pakai versi masuk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/packages_dialogs.py" line="250"/>
        <source>Alasan (wajib)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/packages_dialogs.py" line="251"/>
        <source>Selesaikan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/packages_dialogs.py" line="284"/>
        <source>%1 konflik terbuka.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../humas_desktop/gui/errors.py" line="103"/>
        <source>Terjadi kesalahan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvidenceTable</name>
    <message>
        <location filename="../../humas_desktop/gui/interview.py" line="97"/>
        <source>Bukti portofolio</source>
        <translation>Portfolio evidence</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/interview.py" line="97"/>
        <source>Valid</source>
        <translation>Valid</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/interview.py" line="97"/>
        <source>Asli</source>
        <translation>Authentic</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/interview.py" line="98"/>
        <source>Terkini</source>
        <translation>Current</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/interview.py" line="98"/>
        <source>Memadai</source>
        <translation>Sufficient</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/interview.py" line="101"/>
        <source>Bukti portofolio unit %1</source>
        <translation>Portfolio evidence for unit %1</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/interview.py" line="109"/>
        <source>Tambah bukti</source>
        <translation>Add evidence</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/interview.py" line="110"/>
        <source>Ubah nama</source>
        <translation>Rename</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/interview.py" line="111"/>
        <source>Hapus</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/interview.py" line="157"/>
        <source>Bukti baru</source>
        <translation>New evidence</translation>
    </message>
</context>
<context>
    <name>EvidenceType</name>
    <message>
        <location filename="../../humas_desktop/gui/scoring_panel.py" line="27"/>
        <source>Observasi</source>
        <translation>Observation</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/scoring_panel.py" line="28"/>
        <source>Portofolio</source>
        <translation>Portfolio</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/scoring_panel.py" line="29"/>
        <source>Pihak ketiga</source>
        <translation>Third party</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/scoring_panel.py" line="30"/>
        <source>Wawancara</source>
        <translation>Interview</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/scoring_panel.py" line="31"/>
        <source>Lisan</source>
        <translation>Oral</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/scoring_panel.py" line="32"/>
        <source>Tertulis</source>
        <translation>Written</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/scoring_panel.py" line="33"/>
        <source>Proyek</source>
        <translation>Project</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/scoring_panel.py" line="34"/>
        <source>Lainnya</source>
        <translation>Other</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../humas_desktop/gui/export_dialog.py" line="55"/>
        <source>Ekspor dokumen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/export_dialog.py" line="64"/>
        <source>Juga satu PDF per peserta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/export_dialog.py" line="67"/>
        <source>Tandatangani kode QR sertifikat dengan kunci LSP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/export_dialog.py" line="71"/>
        <source>Folder tujuan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/export_dialog.py" line="73"/>
        <source>Folder tujuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/export_dialog.py" line="75"/>
        <source>Pilih…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/export_dialog.py" line="87"/>
        <source>Ekspor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/export_dialog.py" line="89"/>
        <source>Batal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/export_dialog.py" line="103"/>
        <source>Pilih folder tujuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/export_dialog.py" line="115"/>
        <source>Pilih folder tujuan dan paling sedikit satu dokumen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/export_dialog.py" line="126"/>
        <source>Ekspor dibatalkan: kunci LSP tidak dibuka.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/export_dialog.py" line="132"/>
        <source>Mengekspor…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../humas_desktop/gui/export_dialog.py" line="150"/>
        <source>%n berkas ditulis.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/export_dialog.py" line="158"/>
        <source>Ekspor gagal: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/export_dialog.py" line="163"/>
        <source>Ekspor dibatalkan; berkas yang belum selesai tidak ditulis.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HandoutDialog</name>
    <message>
        <location filename="../../humas_desktop/gui/packages_dialogs.py" line="72"/>
        <source>Bagikan paket asesor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/packages_dialogs.py" line="74"/>
        <source>Sidik kunci laptop koordinator: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/packages_dialogs.py" line="76"/>
        <source>Asesor</source>
        <translation type="unfinished">Assessor</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/packages_dialogs.py" line="76"/>
        <source>No. MET</source>
        <translation type="unfinished">MET no.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/packages_dialogs.py" line="76"/>
        <source>Sidik kunci laptop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/packages_dialogs.py" line="77"/>
        <source>Asesi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/packages_dialogs.py" line="80"/>
        <source>Daftarkan sidik kunci</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/packages_dialogs.py" line="81"/>
        <source>Bagi asesi otomatis (seimbang)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/packages_dialogs.py" line="83"/>
        <source>Folder tujuan (flashdisk)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/packages_dialogs.py" line="84"/>
        <source>Pilih folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/packages_dialogs.py" line="85"/>
        <source>Tulis paket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/packages_dialogs.py" line="121"/>
        <source>(belum terdaftar)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/packages_dialogs.py" line="146"/>
        <source>Sidik kunci terdaftar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/packages_dialogs.py" line="160"/>
        <source>Asesi yang belum berasesor sudah dibagi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/packages_dialogs.py" line="163"/>
        <source>Folder tujuan paket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/packages_dialogs.py" line="171"/>
        <source>Pilih folder tujuan dulu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/packages_dialogs.py" line="179"/>
        <source>Gagal menulis ke folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/packages_dialogs.py" line="182"/>
        <source>%1 paket tertulis dan sudah diperiksa ulang. Flashdisk aman dicabut.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../humas_desktop/gui/import_wizard.py" line="53"/>
        <source>Impor peserta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/import_wizard.py" line="69"/>
        <source>&lt; Kembali</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/import_wizard.py" line="70"/>
        <source>Lanjut &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/import_wizard.py" line="71"/>
        <source>Impor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/import_wizard.py" line="72"/>
        <location filename="../../humas_desktop/gui/import_wizard.py" line="192"/>
        <source>Batal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/import_wizard.py" line="91"/>
        <source>Berkas daftar peserta (.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/import_wizard.py" line="92"/>
        <source>Pilih berkas…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/import_wizard.py" line="99"/>
        <source>Pilih daftar peserta dalam format Excel (.xlsx). Kolom NIK, NIP dan nomor HP sebaiknya berformat Teks; gunakan Berkas → Unduh templat peserta bila perlu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/import_wizard.py" line="115"/>
        <source>Lembar:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/import_wizard.py" line="117"/>
        <source>Baris judul kolom:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/import_wizard.py" line="130"/>
        <source>Kolom di berkas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/import_wizard.py" line="130"/>
        <source>Diisi ke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/import_wizard.py" line="130"/>
        <source>Contoh isi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/import_wizard.py" line="133"/>
        <source>Periksa pemetaan kolom; perbaikan diingat untuk berkas dengan judul kolom yang sama.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/import_wizard.py" line="146"/>
        <source>Semua temuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/import_wizard.py" line="147"/>
        <source>Kesalahan saja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/import_wizard.py" line="148"/>
        <source>Peringatan saja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/import_wizard.py" line="150"/>
        <source>Perbarui peserta yang sudah terdaftar (NIK sama)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/import_wizard.py" line="152"/>
        <source>Batalkan seluruh impor bila ada kesalahan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/import_wizard.py" line="153"/>
        <source>Simpan baris bermasalah…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/import_wizard.py" line="157"/>
        <source>Baris</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/import_wizard.py" line="157"/>
        <source>Kolom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/import_wizard.py" line="157"/>
        <source>Jenis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/import_wizard.py" line="157"/>
        <source>Pesan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/import_wizard.py" line="174"/>
        <source>Siap mengimpor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/import_wizard.py" line="192"/>
        <source>Tutup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/import_wizard.py" line="227"/>
        <source>Pilih daftar peserta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/import_wizard.py" line="228"/>
        <source>Buku kerja Excel (*.xlsx *.xlsm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/import_wizard.py" line="295"/>
        <source>(abaikan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/import_wizard.py" line="335"/>
        <source>%1 peserta baru, %2 diperbarui, %3 baris ditolak, %4 sudah terdaftar. %5 kesalahan, %6 peringatan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/import_wizard.py" line="353"/>
        <source>Kesalahan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/import_wizard.py" line="353"/>
        <source>Peringatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/import_wizard.py" line="367"/>
        <source>Simpan baris bermasalah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/import_wizard.py" line="369"/>
        <source>Buku kerja Excel (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/import_wizard.py" line="386"/>
        <source>Siap mengimpor %1 peserta. Semua baris disimpan sekaligus atau tidak sama sekali.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/import_wizard.py" line="423"/>
        <source>Selesai: %1 peserta diimpor, %2 diperbarui, %3 baris dilewati.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/import_wizard.py" line="432"/>
        <source>Impor gagal; tidak ada data yang diubah.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InterviewPanel</name>
    <message>
        <location filename="../../humas_desktop/gui/interview.py" line="234"/>
        <location filename="../../humas_desktop/gui/interview.py" line="287"/>
        <source>Pilih peserta di daftar sebelah kiri.</source>
        <translation>Choose a participant in the list on the left.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/interview.py" line="235"/>
        <source>Peserta terpilih</source>
        <translation>Selected participant</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/interview.py" line="237"/>
        <source>Lama wawancara</source>
        <translation>Interview duration</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/interview.py" line="238"/>
        <location filename="../../humas_desktop/gui/interview.py" line="368"/>
        <source>Mulai waktu</source>
        <translation>Start timer</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/interview.py" line="239"/>
        <source>Mulai atau jeda waktu wawancara</source>
        <translation>Start or pause the interview timer</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/interview.py" line="244"/>
        <source>FR.AK.01 Persetujuan asesmen dan kerahasiaan</source>
        <translation>FR.AK.01 Assessment consent and confidentiality</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/interview.py" line="247"/>
        <source>Bukti yang akan dikumpulkan: verifikasi portofolio (FR.IA.08) dan wawancara / pertanyaan lisan (FR.IA.09, FR.IA.07). Asesi berhak mengajukan banding atas keputusan asesmen (FR.AK.04). Hasil asesmen dijaga kerahasiaannya dan hanya dipakai untuk keperluan sertifikasi.</source>
        <translation>Evidence to be gathered: portfolio verification (FR.IA.08) and interview / oral questions (FR.IA.09, FR.IA.07). The candidate has the right to appeal the assessment decision (FR.AK.04). Assessment results are kept confidential and used only for certification.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/interview.py" line="251"/>
        <source>Asesi setuju — mulai asesmen</source>
        <translation>Candidate agrees — start the assessment</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/interview.py" line="361"/>
        <source>Persetujuan dicatat %1</source>
        <translation>Consent recorded %1</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/interview.py" line="364"/>
        <source>Penilaian terkunci sampai asesi menyetujui.</source>
        <translation>Scoring is locked until the candidate consents.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/interview.py" line="367"/>
        <source>Jeda waktu</source>
        <translation>Pause timer</translation>
    </message>
</context>
<context>
    <name>LockOverlay</name>
    <message>
        <location filename="../../humas_desktop/gui/app_lock.py" line="44"/>
        <source>&lt;h2&gt;Humas Desktop terkunci&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/app_lock.py" line="45"/>
        <source>Data peserta disembunyikan. Masukkan frasa sandi untuk membuka.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/app_lock.py" line="50"/>
        <location filename="../../humas_desktop/gui/app_lock.py" line="51"/>
        <source>Frasa sandi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/app_lock.py" line="52"/>
        <source>Buka kunci</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockSettingsDialog</name>
    <message>
        <location filename="../../humas_desktop/gui/app_lock.py" line="195"/>
        <source>Kunci aplikasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/app_lock.py" line="203"/>
        <source> menit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/app_lock.py" line="208"/>
        <source>Kunci layar melindungi laptop yang ditinggal. Gunakan frasa sandi, bukan PIN pendek.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/app_lock.py" line="212"/>
        <source>Frasa sandi baru</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/app_lock.py" line="213"/>
        <source>Ulangi frasa sandi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/app_lock.py" line="214"/>
        <source>Kunci otomatis setelah diam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/app_lock.py" line="227"/>
        <source>Kedua frasa sandi tidak sama.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LspKeyDialog</name>
    <message>
        <location filename="../../humas_desktop/gui/lsp_key_dialog.py" line="41"/>
        <source>Kunci tanda tangan LSP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/lsp_key_dialog.py" line="44"/>
        <source>Belum ada kunci tanda tangan LSP di laptop ini. Buat kunci baru dan lindungi dengan frasa sandi (minimal %1 karakter). Simpan frasa sandi di tempat aman: tanpa frasa sandi kunci tidak dapat dipakai.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/lsp_key_dialog.py" line="49"/>
        <source>Masukkan frasa sandi kunci tanda tangan LSP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/lsp_key_dialog.py" line="61"/>
        <source>Frasa sandi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/lsp_key_dialog.py" line="63"/>
        <source>Ulangi frasa sandi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/lsp_key_dialog.py" line="65"/>
        <source>Buat kunci</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/lsp_key_dialog.py" line="66"/>
        <source>Buka kunci</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/lsp_key_dialog.py" line="78"/>
        <source>Kedua frasa sandi tidak sama.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../humas_desktop/gui/main_window.py" line="75"/>
        <source>Status penyimpanan</source>
        <translation>Save status</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/main_window.py" line="96"/>
        <source>&amp;Berkas</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/main_window.py" line="97"/>
        <source>&amp;Buka acara…</source>
        <translation>&amp;Open event…</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/main_window.py" line="102"/>
        <source>&amp;Keluar</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/main_window.py" line="106"/>
        <source>&amp;Acara</source>
        <translation>&amp;Event</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/main_window.py" line="107"/>
        <source>Pe&amp;nilaian</source>
        <translation>S&amp;coring</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/main_window.py" line="119"/>
        <source>Pertanyaan ini: K (kompeten)</source>
        <translation>This question: C (competent)</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/main_window.py" line="121"/>
        <source>Pertanyaan ini: BK (belum kompeten)</source>
        <translation>This question: NYC (not yet competent)</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/main_window.py" line="123"/>
        <source>Unit ini: rekomendasi K</source>
        <translation>This unit: recommend C</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/main_window.py" line="125"/>
        <source>Unit ini: rekomendasi BK</source>
        <translation>This unit: recommend NYC</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/main_window.py" line="127"/>
        <source>Pertanyaan berikutnya</source>
        <translation>Next question</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/main_window.py" line="129"/>
        <source>Pertanyaan sebelumnya</source>
        <translation>Previous question</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/main_window.py" line="131"/>
        <source>Peserta berikutnya</source>
        <translation>Next participant</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/main_window.py" line="133"/>
        <source>Peserta sebelumnya</source>
        <translation>Previous participant</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/main_window.py" line="135"/>
        <source>Ke catatan unit</source>
        <translation>Go to unit notes</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/main_window.py" line="137"/>
        <source>Mulai / jeda waktu wawancara</source>
        <translation>Start / pause interview timer</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/main_window.py" line="139"/>
        <source>Konfirmasi persetujuan asesi (FR.AK.01)</source>
        <translation>Confirm candidate consent (FR.AK.01)</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/main_window.py" line="141"/>
        <source>Urungkan perubahan nilai / catatan terakhir</source>
        <translation>Undo last verdict / note change</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/main_window.py" line="143"/>
        <source>Cari peserta</source>
        <translation>Search participants</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/main_window.py" line="145"/>
        <source>Ke rekomendasi akhir dan tanda tangan</source>
        <translation>Go to overall recommendation and sign-off</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/main_window.py" line="147"/>
        <source>&amp;Pengaturan</source>
        <translation>&amp;Settings</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/main_window.py" line="148"/>
        <source>&amp;Pengaturan…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/main_window.py" line="151"/>
        <source>Ban&amp;tuan</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/main_window.py" line="152"/>
        <source>&amp;Pintasan keyboard</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/main_window.py" line="156"/>
        <source>&amp;Tentang Humas Desktop</source>
        <translation>&amp;About Humas Desktop</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/main_window.py" line="167"/>
        <source>Belum ada acara terbuka. Berkas → Buka acara…</source>
        <translation>No event is open. File → Open event…</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/main_window.py" line="183"/>
        <source>Acara tidak dapat dibuka</source>
        <translation>The event cannot be opened</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/main_window.py" line="249"/>
        <source>✓ Tersimpan %1</source>
        <translation>✓ Saved %1</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/main_window.py" line="300"/>
        <source>Tidak ada perubahan untuk diurungkan.</source>
        <translation>Nothing to undo.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/main_window.py" line="326"/>
        <source>Bahasa akan berganti setelah aplikasi dimulai ulang.</source>
        <translation>The language changes after the application is restarted.</translation>
    </message>
</context>
<context>
    <name>MergeReportDialog</name>
    <message>
        <location filename="../../humas_desktop/gui/packages_dialogs.py" line="201"/>
        <source>Laporan penggabungan hasil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/packages_dialogs.py" line="203"/>
        <source>Paket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/packages_dialogs.py" line="203"/>
        <source>Status</source>
        <translation type="unfinished">Status</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/packages_dialogs.py" line="203"/>
        <source>Baru</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/packages_dialogs.py" line="203"/>
        <source>Diperbarui</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/packages_dialogs.py" line="204"/>
        <source>Konflik</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/packages_dialogs.py" line="204"/>
        <source>Keterangan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/packages_dialogs.py" line="215"/>
        <source>%1 baru, %2 diperbarui, %3 konflik, %4 paket ditolak.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="6"/>
        <source>Berkas acara tidak ditemukan: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="7"/>
        <source>Yang dipilih bukan berkas: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="8"/>
        <source>Tidak ada izin membaca berkas: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="9"/>
        <source>Berkas ini bukan berkas acara Humas Desktop atau sudah rusak (terpotong): {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="10"/>
        <source>Berkas ini milik aplikasi lain, bukan berkas acara Humas Desktop: {path}. Berkas tidak diubah.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="11"/>
        <source>Berkas acara terpotong (tidak lengkap): {path}. Pulihkan dari cadangan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="12"/>
        <source>Berkas acara dibuat oleh versi Humas Desktop yang lebih baru (skema {version}, aplikasi ini mendukung sampai {supported}). Perbarui aplikasi; berkas tidak diubah.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="13"/>
        <source>Berkas acara rusak dan tidak dapat dibuka: {path}. Pulihkan dari cadangan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="14"/>
        <source>Berkas acara perlu diperbarui ke skema terbaru; buka sekali di aplikasi: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="15"/>
        <source>Berkas acara sudah ada: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="16"/>
        <source>Penyimpanan ini tidak mendukung mode jurnal WAL; simpan data di disk internal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="17"/>
        <source>Berkas acara tidak berisi data acara.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="18"/>
        <source>Pemeriksaan integritas SQLite gagal: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="19"/>
        <source>Ada {rows} baris yang merujuk data yang tidak ada.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="20"/>
        <source>Rantai jejak audit putus pada nomor urut {seq}: data diubah di luar aplikasi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="21"/>
        <source>Skema: isian wajib kosong di {where}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="22"/>
        <source>Skema: isian harus berupa teks di {where}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="23"/>
        <source>Skema: {where} harus berupa daftar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="24"/>
        <source>Skema: {where} harus berupa objek.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="25"/>
        <source>Berkas ini bukan berkas skema Humas Desktop (isian &quot;format&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="26"/>
        <source>Berkas skema memakai format versi {version} yang lebih baru dari aplikasi ini.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="27"/>
        <source>Skema: nilai tidak dikenal di {where}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="28"/>
        <source>Skema tidak memiliki unit kompetensi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="29"/>
        <source>Skema: kode unit {code} muncul dua kali ({where}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="30"/>
        <source>Skema: nomor elemen muncul dua kali ({where}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="31"/>
        <source>Skema: pertanyaan merujuk unit {code} yang tidak ada ({where}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="32"/>
        <source>Skema: pertanyaan merujuk elemen yang tidak ada ({where}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="33"/>
        <source>Berkas tidak dapat dibaca: {where}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="34"/>
        <source>Berkas terlalu besar: {where}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="35"/>
        <source>Berkas skema bukan JSON yang sah ({where}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="36"/>
        <source>Berkas bukan buku kerja Excel (.xlsx) yang sah: {where}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="37"/>
        <source>Lembar &quot;{where}&quot; tidak ditemukan di buku kerja skema.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="38"/>
        <source>Baris judul kolom tidak ditemukan di lembar &quot;{where}&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="39"/>
        <source>Kolom {column} tidak ditemukan ({where}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="40"/>
        <source>Persetujuan asesmen (FR.AK.01) belum dikonfirmasi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="41"/>
        <source>Rekaman sudah ditandatangani dan hanya dapat dibaca.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="42"/>
        <source>Rekomendasi berbeda dari saran sistem: tuliskan alasannya.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="43"/>
        <source>Rekomendasi akhir belum diisi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="44"/>
        <source>Masih ada unit tanpa rekomendasi K/BK.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="45"/>
        <source>Nama dan nomor registrasi MET asesor wajib diisi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="46"/>
        <source>Membuka kembali rekaman memerlukan alasan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="47"/>
        <source>Data asesmen tidak ditemukan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="48"/>
        <source>Data peserta tidak ditemukan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="49"/>
        <source>Pustaka keamanan XML (defusedxml) tidak terpasang: impor Excel dinonaktifkan. Pasang ulang aplikasi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="50"/>
        <source>Berkas Excel ini dilindungi kata sandi (terenkripsi). Buka di Excel, hapus kata sandinya, simpan sebagai .xlsx, lalu impor lagi. Data acara tidak diubah.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="51"/>
        <source>Berkas ini berformat Excel lama (.xls). Buka di Excel lalu simpan sebagai Buku Kerja Excel (.xlsx), lalu impor lagi. Data acara tidak diubah.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="52"/>
        <source>Berkas ini terenkripsi atau berformat Excel lama (.xls). Simpan sebagai .xlsx tanpa kata sandi, lalu impor lagi. Data acara tidak diubah.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="53"/>
        <source>Berkas Excel tidak ditemukan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="54"/>
        <source>Berkas Excel tidak dapat dibaca (izin atau disk).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="55"/>
        <source>Berkas Excel terlalu besar (batas {limit_mb} MB). Data acara tidak diubah.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="56"/>
        <source>Berkas ini bukan buku kerja Excel (.xlsx), apa pun ekstensinya. Simpan daftar peserta sebagai .xlsx dari Excel atau LibreOffice. Data acara tidak diubah.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="57"/>
        <source>Berkas ini arsip ZIP atau dokumen Office lain, bukan buku kerja Excel (.xlsx). Data acara tidak diubah.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="58"/>
        <source>Berkas Excel ditolak: isinya mengembang jauh melebihi ukuran wajar (dugaan &quot;bom zip&quot;). Data acara tidak diubah.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="59"/>
        <source>Berkas Excel ditolak: berisi deklarasi XML (DTD/ENTITY) yang tidak pernah dibuat Excel (dugaan &quot;bom XML&quot;). Data acara tidak diubah.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="60"/>
        <source>Berkas Excel ditolak: lembarnya memiliki {rows} baris (batas {limit}). Data acara tidak diubah.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="61"/>
        <source>Berkas Excel ditolak: lembarnya memiliki {cols} kolom (batas {limit}). Data acara tidak diubah.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="62"/>
        <source>Berkas Excel ditolak: jumlah sel tidak wajar untuk daftar peserta. Data acara tidak diubah.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="63"/>
        <source>Berkas Excel rusak dan tidak dapat dibaca. Data acara tidak diubah.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="64"/>
        <source>Buku kerja tidak memiliki lembar kerja yang terlihat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="65"/>
        <source>Lembar &quot;{sheet}&quot; tidak ada di buku kerja.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="66"/>
        <source>Baris judul kolom tidak ditemukan; pilih baris judul secara manual.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="67"/>
        <source>Baris judul {row} berada di luar lembar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="68"/>
        <source>Kolom Nama belum dipetakan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="69"/>
        <source>Tidak ada baris peserta di bawah baris judul.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="70"/>
        <source>Impor dibatalkan: ada {errors} kesalahan. Tidak ada data yang diubah.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="71"/>
        <source>Impor dibatalkan oleh pengguna. Tidak ada data yang diubah.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="72"/>
        <source>Buka atau buat acara terlebih dahulu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="73"/>
        <source>Nama kosong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="74"/>
        <source>NIK tersimpan sebagai angka sehingga digit terakhirnya sudah hilang. Format kolom NIK sebagai Teks, ketik ulang NIK, lalu impor lagi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="75"/>
        <source>NIK harus 16 angka.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="76"/>
        <source>Empat digit terakhir NIK 0000: kemungkinan rusak oleh Excel. Periksa dengan KTP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="77"/>
        <source>Bagian tanggal lahir di dalam NIK tidak wajar. Periksa dengan KTP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="78"/>
        <source>Tanggal lahir tidak cocok dengan NIK. Periksa dengan KTP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="79"/>
        <source>Jenis kelamin tidak cocok dengan NIK. Periksa dengan KTP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="80"/>
        <source>NIP tersimpan sebagai angka sehingga digit terakhirnya sudah hilang. Format kolom NIP sebagai Teks, ketik ulang NIP, lalu impor lagi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="81"/>
        <source>NIP harus 18 angka.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="82"/>
        <source>Nomor telepon tidak dikenali.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="83"/>
        <source>Alamat email tidak sah.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="84"/>
        <source>Jenis kelamin tidak dikenali (isi L atau P).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="85"/>
        <source>Tanggal tidak dikenali (contoh yang benar: 17/08/1990 atau 17 Agustus 1990).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="86"/>
        <source>Tahun pada tanggal hanya dua angka; tulis empat angka (17/08/1990).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="87"/>
        <source>Tanggal lahir tidak wajar untuk peserta (usia di luar 15-90 tahun).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="88"/>
        <source>Sel berisi rumus tanpa nilai tersimpan. Buka di Excel, simpan ulang (atau salin lalu tempel sebagai nilai), lalu impor lagi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="89"/>
        <source>Peserta yang sama sudah ada di baris {first_row} berkas ini.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="90"/>
        <source>Peserta ini sudah terdaftar di acara (nomor {number}); dibiarkan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="91"/>
        <source>Peserta ini sudah terdaftar di acara (nomor {number}); datanya diperbarui.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="92"/>
        <source>Skema &quot;{value}&quot; tidak ada di acara ini.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="93"/>
        <source>Skema kosong; acara ini memiliki lebih dari satu skema.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="94"/>
        <source>Asesor &quot;{value}&quot; tidak terdaftar di acara; penugasan dilewati.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="95"/>
        <source>Isian terlalu panjang (lebih dari {limit} karakter).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="96"/>
        <source>Nama acara wajib diisi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="97"/>
        <source>Nama LSP wajib diisi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="98"/>
        <source>Tanggal selesai lebih awal dari tanggal mulai.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="99"/>
        <source>Asesor harus diisi &quot;Nama|Nomor MET&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="100"/>
        <source>Pilih paling sedikit satu berkas skema.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="101"/>
        <source>Rekaman belum ditandatangani, tidak perlu dibuka kembali.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="102"/>
        <source>Nama bukti portofolio wajib diisi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="103"/>
        <source>Bukti portofolio tidak ditemukan atau sudah dihapus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="104"/>
        <source>Kolom tidak dikenal: {field}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="105"/>
        <source>Belum ada asesor untuk peserta ini. Pilih asesor di Pengaturan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="106"/>
        <source>Jenis paket tidak dikenal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="107"/>
        <source>Tanda tangan paket tidak dapat dibuat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="108"/>
        <source>Paket yang tertulis di media berbeda dari yang dikirim; jangan cabut media, tulis ulang.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="109"/>
        <source>Berkas paket terlalu besar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="110"/>
        <source>Berkas paket tidak ditemukan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="111"/>
        <source>Berkas paket rusak atau terpotong (bukan paket Humas Desktop yang utuh).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="112"/>
        <source>Paket tidak bertanda tangan dan ditolak.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="113"/>
        <source>Paket telah diubah setelah ditandatangani (tanda tangan atau hash tidak cocok) dan ditolak.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="114"/>
        <source>Paket dibuat oleh versi aplikasi yang lebih baru.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="115"/>
        <source>Berkas ini bukan paket pembagian tugas asesor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="116"/>
        <source>Berkas ini bukan paket hasil asesor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="117"/>
        <source>Paket ini dibuat untuk laptop lain (sidik kunci perangkat tidak cocok).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="118"/>
        <source>Paket ditandatangani oleh kunci yang tidak terdaftar untuk asesor ini.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="119"/>
        <source>Acara ini sudah ada di laptop ini dari paket lain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="120"/>
        <source>Paket ini milik acara lain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="121"/>
        <source>Isi paket tidak sesuai dengan manifesnya (jumlah atau daftar id).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="122"/>
        <source>Belum ada asesor pada acara ini.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="123"/>
        <source>Asesor tidak ditemukan pada acara ini.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="124"/>
        <source>Sidik kunci perangkat harus berbentuk XXXX-XXXX-XXXX-XXXX (0-9, A-F).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="125"/>
        <source>Sidik kunci laptop asesor belum didaftarkan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="126"/>
        <source>Asesor ini belum mendapat asesi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="127"/>
        <source>Berkas ini bukan salinan kerja asesor (dibuka dari paket).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="128"/>
        <source>Belum ada asesmen yang ditandatangani; hasil belum dapat dikirim.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="129"/>
        <source>Penyelesaian konflik memerlukan alasan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="130"/>
        <source>Konflik tidak ditemukan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="131"/>
        <source>Konflik ini sudah diselesaikan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="132"/>
        <source>Versi masuk bertabrakan dengan rekaman lain; pilih versi di laptop ini.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="133"/>
        <source>Tanda kehadiran harus tidak hadir atau mengundurkan diri.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="134"/>
        <source>Tanda tidak hadir/mengundurkan diri memerlukan alasan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="135"/>
        <source>Data {table} (baris {row}, kolom {column}) tidak sesuai dengan jejak audit: diubah di luar aplikasi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="136"/>
        <source>Baris {table} {row} tidak tercatat di jejak audit: ditambahkan di luar aplikasi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="137"/>
        <source>Baris {table} {row} yang tercatat di jejak audit hilang dari berkas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="138"/>
        <source>Tanda tangan tanda terima asesmen {assessment} tidak sah.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="139"/>
        <source>Tanda terima asesmen {assessment} rusak.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="140"/>
        <source>Tanda terima pada asesmen {assessment} milik rekaman lain (diputar ulang).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="141"/>
        <source>Jejak audit pada nomor urut {seq} tidak sama dengan yang ditandatangani untuk asesmen {assessment}: jejak ditulis ulang.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="142"/>
        <source>Kode tanda terima asesmen {assessment} tidak cocok dengan rekamannya.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="143"/>
        <source>Tanda terima asesmen {assessment} ditandatangani kunci yang bukan milik laptop asesor terdaftar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="144"/>
        <source>Asesmen {assessment} berstatus ditandatangani tetapi tidak punya tanda terima bertanda tangan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="145"/>
        <source>Tanda terima asesmen {assessment} lebih lama dari penandatanganan terakhirnya (tanda terima lama diputar ulang).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="146"/>
        <source>Nilai asesmen {assessment} berubah setelah ditandatangani.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="147"/>
        <source>Tanda tangan yang tersimpan pada asesmen {assessment} bukan tanda terima terakhirnya.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="148"/>
        <source>Asesmen belum berstatus ditandatangani.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="149"/>
        <source>... dan {count} masalah lain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="150"/>
        <source>Kunci LSP sudah ada: {path}. Tidak ditimpa.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="151"/>
        <source>Berkas kunci LSP tidak ditemukan: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="152"/>
        <source>Frasa sandi kunci LSP minimal {min} karakter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="153"/>
        <source>Frasa sandi kunci LSP salah, atau berkas kunci rusak.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="154"/>
        <source>Berkas ini bukan kunci Ed25519 LSP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="155"/>
        <source>Berkas kunci publik LSP tidak sah: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="156"/>
        <source>Daftar pencabutan sertifikat tidak ditandatangani kunci LSP ini.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="157"/>
        <source>Daftar pencabutan sertifikat rusak.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="158"/>
        <source>Kode QR ini bukan kode verifikasi sertifikat Humas Desktop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="159"/>
        <source>Kode verifikasi sertifikat rusak (karakter tidak sah).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="160"/>
        <source>Kode verifikasi sertifikat rusak (isi tidak lengkap).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="161"/>
        <source>Kode verifikasi tidak bertanda tangan LSP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="162"/>
        <source>Tanda tangan LSP pada sertifikat tidak sah: data sertifikat diubah atau bukan dari LSP ini.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="163"/>
        <source>Kunci publik LSP belum ada; pilih berkasnya (--public-key).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="164"/>
        <source>Sertifikat {number} telah dicabut oleh LSP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="165"/>
        <source>Masa berlaku sertifikat {number} habis pada {valid_until}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="166"/>
        <source>Sertifikat {number} sah, berlaku sampai {valid_until}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="167"/>
        <source>Tidak ditemukan kode QR sertifikat di berkas: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="168"/>
        <source>Program pembaca QR (zbarimg, paket zbar-tools) tidak terpasang.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="169"/>
        <source>Jenis berkas tidak didukung untuk verifikasi: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="170"/>
        <source>Berkas ini bukan paket terenkripsi Humas Desktop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="171"/>
        <source>Paket terenkripsi dibuat oleh versi Humas Desktop yang lebih baru.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="172"/>
        <source>Paket terenkripsi terpotong (tidak lengkap).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="173"/>
        <source>Frasa sandi salah.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="174"/>
        <source>Paket terenkripsi telah diubah atau rusak; isinya tidak dipakai.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="175"/>
        <source>Frasa sandi minimal {min} karakter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="176"/>
        <source>Hapus data pribadi hanya untuk acara yang sudah ditutup atau lewat masa simpannya ({retention_until}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="177"/>
        <source>Berkas tidak ditemukan: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="178"/>
        <source>Frasa sandi salah; aplikasi tetap terkunci.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="179"/>
        <source>Isi sel terlalu panjang untuk Excel ({where}, batas {limit} karakter); ekspor dibatalkan, tidak ada yang dipotong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="180"/>
        <source>Huruf tidak tersedia di fon PDF ({chars}); dokumen tidak dibuat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="181"/>
        <source>Nama terlalu panjang untuk kotak nama sertifikat ({length} karakter).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="182"/>
        <source>Terlalu banyak unit ({units}) untuk halaman belakang sertifikat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="183"/>
        <source>Pola nomor tidak sah.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="184"/>
        <source>Pola nomor harus memuat {{urut}} (nomor urut).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="185"/>
        <source>Pola nomor memuat kolom yang tidak dikenal: {field}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="186"/>
        <source>Kode bidang dan nomor lisensi LSP wajib diisi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="187"/>
        <source>Nomor urut awal harus 1 atau lebih.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="188"/>
        <source>Penomoran sertifikat belum diatur (kode bidang, nomor lisensi).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="189"/>
        <source>Peserta atau skema untuk sertifikat tidak ditemukan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="190"/>
        <source>Nomor sertifikat sudah pernah dipakai; nomor tidak digunakan ulang.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="191"/>
        <source>Membatalkan sertifikat memerlukan alasan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="192"/>
        <source>Sesi sudah ditutup; data hanya dapat dibaca. Buka kembali dengan alasan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="193"/>
        <source>Nomor SK keputusan LSP wajib diisi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="194"/>
        <source>Keputusan hanya untuk peserta yang hadir.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="195"/>
        <source>Sesi belum dapat ditutup: {count} syarat belum terpenuhi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="196"/>
        <source>Membuka kembali sesi memerlukan alasan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="197"/>
        <source>Sesi belum ditutup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="198"/>
        <source>Jenis ekspor tidak dikenal: {kind}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="199"/>
        <source>Pemeriksaan nama gagal: {count} masalah (pertama: peserta no. {number}, {problem} {detail}). Tidak ada berkas yang ditulis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="200"/>
        <source>Kehadiran belum diisi untuk {count} peserta.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="201"/>
        <source>{count} peserta hadir belum dinilai dan ditandatangani asesor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="202"/>
        <source>Keputusan LSP belum dicatat untuk {count} peserta.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="203"/>
        <source>Tanggal pleno atau nomor SK belum lengkap untuk {count} peserta.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="204"/>
        <source>huruf tidak tersedia di fon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="205"/>
        <source>{count} hasil asesmen dari laptop asesor belum masuk dan ditandatangani.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="206"/>
        <source>{count} konflik penggabungan belum diselesaikan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="207"/>
        <source>Cadangan tidak dapat dibuat ({detail}). Data acara tidak berubah; periksa ruang disk lalu coba lagi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="208"/>
        <source>Salinan cadangan gagal diperiksa ({detail}) sehingga tidak dipakai. Data acara tidak berubah.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="209"/>
        <source>Belum ada cadangan yang utuh untuk acara ini.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="210"/>
        <source>Pemeriksaan cepat SQLite menemukan kerusakan pada berkas acara.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="211"/>
        <source>Disk penuh: perubahan terakhir belum tersimpan, data yang sudah tersimpan aman. Kosongkan ruang disk lalu coba lagi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="212"/>
        <source>Penyimpanan hanya-baca: perubahan tidak dapat disimpan ke {path}. Data yang sudah tersimpan aman. Pindahkan berkas ke disk internal lalu coba lagi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="213"/>
        <source>Kesalahan baca/tulis disk pada {path}: perubahan terakhir belum tersimpan, data yang sudah tersimpan aman. Periksa disk lalu coba lagi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="214"/>
        <source>Berkas acara {path} dihapus atau dipindahkan saat aplikasi berjalan. Data masih ada di aplikasi: simpan ulang berkasnya.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="215"/>
        <source>Berkas acara ditulis ulang dari data yang masih terbuka: {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="216"/>
        <source>Berkas acara sedang dipakai program lain. Tunggu sebentar lalu coba lagi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="217"/>
        <source>Tidak ada izin menulis ke {path}. Pilih folder lain lalu coba lagi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="218"/>
        <source>Media penyimpanan (mis. flashdisk) terlepas saat menulis {path}. Berkas setengah jadi tidak disimpan; pasang lagi lalu coba lagi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="219"/>
        <source>Folder tujuan tidak ada lagi: {path}. Pilih folder lain lalu coba lagi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="220"/>
        <source>Folder data berada di penyimpanan jaringan. Simpan data di disk internal agar tidak hilang saat jaringan putus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="221"/>
        <source>Folder data berada di media lepas-pasang (flashdisk). Simpan data di disk internal agar tidak hilang saat media dicabut.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="222"/>
        <source>Ruang disk tinggal {free_mb} MB. Kosongkan ruang agar penyimpanan dan cadangan tetap berjalan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="223"/>
        <source>Aplikasi berhenti mendadak saat dibuka terakhir kali; acara terakhir tidak dibuka otomatis. Buka lewat Berkas → Buka acara…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="224"/>
        <source>Terjadi kesalahan tak terduga ({kind}). Pekerjaan yang sudah disimpan aman. Catatan teknis (tanpa data pribadi) ada di {log}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="225"/>
        <source>Humas Desktop sudah berjalan untuk folder data ini; jendelanya dimunculkan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="226"/>
        <source>Humas Desktop sudah berjalan untuk folder data ini (PID {pid}) tetapi tidak menjawab. Tutup aplikasi itu lalu coba lagi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="227"/>
        <source>Terjadi kesalahan ({code}).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewEventDialog</name>
    <message>
        <location filename="../../humas_desktop/gui/new_event_dialog.py" line="39"/>
        <source>Acara baru</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/new_event_dialog.py" line="58"/>
        <source>Tambah berkas skema…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/new_event_dialog.py" line="61"/>
        <source>Nama asesor</source>
        <translation type="unfinished">Assessor name</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/new_event_dialog.py" line="61"/>
        <source>Nomor MET</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/new_event_dialog.py" line="63"/>
        <source>Tambah asesor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/new_event_dialog.py" line="66"/>
        <source>Nama acara*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/new_event_dialog.py" line="67"/>
        <source>Nama LSP*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/new_event_dialog.py" line="68"/>
        <source>Nomor lisensi LSP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/new_event_dialog.py" line="69"/>
        <source>Nama TUK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/new_event_dialog.py" line="70"/>
        <source>Jenis TUK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/new_event_dialog.py" line="71"/>
        <source>Kota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/new_event_dialog.py" line="76"/>
        <source>Tanggal</source>
        <translation type="unfinished">Date</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/new_event_dialog.py" line="77"/>
        <source>Tujuan asesmen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/new_event_dialog.py" line="81"/>
        <source>Skema*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/new_event_dialog.py" line="85"/>
        <source>Asesor</source>
        <translation type="unfinished">Assessor</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/new_event_dialog.py" line="91"/>
        <source>Buat acara</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/new_event_dialog.py" line="101"/>
        <source>Pilih berkas skema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/new_event_dialog.py" line="102"/>
        <source>Skema (*.json *.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OpenEventDialog</name>
    <message>
        <location filename="../../humas_desktop/gui/open_event.py" line="29"/>
        <source>Buka acara</source>
        <translation>Open event</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/open_event.py" line="34"/>
        <source>Daftar acara</source>
        <translation>Event list</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/open_event.py" line="36"/>
        <source>Acara</source>
        <translation>Event</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/open_event.py" line="36"/>
        <source>LSP</source>
        <translation>LSP</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/open_event.py" line="36"/>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/open_event.py" line="36"/>
        <source>Peserta</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/open_event.py" line="53"/>
        <source>Belum ada acara di folder data. Buat acara baru atau jalankan demo.</source>
        <translation>No events in the data folder yet. Create a new event or run the demo.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/open_event.py" line="57"/>
        <source>Buka</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/open_event.py" line="58"/>
        <source>Berkas lain…</source>
        <translation>Other file…</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/open_event.py" line="78"/>
        <source>Pilih berkas acara</source>
        <translation>Choose an event file</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/open_event.py" line="79"/>
        <source>Berkas acara (*%1)</source>
        <translation>Event files (*%1)</translation>
    </message>
</context>
<context>
    <name>ParticipantTableModel</name>
    <message>
        <location filename="../../humas_desktop/gui/participants.py" line="65"/>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/participants.py" line="66"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/participants.py" line="67"/>
        <source>Instansi</source>
        <translation>Institution</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/participants.py" line="68"/>
        <source>Jabatan</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/participants.py" line="69"/>
        <source>Skema</source>
        <translation>Scheme</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/participants.py" line="70"/>
        <source>Asesor</source>
        <translation>Assessor</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/participants.py" line="71"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/participants.py" line="72"/>
        <source>Kehadiran</source>
        <translation>Attendance</translation>
    </message>
</context>
<context>
    <name>ParticipantsPanel</name>
    <message>
        <location filename="../../humas_desktop/gui/participants.py" line="219"/>
        <source>Cari nama, instansi, atau digit akhir NIK…</source>
        <translation>Search name, institution, or last NIK digits…</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/participants.py" line="220"/>
        <source>Cari peserta</source>
        <translation>Search participants</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/participants.py" line="227"/>
        <source>Daftar peserta</source>
        <translation>Participant list</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/participants.py" line="240"/>
        <source>Saring status</source>
        <translation>Filter by status</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/participants.py" line="241"/>
        <source>Semua status</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/participants.py" line="244"/>
        <source>Peserta saya</source>
        <translation>My participants</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/participants.py" line="245"/>
        <source>Hanya peserta saya</source>
        <translation>Only my participants</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/participants.py" line="247"/>
        <source>Pilih asesor di Pengaturan untuk memakai saringan ini.</source>
        <translation>Choose an assessor in Settings to use this filter.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/participants.py" line="251"/>
        <source>Hadir</source>
        <translation>Present</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/participants.py" line="252"/>
        <source>Tandai hadir</source>
        <translation>Mark present</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/participants.py" line="253"/>
        <source>Tidak hadir</source>
        <translation>Absent</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/participants.py" line="254"/>
        <source>Tandai tidak hadir</source>
        <translation>Mark absent</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/participants.py" line="342"/>
        <source>%1 dari %2 selesai</source>
        <translation>%1 of %2 completed</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/participants.py" line="344"/>
        <source>%1 ditampilkan</source>
        <translation>%1 shown</translation>
    </message>
</context>
<context>
    <name>QuestionCard</name>
    <message>
        <location filename="../../humas_desktop/gui/interview.py" line="58"/>
        <source>Pertanyaan %1 · %2</source>
        <translation>Question %1 · %2</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/interview.py" line="61"/>
        <source>Elemen %1</source>
        <translation>Element %1</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/interview.py" line="67"/>
        <source>Elemen: %1</source>
        <translation>Element: %1</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/interview.py" line="68"/>
        <source>KUK: %1</source>
        <translation>Performance criteria: %1</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/interview.py" line="71"/>
        <source>Kunci jawaban: %1</source>
        <translation>Model answer: %1</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/interview.py" line="74"/>
        <source>Ringkasan jawaban asesi…</source>
        <translation>Summary of the candidate&apos;s answer…</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/interview.py" line="75"/>
        <source>Ringkasan jawaban pertanyaan %1</source>
        <translation>Answer summary for question %1</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/interview.py" line="78"/>
        <source>Pertanyaan %1</source>
        <translation>Question %1</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../humas_desktop/gui/backup_dialogs.py" line="69"/>
        <source>Pulihkan dari cadangan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/backup_dialogs.py" line="74"/>
        <source>Waktu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/backup_dialogs.py" line="74"/>
        <source>Alasan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/backup_dialogs.py" line="74"/>
        <source>Peserta</source>
        <translation type="unfinished">Participants</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/backup_dialogs.py" line="75"/>
        <source>Keputusan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/backup_dialogs.py" line="75"/>
        <source>Jejak audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/backup_dialogs.py" line="81"/>
        <source> (rusak)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/backup_dialogs.py" line="88"/>
        <source>Pilih cadangan untuk melihat apa yang akan hilang.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/backup_dialogs.py" line="91"/>
        <source>Pulihkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/backup_dialogs.py" line="94"/>
        <source>Batal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/backup_dialogs.py" line="115"/>
        <source>Cadangan ini rusak dan tidak dapat dipulihkan.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScoringPanel</name>
    <message>
        <location filename="../../humas_desktop/gui/scoring_panel.py" line="84"/>
        <source>&lt;b&gt;Penilaian&lt;/b&gt;</source>
        <translation>&lt;b&gt;Scoring&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/scoring_panel.py" line="87"/>
        <location filename="../../humas_desktop/gui/scoring_panel.py" line="91"/>
        <source>Rekomendasi akhir</source>
        <translation>Overall recommendation</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/scoring_panel.py" line="93"/>
        <source>Alasan jika berbeda dari saran</source>
        <translation>Reason if different from the suggestion</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/scoring_panel.py" line="94"/>
        <source>Alasan rekomendasi berbeda</source>
        <translation>Reason for a different recommendation</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/scoring_panel.py" line="95"/>
        <source>Tetapkan rekomendasi</source>
        <translation>Set recommendation</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/scoring_panel.py" line="98"/>
        <source>Tindak lanjut dan komentar</source>
        <translation>Follow-up and comments</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/scoring_panel.py" line="102"/>
        <location filename="../../humas_desktop/gui/scoring_panel.py" line="105"/>
        <source>Tindak lanjut</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/scoring_panel.py" line="104"/>
        <location filename="../../humas_desktop/gui/scoring_panel.py" line="106"/>
        <source>Komentar</source>
        <translation>Comments</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/scoring_panel.py" line="107"/>
        <source>Tanda tangan asesor</source>
        <translation>Assessor sign-off</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/scoring_panel.py" line="111"/>
        <location filename="../../humas_desktop/gui/scoring_panel.py" line="118"/>
        <source>Nama asesor</source>
        <translation>Assessor name</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/scoring_panel.py" line="113"/>
        <source>Nomor registrasi MET</source>
        <translation>MET registration number</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/scoring_panel.py" line="114"/>
        <source>Tandatangani</source>
        <translation>Sign</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/scoring_panel.py" line="115"/>
        <source>Buka kembali…</source>
        <translation>Reopen…</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/scoring_panel.py" line="119"/>
        <source>No. MET</source>
        <translation>MET no.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/scoring_panel.py" line="198"/>
        <source>%1 dari %2 pertanyaan dinilai · %3 BK</source>
        <translation>%1 of %2 questions scored · %3 NYC</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/scoring_panel.py" line="206"/>
        <source>Saran dari unit: %1</source>
        <translation>Suggested from units: %1</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/scoring_panel.py" line="207"/>
        <source>belum lengkap</source>
        <translation>incomplete</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/scoring_panel.py" line="223"/>
        <source>Ditandatangani oleh %1 (%2) pada %3. Rekaman hanya dapat dibaca.</source>
        <translation>Signed by %1 (%2) on %3. The record is read-only.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/scoring_panel.py" line="229"/>
        <source>Kode tanda terima: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/scoring_panel.py" line="231"/>
        <source>Rekomendasi akhir: %1. Siap ditandatangani.</source>
        <translation>Overall recommendation: %1. Ready to sign.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/scoring_panel.py" line="234"/>
        <source>Belum ditandatangani.</source>
        <translation>Not signed yet.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/scoring_panel.py" line="272"/>
        <source>Buka kembali rekaman</source>
        <translation>Reopen the record</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/scoring_panel.py" line="273"/>
        <source>Alasan membuka kembali (dicatat):</source>
        <translation>Reason for reopening (recorded):</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../humas_desktop/gui/settings_dialog.py" line="42"/>
        <source>Pengaturan</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/settings_dialog.py" line="47"/>
        <source>Bahasa tampilan</source>
        <translation>Display language</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/settings_dialog.py" line="49"/>
        <source>(koordinator / tidak ada)</source>
        <translation>(coordinator / none)</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/settings_dialog.py" line="53"/>
        <source>Asesor di laptop ini</source>
        <translation>Assessor on this laptop</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/settings_dialog.py" line="54"/>
        <source>Perubahan bahasa berlaku setelah aplikasi dimulai ulang.</source>
        <translation>A language change takes effect after the application is restarted.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/settings_dialog.py" line="57"/>
        <source>&amp;Bahasa</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/settings_dialog.py" line="58"/>
        <source>&amp;Asesor di laptop ini</source>
        <translation>&amp;Assessor on this laptop</translation>
    </message>
</context>
<context>
    <name>ShortcutSheet</name>
    <message>
        <location filename="../../humas_desktop/gui/shortcuts.py" line="22"/>
        <source>Pintasan keyboard</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/shortcuts.py" line="26"/>
        <source>Tombol</source>
        <translation>Keys</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/shortcuts.py" line="26"/>
        <source>Fungsi</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/shortcuts.py" line="27"/>
        <source>Daftar pintasan keyboard</source>
        <translation>Keyboard shortcut list</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../../humas_desktop/gui/participants.py" line="38"/>
        <source>belum mulai</source>
        <translation>not started</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/participants.py" line="39"/>
        <source>berlangsung</source>
        <translation>in progress</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/participants.py" line="40"/>
        <source>selesai</source>
        <translation>completed</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/participants.py" line="41"/>
        <source>ditandatangani</source>
        <translation>signed</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/participants.py" line="57"/>
        <source>hadir</source>
        <translation>present</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/participants.py" line="58"/>
        <source>tidak hadir</source>
        <translation>absent</translation>
    </message>
</context>
<context>
    <name>UnitBox</name>
    <message>
        <location filename="../../humas_desktop/gui/scoring_panel.py" line="58"/>
        <source>Rekomendasi unit %1</source>
        <translation>Recommendation for unit %1</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/scoring_panel.py" line="65"/>
        <source>Bukti %1 unit %2</source>
        <translation>Evidence %1 for unit %2</translation>
    </message>
</context>
<context>
    <name>UnitSection</name>
    <message>
        <location filename="../../humas_desktop/gui/interview.py" line="206"/>
        <source>FR.IA.08 Ceklis verifikasi portofolio</source>
        <translation>FR.IA.08 Portfolio verification checklist</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/interview.py" line="212"/>
        <source>Catatan unit</source>
        <translation>Unit notes</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/interview.py" line="214"/>
        <source>Catatan unit %1</source>
        <translation>Notes for unit %1</translation>
    </message>
</context>
<context>
    <name>VerdictChoice</name>
    <message>
        <location filename="../../humas_desktop/gui/interview_widgets.py" line="85"/>
        <source>K</source>
        <translation>C</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/interview_widgets.py" line="86"/>
        <source>BK</source>
        <translation>NYC</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/interview_widgets.py" line="87"/>
        <location filename="../../humas_desktop/gui/interview_widgets.py" line="89"/>
        <source>Kompeten</source>
        <translation>Competent</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/interview_widgets.py" line="88"/>
        <location filename="../../humas_desktop/gui/interview_widgets.py" line="90"/>
        <source>Belum kompeten</source>
        <translation>Not yet competent</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <location filename="../../humas_desktop/gui/verify_dialog.py" line="43"/>
        <source>Verifikasi sertifikat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/verify_dialog.py" line="46"/>
        <source>Kode QR sertifikat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/verify_dialog.py" line="47"/>
        <source>Tempel teks kode QR (HD1S.…), atau pilih berkas PDF/gambar sertifikat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/verify_dialog.py" line="50"/>
        <source>Pilih &amp;berkas PDF/gambar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/verify_dialog.py" line="54"/>
        <source>Pilih kunci &amp;publik LSP…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/verify_dialog.py" line="59"/>
        <source>&amp;Periksa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/verify_dialog.py" line="68"/>
        <source>Nomor sertifikat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/verify_dialog.py" line="69"/>
        <source>Nomor registrasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/verify_dialog.py" line="70"/>
        <source>Skema</source>
        <translation type="unfinished">Scheme</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/verify_dialog.py" line="70"/>
        <source>Tanggal terbit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/verify_dialog.py" line="71"/>
        <source>Berlaku sampai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/verify_dialog.py" line="72"/>
        <source>Pemegang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/verify_dialog.py" line="72"/>
        <source>Sidik kunci LSP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/verify_dialog.py" line="78"/>
        <source>Nama pemegang (opsional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/verify_dialog.py" line="79"/>
        <source>NIK pemegang (opsional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/verify_dialog.py" line="127"/>
        <source>Kunci publik LSP: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/verify_dialog.py" line="133"/>
        <source>Kunci publik LSP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/verify_dialog.py" line="134"/>
        <source>Kunci publik (*.pem)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/verify_dialog.py" line="140"/>
        <source>Berkas sertifikat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/verify_dialog.py" line="141"/>
        <source>Sertifikat atau gambar (*.pdf *.png *.jpg *.jpeg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/verify_dialog.py" line="167"/>
        <source>Memeriksa…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/verify_dialog.py" line="188"/>
        <source>tidak diperiksa (isi nama dan NIK)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/verify_dialog.py" line="189"/>
        <source>cocok dengan nama dan NIK yang diisi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/verify_dialog.py" line="190"/>
        <source>TIDAK cocok dengan nama dan NIK yang diisi</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>w</name>
    <message>
        <location filename="../../humas_desktop/gui/privacy.py" line="43"/>
        <location filename="../../humas_desktop/gui/privacy.py" line="65"/>
        <location filename="../../humas_desktop/gui/privacy.py" line="74"/>
        <source>Hapus data pribadi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/privacy.py" line="44"/>
        <source>Nama, NIK, NIP, tanggal lahir, alamat dan kontak semua peserta acara ini akan dihapus permanen dari berkas acara dan cadangannya. Jumlah peserta dan hasil tetap tersimpan tanpa identitas. Tindakan ini tidak dapat dibatalkan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/privacy.py" line="47"/>
        <source>Acara belum ditutup dan masa simpan belum habis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/privacy.py" line="66"/>
        <source>Data pribadi %1 peserta dihapus; %2 cadangan dimusnahkan.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <location filename="../../humas_desktop/gui/app.py" line="74"/>
        <source>Pemulihan gagal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/app_lock.py" line="249"/>
        <source>&amp;Kunci aplikasi sekarang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/app_lock.py" line="252"/>
        <source>Atur &amp;kunci aplikasi…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/import_wizard.py" line="446"/>
        <source>Impor peserta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/import_wizard.py" line="465"/>
        <source>Unduh templat peserta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/import_wizard.py" line="467"/>
        <source>Buku kerja Excel (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/import_wizard.py" line="478"/>
        <source>Acara &amp;baru…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/import_wizard.py" line="479"/>
        <source>&amp;Impor peserta…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/import_wizard.py" line="480"/>
        <source>Unduh &amp;templat peserta…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/lsp_key_dialog.py" line="110"/>
        <source>Ekspor kunci publik LSP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/lsp_key_dialog.py" line="112"/>
        <source>Kunci publik (*.pem)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/lsp_key_dialog.py" line="120"/>
        <location filename="../../humas_desktop/gui/privacy.py" line="98"/>
        <source>Kunci publik LSP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/lsp_key_dialog.py" line="121"/>
        <source>Kunci publik disimpan. Sidik kunci: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/privacy.py" line="25"/>
        <source>&amp;Hapus data pribadi…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/privacy.py" line="103"/>
        <location filename="../../humas_desktop/gui/verify_dialog.py" line="210"/>
        <source>&amp;Verifikasi sertifikat…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/privacy.py" line="106"/>
        <source>Kunci tanda tangan &amp;LSP…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/privacy.py" line="107"/>
        <source>Ekspor kunci &amp;publik LSP…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/export_dialog.py" line="168"/>
        <source>Tutup sesi…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/export_dialog.py" line="169"/>
        <source>Ekspor dokumen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/export_dialog.py" line="173"/>
        <source>Belum ada acara</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/export_dialog.py" line="174"/>
        <source>Buka acara terlebih dahulu.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
