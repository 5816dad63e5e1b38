<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
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
    <name>MainWindow</name>
    <message>
        <location filename="../../humas_desktop/gui/main_window.py" line="64"/>
        <source>Status penyimpanan</source>
        <translation>Save status</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/main_window.py" line="85"/>
        <source>&amp;Berkas</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/main_window.py" line="86"/>
        <source>&amp;Buka acara…</source>
        <translation>&amp;Open event…</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/main_window.py" line="91"/>
        <source>&amp;Keluar</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/main_window.py" line="95"/>
        <source>&amp;Acara</source>
        <translation>&amp;Event</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/main_window.py" line="96"/>
        <source>Pe&amp;nilaian</source>
        <translation>S&amp;coring</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/main_window.py" line="108"/>
        <source>Pertanyaan ini: K (kompeten)</source>
        <translation>This question: C (competent)</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/main_window.py" line="110"/>
        <source>Pertanyaan ini: BK (belum kompeten)</source>
        <translation>This question: NYC (not yet competent)</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/main_window.py" line="112"/>
        <source>Unit ini: rekomendasi K</source>
        <translation>This unit: recommend C</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/main_window.py" line="114"/>
        <source>Unit ini: rekomendasi BK</source>
        <translation>This unit: recommend NYC</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/main_window.py" line="116"/>
        <source>Pertanyaan berikutnya</source>
        <translation>Next question</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/main_window.py" line="118"/>
        <source>Pertanyaan sebelumnya</source>
        <translation>Previous question</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/main_window.py" line="120"/>
        <source>Peserta berikutnya</source>
        <translation>Next participant</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/main_window.py" line="122"/>
        <source>Peserta sebelumnya</source>
        <translation>Previous participant</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/main_window.py" line="124"/>
        <source>Ke catatan unit</source>
        <translation>Go to unit notes</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/main_window.py" line="126"/>
        <source>Mulai / jeda waktu wawancara</source>
        <translation>Start / pause interview timer</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/main_window.py" line="128"/>
        <source>Konfirmasi persetujuan asesi (FR.AK.01)</source>
        <translation>Confirm candidate consent (FR.AK.01)</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/main_window.py" line="130"/>
        <source>Urungkan perubahan nilai / catatan terakhir</source>
        <translation>Undo last verdict / note change</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/main_window.py" line="132"/>
        <source>Cari peserta</source>
        <translation>Search participants</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/main_window.py" line="134"/>
        <source>Ke rekomendasi akhir dan tanda tangan</source>
        <translation>Go to overall recommendation and sign-off</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/main_window.py" line="136"/>
        <source>&amp;Pengaturan</source>
        <translation>&amp;Settings</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/main_window.py" line="137"/>
        <source>&amp;Pengaturan…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/main_window.py" line="140"/>
        <source>Ban&amp;tuan</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/main_window.py" line="141"/>
        <source>&amp;Pintasan keyboard</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/main_window.py" line="145"/>
        <source>&amp;Tentang Humas Desktop</source>
        <translation>&amp;About Humas Desktop</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/main_window.py" line="152"/>
        <source>Tentang Humas Desktop</source>
        <translation>About Humas Desktop</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/main_window.py" line="153"/>
        <source>Humas Desktop %1
Uji kompetensi humas, luring.</source>
        <translation>Humas Desktop %1
Public-relations competency assessment, offline.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/main_window.py" line="158"/>
        <source>Belum ada acara terbuka. Berkas → Buka acara…</source>
        <translation>No event is open. File → Open event…</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/main_window.py" line="174"/>
        <source>Acara tidak dapat dibuka</source>
        <translation>The event cannot be opened</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/main_window.py" line="234"/>
        <source>✓ Tersimpan %1</source>
        <translation>✓ Saved %1</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/main_window.py" line="285"/>
        <source>Tidak ada perubahan untuk diurungkan.</source>
        <translation>Nothing to undo.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/main_window.py" line="311"/>
        <source>Bahasa akan berganti setelah aplikasi dimulai ulang.</source>
        <translation>The language changes after the application is restarted.</translation>
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
        <location filename="../../humas_desktop/gui/participants.py" line="214"/>
        <source>Cari nama, instansi, atau digit akhir NIK…</source>
        <translation>Search name, institution, or last NIK digits…</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/participants.py" line="215"/>
        <source>Cari peserta</source>
        <translation>Search participants</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/participants.py" line="222"/>
        <source>Daftar peserta</source>
        <translation>Participant list</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/participants.py" line="235"/>
        <source>Saring status</source>
        <translation>Filter by status</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/participants.py" line="236"/>
        <source>Semua status</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/participants.py" line="239"/>
        <source>Peserta saya</source>
        <translation>My participants</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/participants.py" line="240"/>
        <source>Hanya peserta saya</source>
        <translation>Only my participants</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/participants.py" line="242"/>
        <source>Pilih asesor di Pengaturan untuk memakai saringan ini.</source>
        <translation>Choose an assessor in Settings to use this filter.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/participants.py" line="246"/>
        <source>Hadir</source>
        <translation>Present</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/participants.py" line="247"/>
        <source>Tandai hadir</source>
        <translation>Mark present</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/participants.py" line="248"/>
        <source>Tidak hadir</source>
        <translation>Absent</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/participants.py" line="249"/>
        <source>Tandai tidak hadir</source>
        <translation>Mark absent</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/participants.py" line="337"/>
        <source>%1 dari %2 selesai</source>
        <translation>%1 of %2 completed</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/participants.py" line="339"/>
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
        <location filename="../../humas_desktop/gui/scoring_panel.py" line="187"/>
        <source>%1 dari %2 pertanyaan dinilai · %3 BK</source>
        <translation>%1 of %2 questions scored · %3 NYC</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/scoring_panel.py" line="195"/>
        <source>Saran dari unit: %1</source>
        <translation>Suggested from units: %1</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/scoring_panel.py" line="196"/>
        <source>belum lengkap</source>
        <translation>incomplete</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/scoring_panel.py" line="211"/>
        <source>Ditandatangani oleh %1 (%2) pada %3. Rekaman hanya dapat dibaca.</source>
        <translation>Signed by %1 (%2) on %3. The record is read-only.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/scoring_panel.py" line="216"/>
        <source>Rekomendasi akhir: %1. Siap ditandatangani.</source>
        <translation>Overall recommendation: %1. Ready to sign.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/scoring_panel.py" line="219"/>
        <source>Belum ditandatangani.</source>
        <translation>Not signed yet.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/scoring_panel.py" line="256"/>
        <source>Buka kembali rekaman</source>
        <translation>Reopen the record</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/scoring_panel.py" line="257"/>
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
</TS>
