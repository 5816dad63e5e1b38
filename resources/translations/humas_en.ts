<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../humas_desktop/gui/about_dialog.py" line="16"/>
        <source>Versi %1</source>
        <translation>Version %1</translation>
    </message>
</context>
<context>
    <name>AddParticipantDialog</name>
    <message>
        <location filename="../../humas_desktop/gui/roster_edit_dialog.py" line="208"/>
        <source>Tambah peserta</source>
        <translation>Add participant</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/roster_edit_dialog.py" line="209"/>
        <source>Tambahkan</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/roster_edit_dialog.py" line="210"/>
        <source>peserta datang langsung di lokasi</source>
        <translation>participant came in person at the venue</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/roster_edit_dialog.py" line="212"/>
        <location filename="../../humas_desktop/gui/roster_edit_dialog.py" line="232"/>
        <source>Skema</source>
        <translation>Scheme</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/roster_edit_dialog.py" line="217"/>
        <source>(pilih skema)</source>
        <translation>(choose a scheme)</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/roster_edit_dialog.py" line="220"/>
        <location filename="../../humas_desktop/gui/roster_edit_dialog.py" line="230"/>
        <source>Asesor</source>
        <translation>Assessor</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/roster_edit_dialog.py" line="221"/>
        <source>(belum ditentukan)</source>
        <translation>(not yet decided)</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/roster_edit_dialog.py" line="224"/>
        <source>%1 (%2 asesi)</source>
        <translation>%1 (%2 participants)</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/roster_edit_dialog.py" line="237"/>
        <source>Alasan penambahan (wajib)</source>
        <translation>Reason for adding (required)</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/roster_edit_dialog.py" line="260"/>
        <source>Peserta no. %1 &quot;%2&quot; ditambahkan.</source>
        <translation>Participant no. %1 &quot;%2&quot; added.</translation>
    </message>
</context>
<context>
    <name>Ak01Dialog</name>
    <message>
        <location filename="../../humas_desktop/gui/apl_dialogs.py" line="277"/>
        <source>FR.AK.01 Persetujuan asesmen dan kerahasiaan — %1</source>
        <translation>FR.AK.01 Assessment agreement and confidentiality — %1</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/apl_dialogs.py" line="281"/>
        <source>Bukti yang akan dikumpulkan</source>
        <translation>Evidence to be collected</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/apl_dialogs.py" line="292"/>
        <source>Bukti lainnya</source>
        <translation>Other evidence</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/apl_dialogs.py" line="293"/>
        <source>Bukti lainnya: tuliskan apa</source>
        <translation>Other evidence: write what it is</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/apl_dialogs.py" line="310"/>
        <source>TUK</source>
        <translation>TUK</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/apl_dialogs.py" line="311"/>
        <source>Nama TUK</source>
        <translation>TUK name</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/apl_dialogs.py" line="312"/>
        <source>Hari/Tanggal</source>
        <translation>Day/Date</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/apl_dialogs.py" line="313"/>
        <source>Waktu</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/apl_dialogs.py" line="315"/>
        <source>Asesor</source>
        <translation>Assessor</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/apl_dialogs.py" line="317"/>
        <source>Asesi</source>
        <translation>Candidate</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/apl_dialogs.py" line="319"/>
        <source>Pernyataan ketidakberpihakan asesor</source>
        <translation>Assessor&apos;s impartiality declaration</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/apl_dialogs.py" line="322"/>
        <source>Asesi dan asesor menyetujui dan menandatangani FR.AK.01; asesor membuat pernyataan ketidakberpihakan dan kerahasiaan</source>
        <translation>The candidate and the assessor agree to and sign FR.AK.01; the assessor declares impartiality and confidentiality</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/apl_dialogs.py" line="335"/>
        <source>FR.AK.01 sudah ditandatangani asesi dan asesor (%1).</source>
        <translation>FR.AK.01 is already signed by the candidate and the assessor (%1).</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/apl_dialogs.py" line="352"/>
        <source>Centang persetujuan: asesi dan asesor menandatangani FR.AK.01.</source>
        <translation>Tick the agreement: the candidate and the assessor sign FR.AK.01.</translation>
    </message>
</context>
<context>
    <name>Apl01Dialog</name>
    <message>
        <location filename="../../humas_desktop/gui/apl_dialogs.py" line="79"/>
        <source>FR.APL.01 Permohonan sertifikasi — %1</source>
        <translation>FR.APL.01 Certification application — %1</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/apl_dialogs.py" line="95"/>
        <source>Tujuan asesmen</source>
        <translation>Assessment purpose</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/apl_dialogs.py" line="96"/>
        <source>Tujuan lainnya</source>
        <translation>Other purpose</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/apl_dialogs.py" line="97"/>
        <source>Telp. rumah</source>
        <translation>Home phone</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/apl_dialogs.py" line="98"/>
        <source>Telp. kantor</source>
        <translation>Office phone</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/apl_dialogs.py" line="99"/>
        <source>Kode pos kantor</source>
        <translation>Office postal code</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/apl_dialogs.py" line="100"/>
        <source>Fax kantor</source>
        <translation>Office fax</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/apl_dialogs.py" line="101"/>
        <source>E-mail kantor</source>
        <translation>Office e-mail</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/apl_dialogs.py" line="102"/>
        <source>Tanggal permohonan</source>
        <translation>Application date</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/apl_dialogs.py" line="105"/>
        <source>Bukti kelengkapan pemohon</source>
        <translation>Applicant&apos;s supporting documents</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/apl_dialogs.py" line="107"/>
        <source>Dokumen</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/apl_dialogs.py" line="107"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/apl_dialogs.py" line="107"/>
        <location filename="../../humas_desktop/gui/apl_dialogs.py" line="134"/>
        <source>Catatan</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/apl_dialogs.py" line="116"/>
        <source>Status %1</source>
        <translation>Status of %1</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/apl_dialogs.py" line="118"/>
        <source>Catatan %1</source>
        <translation>Notes on %1</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/apl_dialogs.py" line="125"/>
        <source>— belum diperiksa —</source>
        <translation>— not checked yet —</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/apl_dialogs.py" line="133"/>
        <source>Rekomendasi LSP</source>
        <translation>LSP recommendation</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/apl_dialogs.py" line="135"/>
        <source>Nama Admin LSP</source>
        <translation>LSP admin name</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/apl_dialogs.py" line="140"/>
        <source>Data pribadi dan pekerjaan dari daftar peserta: %1, %2, %3.</source>
        <translation>Personal and work data from the roster: %1, %2, %3.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/apl_dialogs.py" line="149"/>
        <source>FR.APL.01 dicatat koordinator; di salinan asesor hanya dapat dibaca.</source>
        <translation>FR.APL.01 is recorded by the coordinator; on an assessor&apos;s copy it is read-only.</translation>
    </message>
</context>
<context>
    <name>Apl02Dialog</name>
    <message>
        <location filename="../../humas_desktop/gui/apl_dialogs.py" line="187"/>
        <source>FR.APL.02 Asesmen mandiri — %1</source>
        <translation>FR.APL.02 Self-assessment — %1</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/apl_dialogs.py" line="189"/>
        <source>Isi dari formulir asesmen mandiri asesi: K/BK dan bukti yang relevan per unit. Tinjau lalu pilih apakah asesmen unit itu dapat dilanjutkan. Unit yang tidak dapat dilanjutkan tidak dinilai.</source>
        <translation>Fill in from the candidate&apos;s self-assessment form: K/BK and the relevant evidence per unit. Review it, then choose whether the assessment of that unit can go on. A unit that cannot go on is not scored.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/apl_dialogs.py" line="195"/>
        <source>Unit kompetensi</source>
        <translation>Competency unit</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/apl_dialogs.py" line="195"/>
        <source>Asesi: K/BK</source>
        <translation>Candidate: K/BK</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/apl_dialogs.py" line="196"/>
        <source>Bukti yang relevan</source>
        <translation>Relevant evidence</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/apl_dialogs.py" line="196"/>
        <source>Tinjauan asesor</source>
        <translation>Assessor&apos;s review</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/apl_dialogs.py" line="208"/>
        <source>Asesmen mandiri unit %1</source>
        <translation>Self-assessment of unit %1</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/apl_dialogs.py" line="210"/>
        <source>Bukti unit %1</source>
        <translation>Evidence for unit %1</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/apl_dialogs.py" line="213"/>
        <source>Asesmen dapat dilanjutkan</source>
        <translation>Assessment can go on</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/apl_dialogs.py" line="214"/>
        <source>Asesmen tidak dapat dilanjutkan</source>
        <translation>Assessment cannot go on</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/apl_dialogs.py" line="216"/>
        <source>Tinjauan asesor unit %1</source>
        <translation>Assessor&apos;s review of unit %1</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/apl_dialogs.py" line="244"/>
        <source>Isi K/BK asesi dan tinjauan asesor untuk setiap unit yang ditinjau (%1).</source>
        <translation>Fill in the candidate&apos;s K/BK and the assessor&apos;s review for every unit reviewed (%1).</translation>
    </message>
</context>
<context>
    <name>AppLock</name>
    <message>
        <location filename="../../humas_desktop/gui/app_lock.py" line="179"/>
        <location filename="../../humas_desktop/gui/app_lock.py" line="185"/>
        <source>Kunci aplikasi</source>
        <translation>Application lock</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/app_lock.py" line="180"/>
        <source>Frasa sandi saat ini:</source>
        <translation>Current passphrase:</translation>
    </message>
</context>
<context>
    <name>AppealDialog</name>
    <message>
        <location filename="../../humas_desktop/gui/appeal_dialog.py" line="232"/>
        <source>Banding asesmen (FR.AK.04)</source>
        <translation>Assessment appeals (FR.AK.04)</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/appeal_dialog.py" line="234"/>
        <source>Kasus banding</source>
        <translation>Appeal cases</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/appeal_dialog.py" line="236"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/appeal_dialog.py" line="236"/>
        <source>Asesi</source>
        <translation>Candidate</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/appeal_dialog.py" line="236"/>
        <source>Diterima</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/appeal_dialog.py" line="236"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/appeal_dialog.py" line="237"/>
        <location filename="../../humas_desktop/gui/appeal_dialog.py" line="361"/>
        <source>Tim banding</source>
        <translation>Appeal panel</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/appeal_dialog.py" line="237"/>
        <source>Keputusan</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/appeal_dialog.py" line="237"/>
        <source>Nomor SK</source>
        <translation>Decree number</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/appeal_dialog.py" line="247"/>
        <source>&amp;Ajukan banding…</source>
        <translation>&amp;File an appeal…</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/appeal_dialog.py" line="249"/>
        <source>Tetapkan &amp;tim…</source>
        <translation>Name the &amp;panel…</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/appeal_dialog.py" line="251"/>
        <source>Asesmen &amp;ulang…</source>
        <translation>&amp;Re-assessment…</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/appeal_dialog.py" line="253"/>
        <source>&amp;Putuskan…</source>
        <translation>&amp;Decide…</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/appeal_dialog.py" line="261"/>
        <source> hari</source>
        <translation> days</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/appeal_dialog.py" line="262"/>
        <source>Batas waktu banding</source>
        <translation>Appeal window</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/appeal_dialog.py" line="264"/>
        <source>Simpan &amp;batas waktu</source>
        <translation>Save the &amp;window</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/appeal_dialog.py" line="267"/>
        <source>Batas waktu banding sejak hasil asesmen:</source>
        <translation>Appeal window from the assessment result:</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/appeal_dialog.py" line="295"/>
        <source>Terbuka, asesmen ulang: sertifikat ditahan</source>
        <translation>Open, re-assessment: certificate held back</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/appeal_dialog.py" line="296"/>
        <source>Terbuka: sertifikat ditahan</source>
        <translation>Open: certificate held back</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/appeal_dialog.py" line="297"/>
        <source>Diputuskan</source>
        <translation>Decided</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/appeal_dialog.py" line="303"/>
        <source>Banding diterima</source>
        <translation>Appeal upheld</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/appeal_dialog.py" line="303"/>
        <source>Banding ditolak</source>
        <translation>Appeal dismissed</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/appeal_dialog.py" line="307"/>
        <source>(belum ditetapkan)</source>
        <translation>(not named yet)</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/appeal_dialog.py" line="326"/>
        <source>Belum ada kasus banding.</source>
        <translation>No appeal cases yet.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/appeal_dialog.py" line="329"/>
        <source>Alasan: %1
Jawaban: %2
Batas waktu: %3 hari sejak hasil asesmen.</source>
        <translation>Reason: %1
Answers: %2
Window: %3 days from the assessment result.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/appeal_dialog.py" line="333"/>
        <source>Asesmen ulang sudah diperintahkan untuk kasus ini.</source>
        <translation>A re-assessment has been ordered for this case.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/appeal_dialog.py" line="335"/>
        <source>Catatan keputusan: %1</source>
        <translation>Decision notes: %1</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/appeal_dialog.py" line="352"/>
        <source>Banding dicatat; sertifikat asesi ditahan sampai diputuskan.</source>
        <translation>Appeal recorded; the candidate&apos;s certificate is held back until it is decided.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/appeal_dialog.py" line="362"/>
        <source>Nama anggota tim banding (dipisah titik koma):</source>
        <translation>Names of the appeal panel members (separated by semicolons):</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/appeal_dialog.py" line="372"/>
        <source>Tim banding disimpan.</source>
        <translation>Appeal panel saved.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/appeal_dialog.py" line="384"/>
        <source>Asesmen ulang</source>
        <translation>Re-assessment</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/appeal_dialog.py" line="385"/>
        <source>Asesor asesmen ulang:</source>
        <translation>Re-assessment assessor:</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/appeal_dialog.py" line="394"/>
        <source>Asesmen ulang dibuat; sertifikat tetap ditahan sampai banding diputuskan.</source>
        <translation>Re-assessment created; the certificate stays held back until the appeal is decided.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/appeal_dialog.py" line="403"/>
        <source>Keputusan banding disimpan.</source>
        <translation>Appeal decision saved.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/appeal_dialog.py" line="411"/>
        <source>Batas waktu banding disimpan: %1 hari.</source>
        <translation>Appeal window saved: %1 days.</translation>
    </message>
</context>
<context>
    <name>AssignAssessorDialog</name>
    <message>
        <location filename="../../humas_desktop/gui/roster_edit_dialog.py" line="282"/>
        <source>Tetapkan asesor</source>
        <translation>Assign assessor</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/roster_edit_dialog.py" line="283"/>
        <source>Asesor utama untuk %1 peserta terpilih:</source>
        <translation>Primary assessor for the %1 selected participants:</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/roster_edit_dialog.py" line="287"/>
        <source>Asesor</source>
        <translation>Assessor</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/roster_edit_dialog.py" line="289"/>
        <source>%1 (%2 asesi)</source>
        <translation>%1 (%2 participants)</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/roster_edit_dialog.py" line="295"/>
        <source>Tetapkan</source>
        <translation>Assign</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/roster_edit_dialog.py" line="297"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/roster_edit_dialog.py" line="321"/>
        <source>%1 peserta kini dinilai %2.</source>
        <translation>%1 participants are now assessed by %2.</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <location filename="../../humas_desktop/gui/backup_dialogs.py" line="36"/>
        <source>otomatis</source>
        <translation>automatic</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/backup_dialogs.py" line="37"/>
        <source>saat ditutup</source>
        <translation>on closing</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/backup_dialogs.py" line="38"/>
        <source>manual</source>
        <translation>manual</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/backup_dialogs.py" line="39"/>
        <source>acara ditutup</source>
        <translation>event closed</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/backup_dialogs.py" line="40"/>
        <source>sebelum impor</source>
        <translation>before import</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/backup_dialogs.py" line="41"/>
        <source>sebelum penggabungan</source>
        <translation>before merge</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/backup_dialogs.py" line="42"/>
        <source>sebelum pembaruan skema</source>
        <translation>before schema update</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/backup_dialogs.py" line="43"/>
        <source>sebelum penghapusan data</source>
        <translation>before data purge</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/backup_dialogs.py" line="44"/>
        <source>sebelum pemulihan</source>
        <translation>before restore</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/backup_dialogs.py" line="45"/>
        <source>uji mandiri</source>
        <translation>self-test</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/backup_dialogs.py" line="48"/>
        <location filename="../../humas_desktop/gui/backup_dialogs.py" line="186"/>
        <source>peserta</source>
        <translation>participants</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/backup_dialogs.py" line="49"/>
        <source>asesmen</source>
        <translation>assessments</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/backup_dialogs.py" line="50"/>
        <source>jawaban</source>
        <translation>answers</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/backup_dialogs.py" line="51"/>
        <location filename="../../humas_desktop/gui/backup_dialogs.py" line="188"/>
        <source>keputusan</source>
        <translation>decisions</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/backup_dialogs.py" line="52"/>
        <source>sertifikat</source>
        <translation>certificates</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/backup_dialogs.py" line="53"/>
        <source>entri jejak audit</source>
        <translation>audit trail entries</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/backup_dialogs.py" line="68"/>
        <source>Berkas acara saat ini tidak dapat dibaca; cadangan ini menggantikannya. Berkas saat ini disimpan di samping, tidak dihapus.</source>
        <translation>The current event file cannot be read; this backup replaces it. The current file is kept aside, not deleted.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/backup_dialogs.py" line="75"/>
        <source>Tidak ada data yang hilang: cadangan ini memuat semua yang ada sekarang.</source>
        <translation>No data would be lost: this backup holds everything there is now.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/backup_dialogs.py" line="79"/>
        <source>Yang akan hilang bila dipulihkan: </source>
        <translation>What would be lost by restoring: </translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/backup_dialogs.py" line="82"/>
        <source>Berkas saat ini disimpan di samping, tidak dihapus.</source>
        <translation>The current file is kept aside, not deleted.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/backup_dialogs.py" line="172"/>
        <source>Berkas acara bermasalah</source>
        <translation>Problem with the event file</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/backup_dialogs.py" line="177"/>
        <source>Belum ada cadangan yang utuh. Berkas tidak dibuka dan tidak diubah.</source>
        <translation>There is no intact backup yet. The file was not opened and not changed.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/backup_dialogs.py" line="185"/>
        <source>Cadangan terbaru yang utuh: </source>
        <translation>Newest intact backup: </translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/backup_dialogs.py" line="190"/>
        <source>Pulihkan dari cadangan ini? Berkas yang rusak disimpan di samping (.corrupt), tidak dihapus.</source>
        <translation>Restore from this backup? The damaged file is kept aside (.corrupt), not deleted.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/backup_dialogs.py" line="195"/>
        <source>Pulihkan cadangan</source>
        <translation>Restore backup</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/backup_dialogs.py" line="196"/>
        <source>Jangan buka sekarang</source>
        <translation>Do not open now</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/backup_dialogs.py" line="257"/>
        <source>Cadangan otomatis gagal.</source>
        <translation>Automatic backup failed.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/backup_dialogs.py" line="274"/>
        <location filename="../../humas_desktop/gui/backup_dialogs.py" line="280"/>
        <source>Berkas acara hilang</source>
        <translation>Event file missing</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/backup_dialogs.py" line="315"/>
        <source>Cadangkan sekarang</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/backup_dialogs.py" line="316"/>
        <location filename="../../humas_desktop/gui/backup_dialogs.py" line="343"/>
        <source>Belum ada acara terbuka.</source>
        <translation>No event is open yet.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/backup_dialogs.py" line="324"/>
        <source>Cadangan dibuat: </source>
        <translation>Backup made: </translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/backup_dialogs.py" line="328"/>
        <location filename="../../humas_desktop/gui/backup_dialogs.py" line="329"/>
        <location filename="../../humas_desktop/gui/backup_dialogs.py" line="334"/>
        <source>Cadangan gagal</source>
        <translation>Backup failed</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/backup_dialogs.py" line="332"/>
        <source>Mencadangkan acara…</source>
        <translation>Backing up the event…</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/backup_dialogs.py" line="342"/>
        <location filename="../../humas_desktop/gui/backup_dialogs.py" line="348"/>
        <source>Pulihkan dari cadangan</source>
        <translation>Restore from backup</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/backup_dialogs.py" line="349"/>
        <source>Belum ada cadangan untuk acara ini.</source>
        <translation>There is no backup of this event yet.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/backup_dialogs.py" line="358"/>
        <source>Pemulihan gagal</source>
        <translation>Restore failed</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/backup_dialogs.py" line="362"/>
        <source>Acara dipulihkan dari cadangan.</source>
        <translation>Event restored from backup.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/backup_dialogs.py" line="298"/>
        <source>Cadangkan &amp;sekarang</source>
        <translation>&amp;Back up now</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/backup_dialogs.py" line="300"/>
        <source>&amp;Pulihkan dari cadangan…</source>
        <translation>&amp;Restore from backup…</translation>
    </message>
</context>
<context>
    <name>BlankoDialog</name>
    <message>
        <location filename="../../humas_desktop/gui/blanko_dialog.py" line="37"/>
        <source>Catat nomor blanko</source>
        <translation>Record blanko serials</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/blanko_dialog.py" line="40"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/blanko_dialog.py" line="40"/>
        <source>Nama pada sertifikat</source>
        <translation>Name on certificate</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/blanko_dialog.py" line="41"/>
        <source>Nomor sertifikat</source>
        <translation>Certificate number</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/blanko_dialog.py" line="42"/>
        <source>Nomor seri blanko</source>
        <translation>Blanko serial number</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/blanko_dialog.py" line="43"/>
        <source>Nomor seri blanko per sertifikat</source>
        <translation>Blanko serial number per certificate</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/blanko_dialog.py" line="55"/>
        <source>Alasan mengganti blanko</source>
        <translation>Reason for replacing the blanko</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/blanko_dialog.py" line="56"/>
        <source>mis. blanko rusak saat dicetak</source>
        <translation>e.g. blanko spoiled while printing</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/blanko_dialog.py" line="58"/>
        <source>Alasan (bila mengganti blanko yang sudah tercatat)</source>
        <translation>Reason (when replacing a blanko already recorded)</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/blanko_dialog.py" line="59"/>
        <source>Satu nomor blanko hanya untuk satu sertifikat. Nomor dicatat di berkas acara (jejak audit) dan di registri LSP bila acara dinomori dari registri.</source>
        <translation>One blanko serial carries one certificate. The serial is recorded in the event file (audit trail) and in the LSP registry when the event was numbered from it.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/blanko_dialog.py" line="62"/>
        <source>Belum ada sertifikat bernomor: tutup sesi dulu.</source>
        <translation>No numbered certificates yet: close the session first.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/blanko_dialog.py" line="66"/>
        <source>Sertifikat ditahan karena banding (FR.AK.04) belum diputuskan: %1</source>
        <translation>Certificates held back because an appeal (FR.AK.04) is not decided yet: %1</translation>
    </message>
</context>
<context>
    <name>BusyDialog</name>
    <message>
        <location filename="../../humas_desktop/gui/busy_dialog.py" line="46"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>CloseDialog</name>
    <message>
        <location filename="../../humas_desktop/gui/close_dialog.py" line="55"/>
        <source>Tutup sesi</source>
        <translation>Close session</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/close_dialog.py" line="68"/>
        <source>&lt;b&gt;Syarat penutupan&lt;/b&gt;</source>
        <translation>&lt;b&gt;Closing requirements&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/close_dialog.py" line="73"/>
        <source>Keputusan LSP (rekomendasi asesor sebagai bawaan; konfirmasi tiap baris)</source>
        <translation>LSP decision (assessor recommendation by default; confirm each row)</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/close_dialog.py" line="77"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/close_dialog.py" line="77"/>
        <source>Nama asesi</source>
        <translation>Candidate name</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/close_dialog.py" line="78"/>
        <source>Rekomendasi</source>
        <translation>Recommendation</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/close_dialog.py" line="78"/>
        <source>Keputusan</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/close_dialog.py" line="79"/>
        <source>Dikonfirmasi</source>
        <translation>Confirmed</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/close_dialog.py" line="90"/>
        <source>Konfirmasi semua</source>
        <translation>Confirm all</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/close_dialog.py" line="98"/>
        <source>Komite Teknis</source>
        <translation>Technical Committee</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/close_dialog.py" line="99"/>
        <source>Tanggal rapat pleno</source>
        <translation>Plenary meeting date</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/close_dialog.py" line="100"/>
        <source>Nomor SK</source>
        <translation>SK number</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/close_dialog.py" line="101"/>
        <source>Diputuskan oleh</source>
        <translation>Decided by</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/close_dialog.py" line="105"/>
        <source>Simpan keputusan</source>
        <translation>Save decisions</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/close_dialog.py" line="112"/>
        <source>Penomoran sertifikat</source>
        <translation>Certificate numbering</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/close_dialog.py" line="144"/>
        <source>Pola nomor sertifikat</source>
        <translation>Certificate number pattern</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/close_dialog.py" line="146"/>
        <source>Pola nomor registrasi</source>
        <translation>Registration number pattern</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/close_dialog.py" line="148"/>
        <source>Kode bidang</source>
        <translation>Field code</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/close_dialog.py" line="148"/>
        <source>Nomor lisensi LSP</source>
        <translation>LSP licence number</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/close_dialog.py" line="145"/>
        <source>Nomor urut sertifikat berikutnya</source>
        <translation>Next certificate sequence number</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/close_dialog.py" line="147"/>
        <source>Nomor urut registrasi berikutnya</source>
        <translation>Next registration sequence number</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/close_dialog.py" line="171"/>
        <source>Konfirmasi penutupan</source>
        <translation>Confirm closing</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/close_dialog.py" line="178"/>
        <source>Ya, tutup sesi dan beri nomor</source>
        <translation>Yes, close the session and number</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/close_dialog.py" line="179"/>
        <source>Kembali</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/close_dialog.py" line="190"/>
        <source>Alasan membuka kembali</source>
        <translation>Reason for reopening</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/close_dialog.py" line="191"/>
        <source>Buka kembali sesi</source>
        <translation>Reopen session</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/close_dialog.py" line="196"/>
        <source>Tutup sesi…</source>
        <translation>Close session…</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/close_dialog.py" line="199"/>
        <source>Lanjut ke Ekspor</source>
        <translation>Continue to Export</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/close_dialog.py" line="202"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/close_dialog.py" line="227"/>
        <source>(belum)</source>
        <translation>(not yet)</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/close_dialog.py" line="247"/>
        <source>%1 peserta sudah ditandatangani asesor tetapi kehadirannya belum diisi (no. %2): tandai Hadir di daftar peserta agar tercantum.</source>
        <translation>%1 participants are signed by their assessor but their attendance is not filled in (no. %2): mark them Present in the participant list to list them.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/close_dialog.py" line="252"/>
        <source>%1 peserta sudah ditandatangani tetapi ditandai tidak hadir (no. %2): periksa kehadirannya.</source>
        <translation>%1 participants are signed but marked absent (no. %2): check their attendance.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/close_dialog.py" line="267"/>
        <location filename="../../humas_desktop/gui/close_dialog.py" line="448"/>
        <source> (peserta no. %1)</source>
        <translation> (participant no. %1)</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/close_dialog.py" line="270"/>
        <source>Semua syarat terpenuhi.</source>
        <translation>All requirements are met.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/close_dialog.py" line="321"/>
        <source>Belum ada keputusan yang dikonfirmasi.</source>
        <translation>No decisions have been confirmed yet.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../humas_desktop/gui/close_dialog.py" line="330"/>
        <source>%n keputusan disimpan.</source>
        <translation>
            <numerusform>%n decision saved.</numerusform>
            <numerusform>%n decisions saved.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/close_dialog.py" line="368"/>
        <source>Tutup sesi sekarang? %1 sertifikat akan diberi nomor (keputusan K: %2, BK: %3).</source>
        <translation>Close the session now? %1 certificates will be numbered (decisions K: %2, BK: %3).</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/close_dialog.py" line="372"/>
        <source>%1 sertifikat ditahan sampai bandingnya diputuskan.</source>
        <translation>%1 certificates are held until their appeal is decided.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/close_dialog.py" line="374"/>
        <source>Nomor diambil dari registri LSP.</source>
        <translation>The numbers come from the LSP registry.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/close_dialog.py" line="375"/>
        <source>Setelah ditutup, data acara tidak dapat diubah kecuali sesi dibuka kembali dengan alasan.</source>
        <translation>Once closed, the event&apos;s data cannot be changed unless the session is reopened with a reason.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../humas_desktop/gui/close_dialog.py" line="401"/>
        <source>Sesi ditutup; %n sertifikat bernomor.</source>
        <translation>
            <numerusform>Session closed; %n certificate numbered.</numerusform>
            <numerusform>Session closed; %n certificates numbered.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/close_dialog.py" line="415"/>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/close_dialog.py" line="424"/>
        <source>Nomor: %1 s.d. %2.</source>
        <translation>Numbers: %1 to %2.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/close_dialog.py" line="426"/>
        <source>Nomor: %1.</source>
        <translation>Number: %1.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/close_dialog.py" line="429"/>
        <source>… dan %1 lainnya (lihat Ekspor).</source>
        <translation>… and %1 more (see Export).</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/close_dialog.py" line="446"/>
        <source>Identitas berubah setelah tanda tangan</source>
        <translation>Identity changed after signing</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/close_dialog.py" line="449"/>
        <source>Alasan perubahan (dicatat di log audit):</source>
        <translation>Reason for the change (recorded in the audit log):</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/close_dialog.py" line="475"/>
        <source>Pemegang sertifikat aktif</source>
        <translation>Holder of an active certificate</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/close_dialog.py" line="476"/>
        <source>Alasan menerbitkan sertifikat lagi:</source>
        <translation>Reason for issuing another certificate:</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/close_dialog.py" line="492"/>
        <source>Sesi dibuka kembali.</source>
        <translation>Session reopened.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/close_dialog.py" line="139"/>
        <location filename="../../humas_desktop/gui/close_dialog.py" line="158"/>
        <source>Alamat halaman verifikasi</source>
        <translation>Verification page address</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/close_dialog.py" line="156"/>
        <source>Tanggal terbit sertifikat = tanggal rapat pleno.</source>
        <translation>Certificate issue date = plenary meeting date.</translation>
    </message>
</context>
<context>
    <name>CompletenessDialog</name>
    <message>
        <location filename="../../humas_desktop/gui/completeness_dialog.py" line="50"/>
        <source>Kelengkapan hasil asesmen</source>
        <translation>Assessment results completeness</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/completeness_dialog.py" line="58"/>
        <source>Tidak hadir</source>
        <translation>Absent</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/completeness_dialog.py" line="59"/>
        <source>Mengundurkan diri</source>
        <translation>Withdrew</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/completeness_dialog.py" line="61"/>
        <source>Alasan (wajib)</source>
        <translation>Reason (required)</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/completeness_dialog.py" line="62"/>
        <source>Tandai asesi</source>
        <translation>Mark candidate</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/completeness_dialog.py" line="109"/>
        <source>%1 dari %2 hasil ditandatangani; %3 belum lengkap; %4 konflik terbuka.</source>
        <translation>%1 of %2 results signed; %3 incomplete; %4 open conflicts.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/completeness_dialog.py" line="122"/>
        <source>Pilih sel asesi dulu (Ctrl+klik untuk beberapa asesi).</source>
        <translation>Select a participant cell first (Ctrl+click for several).</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/completeness_dialog.py" line="136"/>
        <source>%1 asesi ditandai.</source>
        <translation>%1 participant(s) marked.</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../humas_desktop/gui/merge_dialogs.py" line="104"/>
        <source>Konflik penggabungan</source>
        <translation>Merge conflicts</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/merge_dialogs.py" line="109"/>
        <source>Jenis</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/merge_dialogs.py" line="110"/>
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/merge_dialogs.py" line="111"/>
        <source>Di laptop ini</source>
        <translation>On this laptop</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/merge_dialogs.py" line="112"/>
        <source>Versi masuk</source>
        <translation>Incoming version</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/merge_dialogs.py" line="121"/>
        <source>Pakai versi di laptop ini</source>
        <translation>Use the version on this laptop</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/merge_dialogs.py" line="122"/>
        <location filename="../../humas_desktop/gui/merge_dialogs.py" line="178"/>
        <source>Pakai versi masuk</source>
        <translation>Use the incoming version</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/merge_dialogs.py" line="127"/>
        <source>Alasan (wajib)</source>
        <translation>Reason (required)</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/merge_dialogs.py" line="128"/>
        <source>Selesaikan</source>
        <translation>Resolve</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/merge_dialogs.py" line="168"/>
        <source>%1 konflik terbuka.</source>
        <translation>%1 open conflicts.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/merge_dialogs.py" line="107"/>
        <source>Asesi</source>
        <translation>Participant</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/merge_dialogs.py" line="108"/>
        <source>Dikirim oleh</source>
        <translation>Sent by</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/merge_dialogs.py" line="155"/>
        <source>No. %1 %2</source>
        <translation>No. %1 %2</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/merge_dialogs.py" line="181"/>
        <source>Pakai versi dari %1</source>
        <translation>Use the version from %1</translation>
    </message>
</context>
<context>
    <name>DayStrip</name>
    <message>
        <location filename="../../humas_desktop/gui/day_strip.py" line="28"/>
        <source>Urutan asesmen peserta</source>
        <translation>Candidate&apos;s assessment steps</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/day_strip.py" line="42"/>
        <source>Langkah berikutnya</source>
        <translation>Next step</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/day_strip.py" line="45"/>
        <source>FR.APL.01 Permohonan…</source>
        <translation>FR.APL.01 Application…</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/day_strip.py" line="46"/>
        <source>FR.APL.02 Asesmen mandiri…</source>
        <translation>FR.APL.02 Self-assessment…</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/day_strip.py" line="47"/>
        <source>FR.AK.01 Persetujuan…</source>
        <translation>FR.AK.01 Agreement…</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/day_strip.py" line="51"/>
        <source>FR.APL.01 permohonan sertifikasi (Alt+1)</source>
        <translation>FR.APL.01 certification application (Alt+1)</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/day_strip.py" line="52"/>
        <source>FR.APL.02 asesmen mandiri dan tinjauan asesor (Alt+2)</source>
        <translation>FR.APL.02 self-assessment and the assessor&apos;s review (Alt+2)</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/day_strip.py" line="53"/>
        <source>FR.AK.01 persetujuan asesmen dan kerahasiaan (Alt+3)</source>
        <translation>FR.AK.01 assessment agreement and confidentiality (Alt+3)</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/day_strip.py" line="70"/>
        <source>APL</source>
        <translation>APL</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/day_strip.py" line="70"/>
        <source>Hasil</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/day_strip.py" line="73"/>
        <source>selesai</source>
        <translation>done</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/day_strip.py" line="73"/>
        <source>terbuka</source>
        <translation>open</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/day_strip.py" line="74"/>
        <source>belum terbuka</source>
        <translation>not open yet</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/day_strip.py" line="74"/>
        <source>berhenti</source>
        <translation>stopped</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/day_strip.py" line="75"/>
        <source>tidak ada</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/day_strip.py" line="92"/>
        <source>Semua langkah yang terbuka sudah selesai.</source>
        <translation>Every open step is done.</translation>
    </message>
</context>
<context>
    <name>DecideAppealDialog</name>
    <message>
        <location filename="../../humas_desktop/gui/appeal_dialog.py" line="178"/>
        <source>Keputusan banding (FR.AK.04)</source>
        <translation>Appeal decision (FR.AK.04)</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/appeal_dialog.py" line="181"/>
        <source>Tim banding</source>
        <translation>Appeal panel</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/appeal_dialog.py" line="182"/>
        <source>Tim banding (dipisah titik koma)</source>
        <translation>Appeal panel (separated by semicolons)</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/appeal_dialog.py" line="184"/>
        <location filename="../../humas_desktop/gui/appeal_dialog.py" line="187"/>
        <source>Keputusan banding</source>
        <translation>Appeal decision</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/appeal_dialog.py" line="185"/>
        <source>Banding diterima</source>
        <translation>Appeal upheld</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/appeal_dialog.py" line="186"/>
        <source>Banding ditolak</source>
        <translation>Appeal dismissed</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/appeal_dialog.py" line="189"/>
        <location filename="../../humas_desktop/gui/appeal_dialog.py" line="190"/>
        <source>Nomor SK hasil banding</source>
        <translation>Appeal decision decree number</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/appeal_dialog.py" line="194"/>
        <source>Tanggal keputusan</source>
        <translation>Decision date</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/appeal_dialog.py" line="196"/>
        <location filename="../../humas_desktop/gui/appeal_dialog.py" line="198"/>
        <source>Catatan keputusan</source>
        <translation>Decision notes</translation>
    </message>
</context>
<context>
    <name>DocumentSettings</name>
    <message>
        <location filename="../../humas_desktop/gui/document_settings_dialog.py" line="35"/>
        <source>Ketua/Direktur LSP (sertifikat)</source>
        <translation>LSP chair/director (certificate)</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/document_settings_dialog.py" line="36"/>
        <source>Manajer Sertifikasi</source>
        <translation>Certification manager</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/document_settings_dialog.py" line="37"/>
        <source>Penanggung jawab kegiatan</source>
        <translation>Person responsible for the event</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/document_settings_dialog.py" line="38"/>
        <source>Jabatan penanggung jawab kegiatan</source>
        <translation>Responsible person&apos;s position</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/document_settings_dialog.py" line="40"/>
        <source>Pukul pelaksanaan (berita acara)</source>
        <translation>Time of the assessment (minutes)</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/document_settings_dialog.py" line="41"/>
        <source>Alamat LSP (kop surat)</source>
        <translation>LSP address (letterhead)</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/document_settings_dialog.py" line="42"/>
        <source>Cetak sertifikat: polos atau blanko</source>
        <translation>Certificate printing: polos (plain paper) or blanko</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/document_settings_dialog.py" line="44"/>
        <source>Penanda tangan sertifikat: ketua atau direktur</source>
        <translation>Certificate signatory: ketua (chair) or direktur (director)</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/document_settings_dialog.py" line="46"/>
        <source>Printer blanko yang dipakai</source>
        <translation>Printer used for the blanko</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/document_settings_dialog.py" line="47"/>
        <source>Kode jadwal BNSP</source>
        <translation>BNSP schedule code</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/document_settings_dialog.py" line="48"/>
        <source>Kode sumber anggaran</source>
        <translation>Funding source code</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/document_settings_dialog.py" line="49"/>
        <source>Kode kementerian</source>
        <translation>Ministry code</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/document_settings_dialog.py" line="50"/>
        <source>Kode pendidikan (nama = kode)</source>
        <translation>Education codes (name = code)</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/document_settings_dialog.py" line="51"/>
        <source>Kode pekerjaan (nama = kode)</source>
        <translation>Occupation codes (name = code)</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/document_settings_dialog.py" line="52"/>
        <source>Edisi/revisi formulir (kode formulir = edisi)</source>
        <translation>Form edition/revision (form code = edition)</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/document_settings_dialog.py" line="54"/>
        <source>Geser cetak blanko per printer (printer = kanan, bawah dalam mm)</source>
        <translation>Blanko print offset per printer (printer = right, down in mm)</translation>
    </message>
</context>
<context>
    <name>DocumentSettingsDialog</name>
    <message>
        <location filename="../../humas_desktop/gui/document_settings_dialog.py" line="73"/>
        <source>Pengaturan dokumen</source>
        <translation>Document settings</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/document_settings_dialog.py" line="112"/>
        <source>Muat dari berkas…</source>
        <translation>Load from file…</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/document_settings_dialog.py" line="113"/>
        <source>Muat dari berkas</source>
        <translation>Load from file</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/document_settings_dialog.py" line="123"/>
        <source>Kosong: PP 10/2018, peraturan BNSP dan lisensi LSP (bawaan). Satu peraturan per baris.</source>
        <translation>Empty: PP 10/2018, the BNSP rules and the LSP&apos;s licence (default). One regulation per line.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/document_settings_dialog.py" line="127"/>
        <source>Nama = Jabatan, satu anggota per baris. Kosong: baris kosong untuk diisi tangan.</source>
        <translation>Name = Role, one member per line. Empty: blank lines to fill in by hand.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/document_settings_dialog.py" line="129"/>
        <source>Dasar hukum SK (Mengingat)</source>
        <translation>Legal basis of the decree (Mengingat)</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/document_settings_dialog.py" line="130"/>
        <source>Komite rapat pleno</source>
        <translation>Plenary committee</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/document_settings_dialog.py" line="137"/>
        <source>Pilih logo LSP…</source>
        <translation>Choose LSP logo…</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/document_settings_dialog.py" line="138"/>
        <location filename="../../humas_desktop/gui/document_settings_dialog.py" line="178"/>
        <source>Pilih logo LSP</source>
        <translation>Choose LSP logo</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/document_settings_dialog.py" line="142"/>
        <source>Logo LSP (PNG/JPEG)</source>
        <translation>LSP logo (PNG/JPEG)</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/document_settings_dialog.py" line="144"/>
        <source>Nama penandatangan dicetak pada sertifikat dan berita acara; kode BNSP yang tidak diketahui dibiarkan kosong di lembar unggah.</source>
        <translation>Signer names are printed on the certificates and the official minutes; unknown BNSP codes are left blank in the upload sheet.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/document_settings_dialog.py" line="175"/>
        <source>Logo tersimpan</source>
        <translation>Logo saved</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/document_settings_dialog.py" line="175"/>
        <source>Belum ada logo</source>
        <translation>No logo yet</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/document_settings_dialog.py" line="179"/>
        <source>Gambar (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/document_settings_dialog.py" line="195"/>
        <source>Muat daftar kode</source>
        <translation>Load code list</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/document_settings_dialog.py" line="196"/>
        <source>Daftar kode (*.xlsx *.csv)</source>
        <translation>Code list (*.xlsx *.csv)</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/document_settings_dialog.py" line="209"/>
        <source>{count} kode dimuat dari {name}; tekan Simpan untuk menyimpan.</source>
        <translation>{count} codes loaded from {name}; press Save to keep them.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../humas_desktop/gui/errors.py" line="155"/>
        <source>Terjadi kesalahan</source>
        <translation>An error occurred</translation>
    </message>
</context>
<context>
    <name>EvidenceTable</name>
    <message>
        <location filename="../../humas_desktop/gui/interview.py" line="143"/>
        <source>Bukti portofolio</source>
        <translation>Portfolio evidence</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/interview.py" line="143"/>
        <source>Valid</source>
        <translation>Valid</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/interview.py" line="143"/>
        <source>Asli</source>
        <translation>Authentic</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/interview.py" line="144"/>
        <source>Terkini</source>
        <translation>Current</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/interview.py" line="144"/>
        <source>Memadai</source>
        <translation>Sufficient</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/interview.py" line="147"/>
        <source>Bukti portofolio unit %1</source>
        <translation>Portfolio evidence for unit %1</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/interview.py" line="155"/>
        <source>Tambah bukti</source>
        <translation>Add evidence</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/interview.py" line="156"/>
        <source>Ubah nama</source>
        <translation>Rename</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/interview.py" line="157"/>
        <source>Hapus</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/interview.py" line="208"/>
        <source>Bukti baru</source>
        <translation>New evidence</translation>
    </message>
</context>
<context>
    <name>EvidenceType</name>
    <message>
        <location filename="../../humas_desktop/gui/scoring_panel.py" line="29"/>
        <source>Observasi</source>
        <translation>Observation</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/scoring_panel.py" line="30"/>
        <source>Portofolio</source>
        <translation>Portfolio</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/scoring_panel.py" line="31"/>
        <source>Pihak ketiga</source>
        <translation>Third party</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/scoring_panel.py" line="32"/>
        <source>Wawancara</source>
        <translation>Interview</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/scoring_panel.py" line="33"/>
        <source>Lisan</source>
        <translation>Oral</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/scoring_panel.py" line="34"/>
        <source>Tertulis</source>
        <translation>Written</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/scoring_panel.py" line="35"/>
        <source>Proyek</source>
        <translation>Project</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/scoring_panel.py" line="36"/>
        <source>Lainnya</source>
        <translation>Other</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../humas_desktop/gui/export_dialog.py" line="54"/>
        <location filename="../../humas_desktop/gui/export_dialog.py" line="169"/>
        <source>Ekspor dokumen</source>
        <translation>Export documents</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/export_dialog.py" line="63"/>
        <source>Juga satu PDF per peserta</source>
        <translation>Also one PDF per participant</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/export_dialog.py" line="66"/>
        <source>Tandatangani kode QR sertifikat dengan kunci LSP</source>
        <translation>Sign certificate QR codes with the LSP key</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/export_dialog.py" line="76"/>
        <source>Folder tujuan:</source>
        <translation>Destination folder:</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/export_dialog.py" line="78"/>
        <source>Folder tujuan</source>
        <translation>Destination folder</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/export_dialog.py" line="80"/>
        <source>Pilih…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/export_dialog.py" line="92"/>
        <source>Catat nomor blanko…</source>
        <translation>Record blanko serials…</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/export_dialog.py" line="97"/>
        <source>Ekspor</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/export_dialog.py" line="99"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/export_dialog.py" line="138"/>
        <source>Pilih folder tujuan</source>
        <translation>Choose the destination folder</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/export_dialog.py" line="150"/>
        <source>Pilih folder tujuan dan paling sedikit satu dokumen.</source>
        <translation>Choose a destination folder and at least one document.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/export_dialog.py" line="161"/>
        <source>Ekspor dibatalkan: kunci LSP tidak dibuka.</source>
        <translation>Export cancelled: the LSP key was not unlocked.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/export_dialog.py" line="168"/>
        <source>Mengekspor…</source>
        <translation>Exporting…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../humas_desktop/gui/export_dialog.py" line="201"/>
        <location filename="../../humas_desktop/gui/export_dialog.py" line="221"/>
        <source>%n berkas ditulis.</source>
        <translation>
            <numerusform>%n file written.</numerusform>
            <numerusform>%n files written.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/export_dialog.py" line="220"/>
        <source>Ekspor dibatalkan; berkas yang belum selesai tidak ditulis.</source>
        <translation>Export cancelled; unfinished files were not written.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/export_dialog.py" line="70"/>
        <source>Sertifikat sebagai draf tanpa tanda tangan (bertanda DRAF)</source>
        <translation>Certificates as an unsigned draft (marked DRAF)</translation>
    </message>
</context>
<context>
    <name>FeedbackDialog</name>
    <message>
        <location filename="../../humas_desktop/gui/feedback_dialog.py" line="36"/>
        <source>Umpan balik asesi (FR.AK.03)</source>
        <translation>Participant feedback (FR.AK.03)</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/feedback_dialog.py" line="38"/>
        <location filename="../../humas_desktop/gui/feedback_dialog.py" line="72"/>
        <source>Asesi</source>
        <translation>Participant</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/feedback_dialog.py" line="42"/>
        <location filename="../../humas_desktop/gui/feedback_dialog.py" line="88"/>
        <source>Umpan balik dari Asesi</source>
        <translation>Feedback from the participant</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/feedback_dialog.py" line="100"/>
        <source>Komponen</source>
        <translation>Statement</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/feedback_dialog.py" line="100"/>
        <source>Ya / Tidak</source>
        <translation>Yes / No</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/feedback_dialog.py" line="101"/>
        <source>Catatan/Komentar Asesi</source>
        <translation>Participant&apos;s notes/comments</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/feedback_dialog.py" line="108"/>
        <source>Ya</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/feedback_dialog.py" line="109"/>
        <source>Tidak</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/feedback_dialog.py" line="110"/>
        <source>Jawaban pernyataan %1</source>
        <translation>Answer to statement %1</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/feedback_dialog.py" line="113"/>
        <source>Catatan pernyataan %1</source>
        <translation>Comment on statement %1</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/feedback_dialog.py" line="56"/>
        <source>Catatan/komentar lainnya</source>
        <translation>Other notes/comments</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/feedback_dialog.py" line="59"/>
        <source>Nama atau paraf asesi</source>
        <translation>Participant&apos;s name or mark</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/feedback_dialog.py" line="61"/>
        <source>Catatan/komentar lainnya (apabila ada)</source>
        <translation>Other notes/comments (if any)</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/feedback_dialog.py" line="62"/>
        <source>Nama atau paraf asesi (tanda tangan)</source>
        <translation>Participant&apos;s name or mark (signature)</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/feedback_dialog.py" line="80"/>
        <source>Belum ada asesi yang rekomendasinya sudah ditandatangani dan belum mengisi FR.AK.03.</source>
        <translation>No participant whose recommendation is signed is still waiting to fill FR.AK.03.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/feedback_dialog.py" line="141"/>
        <source>Tersimpan.</source>
        <translation>Saved.</translation>
    </message>
</context>
<context>
    <name>HandoutDialog</name>
    <message>
        <location filename="../../humas_desktop/gui/handout_dialog.py" line="38"/>
        <location filename="../../humas_desktop/gui/handout_dialog.py" line="248"/>
        <source>Bagikan paket asesor</source>
        <translation>Hand out assessor packages</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/handout_dialog.py" line="44"/>
        <source>Sidik kunci laptop koordinator: %1 · Kode pasangan: %2</source>
        <translation>Coordinator laptop key fingerprint: %1 · Pairing code: %2</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/handout_dialog.py" line="49"/>
        <source>Asesor</source>
        <translation>Assessor</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/handout_dialog.py" line="49"/>
        <source>No. MET</source>
        <translation>MET no.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/handout_dialog.py" line="49"/>
        <source>Sidik kunci laptop</source>
        <translation>Laptop key fingerprint</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/handout_dialog.py" line="49"/>
        <source>Asesi</source>
        <translation>Candidates</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/handout_dialog.py" line="53"/>
        <source>mis. 7BBD-6F17-B746-3879 atau 7bbd6f17b7463879</source>
        <translation>e.g. 7BBD-6F17-B746-3879 or 7bbd6f17b7463879</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/handout_dialog.py" line="54"/>
        <source>Sidik kunci laptop asesor: 16 karakter 0-9/A-F; huruf kecil, spasi dan tanpa tanda hubung juga diterima.</source>
        <translation>The assessor laptop&apos;s fingerprint: 16 characters 0-9/A-F; lower case, spaces and no dashes are accepted too.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/handout_dialog.py" line="56"/>
        <source>Sidik kunci laptop asesor</source>
        <translation>Assessor laptop fingerprint</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/handout_dialog.py" line="58"/>
        <source>Daftarkan sidik kunci</source>
        <translation>Register fingerprint</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/handout_dialog.py" line="59"/>
        <source>Bagi asesi otomatis (seimbang)</source>
        <translation>Assign candidates automatically (balanced)</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/handout_dialog.py" line="61"/>
        <source>Folder tujuan (flashdisk)</source>
        <translation>Destination folder (USB drive)</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/handout_dialog.py" line="62"/>
        <source>Pilih folder…</source>
        <translation>Choose folder…</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/handout_dialog.py" line="63"/>
        <source>Tulis paket</source>
        <translation>Write packages</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/handout_dialog.py" line="65"/>
        <source>Simpan slip (PDF)…</source>
        <translation>Save slip (PDF)…</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/handout_dialog.py" line="67"/>
        <source>Slip serah-terima untuk dicetak: satu halaman per asesor dengan sidik kunci koordinator dan kode pasangan. Tersedia setelah paket ditulis.</source>
        <translation>Hand-out slip to print: one page per assessor with the coordinator key fingerprint and the pairing code. Available once the packages are written.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/handout_dialog.py" line="73"/>
        <source>Frasa sandi untuk mengenkripsi paket (opsional; sampaikan ke asesor secara langsung)</source>
        <translation>Passphrase to encrypt the packages (optional; tell it to the assessor in person)</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/handout_dialog.py" line="75"/>
        <source>Frasa sandi paket</source>
        <translation>Package passphrase</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/handout_dialog.py" line="79"/>
        <source>%v dari %m paket</source>
        <translation>%v of %m packages</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/handout_dialog.py" line="81"/>
        <source>Kemajuan penulisan paket</source>
        <translation>Package writing progress</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/handout_dialog.py" line="82"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/handout_dialog.py" line="133"/>
        <source>(belum terdaftar)</source>
        <translation>(not registered)</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/handout_dialog.py" line="151"/>
        <source>Pilih asesor di tabel dulu.</source>
        <translation>Choose an assessor in the table first.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/handout_dialog.py" line="164"/>
        <source>Sidik kunci terdaftar.</source>
        <translation>Key fingerprint registered.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/handout_dialog.py" line="174"/>
        <source>Ketik sidik kunci laptop asesor (16 karakter, tertera di Bantuan → Sidik kunci laptop ini pada laptop asesor).</source>
        <translation>Type the assessor laptop&apos;s fingerprint (16 characters, shown under Help → This laptop&apos;s key fingerprint on the assessor&apos;s laptop).</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/handout_dialog.py" line="178"/>
        <source>Sidik kunci berbentuk XXXX-XXXX-XXXX-XXXX, hanya angka 0-9 dan huruf A-F; &quot;%1&quot; bukan bagian sidik kunci.</source>
        <translation>A fingerprint looks like XXXX-XXXX-XXXX-XXXX, only digits 0-9 and letters A-F; &quot;%1&quot; is not part of a fingerprint.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/handout_dialog.py" line="182"/>
        <source>Sidik kunci berbentuk XXXX-XXXX-XXXX-XXXX, 16 karakter; yang diketik %1.</source>
        <translation>A fingerprint looks like XXXX-XXXX-XXXX-XXXX, 16 characters; %1 were typed.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/handout_dialog.py" line="196"/>
        <source>Asesi yang belum berasesor sudah dibagi.</source>
        <translation>Candidates without an assessor have been assigned.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/handout_dialog.py" line="199"/>
        <source>Folder tujuan paket</source>
        <translation>Package destination folder</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/handout_dialog.py" line="228"/>
        <source>Pilih folder tujuan dulu.</source>
        <translation>Choose a destination folder first.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/handout_dialog.py" line="245"/>
        <source>Menulis paket… Jangan cabut flashdisk.</source>
        <translation>Writing packages… Do not remove the USB stick.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/handout_dialog.py" line="255"/>
        <source>Membatalkan… paket yang sedang ditulis diselesaikan dulu.</source>
        <translation>Cancelling… the package being written is finished first.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/handout_dialog.py" line="260"/>
        <source>Paket sedang ditulis. Tunggu sampai selesai atau tekan Batal.</source>
        <translation>Packages are being written. Wait until it finishes or press Cancel.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/handout_dialog.py" line="275"/>
        <source>%1 (%2, %3 asesi)</source>
        <translation>%1 (%2, %3 candidates)</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/handout_dialog.py" line="281"/>
        <source>Belum ada paket (laptop belum didaftarkan): %1</source>
        <translation>No package yet (laptop not registered): %1</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/handout_dialog.py" line="284"/>
        <source>Simpan dan cetak slip serah-terima untuk asesor.</source>
        <translation>Save and print the hand-out slip for the assessors.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/handout_dialog.py" line="298"/>
        <source>Simpan slip serah-terima</source>
        <translation>Save hand-out slip</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/handout_dialog.py" line="298"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/handout_dialog.py" line="309"/>
        <source>Slip tersimpan: %1. Cetak dan serahkan langsung bersama flashdisk.</source>
        <translation>Slip saved: %1. Print it and hand it over in person with the USB stick.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/handout_dialog.py" line="320"/>
        <source>Dibatalkan. Tidak ada paket yang ditinggalkan di folder tujuan.</source>
        <translation>Cancelled. No package was left in the target folder.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/handout_dialog.py" line="271"/>
        <source>%1 paket tertulis dan sudah diperiksa ulang. Flashdisk aman dicabut.</source>
        <translation>%1 packages written and verified. The USB drive can be safely removed.</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../humas_desktop/gui/import_wizard.py" line="56"/>
        <location filename="../../humas_desktop/gui/import_wizard.py" line="475"/>
        <location filename="../../humas_desktop/gui/import_wizard.py" line="595"/>
        <source>Impor peserta</source>
        <translation>Import participants</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/import_wizard.py" line="75"/>
        <source>&lt; Kembali</source>
        <translation>&lt; Back</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/import_wizard.py" line="76"/>
        <source>Lanjut &gt;</source>
        <translation>Next &gt;</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/import_wizard.py" line="77"/>
        <source>Impor</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/import_wizard.py" line="78"/>
        <location filename="../../humas_desktop/gui/import_wizard.py" line="229"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/import_wizard.py" line="97"/>
        <source>Berkas daftar peserta (.xlsx)</source>
        <translation>Participant list file (.xlsx)</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/import_wizard.py" line="98"/>
        <source>Pilih berkas…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/import_wizard.py" line="106"/>
        <source>Pilih daftar peserta dalam format Excel (.xlsx). Kolom NIK, NIP dan nomor HP sebaiknya berformat Teks; gunakan Berkas → Unduh templat peserta bila perlu.</source>
        <translation>Choose a participant list in Excel format (.xlsx). The NIK, NIP and mobile number columns should be formatted as Text; use File → Download participant template if needed.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/import_wizard.py" line="128"/>
        <source>Lembar:</source>
        <translation>Sheet:</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/import_wizard.py" line="130"/>
        <source>Baris judul kolom:</source>
        <translation>Column header row:</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/import_wizard.py" line="148"/>
        <source>Kolom di berkas</source>
        <translation>Column in file</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/import_wizard.py" line="148"/>
        <source>Diisi ke</source>
        <translation>Maps to</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/import_wizard.py" line="148"/>
        <source>Contoh isi</source>
        <translation>Sample value</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/import_wizard.py" line="153"/>
        <source>Periksa pemetaan kolom; perbaikan diingat untuk berkas dengan judul kolom yang sama.</source>
        <translation>Check the column mapping; corrections are remembered for files with the same column headers.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/import_wizard.py" line="171"/>
        <source>Semua temuan</source>
        <translation>All findings</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/import_wizard.py" line="172"/>
        <source>Kesalahan saja</source>
        <translation>Errors only</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/import_wizard.py" line="173"/>
        <source>Peringatan saja</source>
        <translation>Warnings only</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/import_wizard.py" line="175"/>
        <source>Perbarui peserta yang sudah terdaftar (NIK sama)</source>
        <translation>Update participants already registered (same NIK)</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/import_wizard.py" line="177"/>
        <source>Batalkan seluruh impor bila ada kesalahan</source>
        <translation>Cancel the whole import if there are errors</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/import_wizard.py" line="178"/>
        <source>Simpan baris bermasalah…</source>
        <translation>Save problem rows…</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/import_wizard.py" line="184"/>
        <source>Baris</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/import_wizard.py" line="184"/>
        <source>Kolom</source>
        <translation>Column</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/import_wizard.py" line="184"/>
        <source>Jenis</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/import_wizard.py" line="184"/>
        <source>Pesan</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/import_wizard.py" line="206"/>
        <source>Siap mengimpor.</source>
        <translation>Ready to import.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/import_wizard.py" line="229"/>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/import_wizard.py" line="289"/>
        <source>Pilih daftar peserta</source>
        <translation>Choose the participant list</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/import_wizard.py" line="289"/>
        <source>Buku kerja Excel (*.xlsx *.xlsm)</source>
        <translation>Excel workbooks (*.xlsx *.xlsm)</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/import_wizard.py" line="386"/>
        <source>(abaikan)</source>
        <translation>(ignore)</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/import_wizard.py" line="413"/>
        <source>%1 (kolom %2, %3 baris berisi)</source>
        <translation>%1 (column %2, %3 rows filled)</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/import_wizard.py" line="416"/>
        <source>Perhatian: kolom berikut berisi data tetapi diabaikan: %1. Pilih isiannya bila datanya perlu diimpor.</source>
        <translation>Note: these columns hold data but are ignored: %1. Choose a field for them if the data should be imported.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/import_wizard.py" line="448"/>
        <source>Memeriksa baris…</source>
        <translation>Checking rows…</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/import_wizard.py" line="493"/>
        <source>Pemeriksaan gagal; tidak ada data yang diubah.</source>
        <translation>The check failed; no data was changed.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/import_wizard.py" line="501"/>
        <source>%1 peserta baru, %2 diperbarui, %3 baris ditolak, %4 sudah terdaftar. %5 kesalahan, %6 peringatan.</source>
        <translation>%1 new participants, %2 updated, %3 rows rejected, %4 already registered. %5 errors, %6 warnings.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/import_wizard.py" line="513"/>
        <source>baris %1 &quot;%2&quot;</source>
        <translation>row %1 &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/import_wizard.py" line="515"/>
        <source> dan %1 lainnya</source>
        <translation> and %1 more</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/import_wizard.py" line="536"/>
        <source>Kesalahan</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/import_wizard.py" line="536"/>
        <source>Peringatan</source>
        <translation>Warning</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/import_wizard.py" line="552"/>
        <source>Simpan baris bermasalah</source>
        <translation>Save problem rows</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/import_wizard.py" line="554"/>
        <source>Buku kerja Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/import_wizard.py" line="574"/>
        <source>Siap mengimpor %1 peserta. Semua baris disimpan sekaligus atau tidak sama sekali.</source>
        <translation>Ready to import %1 participants. All rows are saved together or not at all.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/import_wizard.py" line="613"/>
        <source>Selesai: %1 peserta diimpor, %2 diperbarui, %3 baris dilewati.</source>
        <translation>Done: %1 participants imported, %2 updated, %3 rows skipped.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/import_wizard.py" line="620"/>
        <source>Salah berkas? Berkas → Batalkan impor terakhir menghapus peserta impor ini selama belum ada yang dinilai.</source>
        <translation>Wrong file? File → Undo last import removes this import&apos;s participants as long as none of them has been assessed.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/import_wizard.py" line="123"/>
        <source>Tanpa baris judul (baris 1 sudah peserta)</source>
        <translation>No header row (row 1 is already a participant)</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/import_wizard.py" line="332"/>
        <source>Baris 1 sudah berisi data peserta, jadi berkas ini dibaca tanpa baris judul; kolom dipetakan menurut isinya. Periksa pemetaannya.</source>
        <translation>Row 1 already holds a participant, so this file is read without a header row; columns are mapped by their content. Check the mapping.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/import_wizard.py" line="382"/>
        <source>Kolom %1</source>
        <translation>Column %1</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/import_wizard.py" line="518"/>
        <source>%1 baris bukan peserta (blok tanda tangan, catatan, baris jumlah) dilewati: %2%3.</source>
        <translation>%1 rows that are not participants (signature block, notes, totals) skipped: %2%3.</translation>
    </message>
</context>
<context>
    <name>IntegrityWatch</name>
    <message>
        <location filename="../../humas_desktop/gui/integrity_watch.py" line="58"/>
        <source>Pemeriksaan berkas</source>
        <translation>File check</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/integrity_watch.py" line="74"/>
        <source>Memeriksa berkas acara…</source>
        <translation>Checking the event file…</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/integrity_watch.py" line="75"/>
        <source>Peringatan pemeriksaan berkas</source>
        <translation>File check warning</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/integrity_watch.py" line="76"/>
        <source>Pulihkan dari cadangan…</source>
        <translation>Restore from backup…</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/integrity_watch.py" line="183"/>
        <source>Pemeriksaan berkas acara</source>
        <translation>Event file check</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/integrity_watch.py" line="252"/>
        <source>%p %</source>
        <translation>%p%</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/integrity_watch.py" line="299"/>
        <source>Pemulihan gagal</source>
        <translation>Restore failed</translation>
    </message>
</context>
<context>
    <name>InterviewPanel</name>
    <message>
        <location filename="../../humas_desktop/gui/interview.py" line="318"/>
        <location filename="../../humas_desktop/gui/interview.py" line="380"/>
        <source>Pilih peserta di daftar sebelah kiri.</source>
        <translation>Choose a participant in the list on the left.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/interview.py" line="319"/>
        <source>Peserta terpilih</source>
        <translation>Selected participant</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/interview.py" line="321"/>
        <source>Lama wawancara</source>
        <translation>Interview duration</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/interview.py" line="322"/>
        <location filename="../../humas_desktop/gui/interview.py" line="501"/>
        <source>Mulai waktu</source>
        <translation>Start timer</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/interview.py" line="323"/>
        <source>Mulai atau jeda waktu wawancara</source>
        <translation>Start or pause the interview timer</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/interview.py" line="334"/>
        <source>FR.AK.01 Persetujuan asesmen dan kerahasiaan</source>
        <translation>FR.AK.01 Assessment consent and confidentiality</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/interview.py" line="342"/>
        <source>Asesi setuju — mulai asesmen</source>
        <translation>Candidate agrees — start the assessment</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/interview.py" line="490"/>
        <source>Persetujuan asesi sudah dicatat; pernyataan ketidakberpihakan dan kerahasiaan asesor (FR.AK.01) belum: tekan tombol untuk menyatakannya.</source>
        <translation>The participant&apos;s consent is recorded; the assessor&apos;s declaration of impartiality and confidentiality (FR.AK.01) is not: press the button to make it.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/interview.py" line="494"/>
        <source>Persetujuan dicatat %1</source>
        <translation>Consent recorded %1</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/interview.py" line="497"/>
        <source>Penilaian terkunci sampai asesi menyetujui.</source>
        <translation>Scoring is locked until the candidate consents.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/interview.py" line="500"/>
        <source>Jeda waktu</source>
        <translation>Pause timer</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/interview.py" line="337"/>
        <source>Bukti yang akan dikumpulkan: verifikasi portofolio (FR.IA.08) dan wawancara / pertanyaan lisan (FR.IA.09, FR.IA.07), di TUK acara, hari ini. Asesi berhak mengajukan banding atas keputusan asesmen (FR.AK.04). Hasil asesmen dijaga kerahasiaannya dan hanya dipakai untuk keperluan sertifikasi. Metode, TUK, tanggal dan waktu lain: tombol FR.AK.01 Persetujuan… (Alt+3).</source>
        <translation>Evidence to be collected: portfolio verification (FR.IA.08) and interview / oral questions (FR.IA.09, FR.IA.07), at the event&apos;s TUK, today. The candidate may appeal the assessment decision (FR.AK.04). Assessment results are kept confidential and used only for certification. Other methods, TUK, date and time: the FR.AK.01 Agreement… button (Alt+3).</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/interview.py" line="486"/>
        <source>Persetujuan asesi sudah dicatat; formulir FR.AK.01 (metode, TUK, tanggal dan waktu, tanda tangan) belum: tekan tombol untuk mencatatnya.</source>
        <translation>The candidate&apos;s consent is recorded; the FR.AK.01 form (methods, TUK, date and time, signatures) is not: press the button to record it.</translation>
    </message>
</context>
<context>
    <name>LockOverlay</name>
    <message>
        <location filename="../../humas_desktop/gui/app_lock.py" line="47"/>
        <source>&lt;h2&gt;Humas Desktop terkunci&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Humas Desktop is locked&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/app_lock.py" line="48"/>
        <source>Data peserta disembunyikan. Masukkan frasa sandi untuk membuka.</source>
        <translation>Participant data is hidden. Enter the passphrase to unlock.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/app_lock.py" line="53"/>
        <location filename="../../humas_desktop/gui/app_lock.py" line="54"/>
        <source>Frasa sandi</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/app_lock.py" line="55"/>
        <source>Buka kunci</source>
        <translation>Unlock</translation>
    </message>
</context>
<context>
    <name>LockSettingsDialog</name>
    <message>
        <location filename="../../humas_desktop/gui/app_lock.py" line="198"/>
        <source>Kunci aplikasi</source>
        <translation>Application lock</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/app_lock.py" line="206"/>
        <source> menit</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/app_lock.py" line="211"/>
        <source>Kunci layar melindungi laptop yang ditinggal. Gunakan frasa sandi, bukan PIN pendek.</source>
        <translation>The screen lock protects an unattended laptop. Use a passphrase, not a short PIN.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/app_lock.py" line="215"/>
        <source>Frasa sandi baru</source>
        <translation>New passphrase</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/app_lock.py" line="216"/>
        <source>Ulangi frasa sandi</source>
        <translation>Repeat passphrase</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/app_lock.py" line="217"/>
        <source>Kunci otomatis setelah diam</source>
        <translation>Lock automatically after inactivity</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/app_lock.py" line="230"/>
        <source>Kedua frasa sandi tidak sama.</source>
        <translation>The two passphrases do not match.</translation>
    </message>
</context>
<context>
    <name>LspKeyDialog</name>
    <message>
        <location filename="../../humas_desktop/gui/lsp_key_dialog.py" line="42"/>
        <source>Kunci tanda tangan LSP</source>
        <translation>LSP signing key</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/lsp_key_dialog.py" line="46"/>
        <source>Belum ada kunci tanda tangan LSP di laptop ini. Buat kunci baru dan lindungi dengan frasa sandi (minimal %1 karakter). Simpan frasa sandi di tempat aman: tanpa frasa sandi kunci tidak dapat dipakai.</source>
        <translation>There is no LSP signing key on this laptop yet. Create a new key and protect it with a passphrase (at least %1 characters). Keep the passphrase somewhere safe: without it the key cannot be used.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/lsp_key_dialog.py" line="51"/>
        <source>Masukkan frasa sandi kunci tanda tangan LSP.</source>
        <translation>Enter the LSP signing key passphrase.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/lsp_key_dialog.py" line="63"/>
        <source>Frasa sandi</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/lsp_key_dialog.py" line="65"/>
        <source>Ulangi frasa sandi</source>
        <translation>Repeat passphrase</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/lsp_key_dialog.py" line="68"/>
        <source>Buat kunci</source>
        <translation>Create key</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/lsp_key_dialog.py" line="68"/>
        <source>Buka kunci</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/lsp_key_dialog.py" line="81"/>
        <source>Kedua frasa sandi tidak sama.</source>
        <translation>The two passphrases do not match.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../humas_desktop/gui/main_window.py" line="141"/>
        <source>Status penyimpanan</source>
        <translation>Save status</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/main_window.py" line="261"/>
        <source>&amp;Berkas</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/main_window.py" line="262"/>
        <source>&amp;Buka acara…</source>
        <translation>&amp;Open event…</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/main_window.py" line="267"/>
        <source>&amp;Keluar</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/main_window.py" line="271"/>
        <source>&amp;Acara</source>
        <translation>&amp;Event</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/main_window.py" line="272"/>
        <source>Pe&amp;nilaian</source>
        <translation>S&amp;coring</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/main_window.py" line="284"/>
        <source>Pertanyaan ini: K (kompeten)</source>
        <translation>This question: C (competent)</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/main_window.py" line="286"/>
        <source>Pertanyaan ini: BK (belum kompeten)</source>
        <translation>This question: NYC (not yet competent)</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/main_window.py" line="288"/>
        <source>Unit ini: rekomendasi K</source>
        <translation>This unit: recommend C</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/main_window.py" line="290"/>
        <source>Unit ini: rekomendasi BK</source>
        <translation>This unit: recommend NYC</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/main_window.py" line="292"/>
        <source>Pertanyaan berikutnya</source>
        <translation>Next question</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/main_window.py" line="294"/>
        <source>Pertanyaan sebelumnya</source>
        <translation>Previous question</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/main_window.py" line="296"/>
        <source>Peserta berikutnya</source>
        <translation>Next participant</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/main_window.py" line="298"/>
        <source>Peserta sebelumnya</source>
        <translation>Previous participant</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/main_window.py" line="300"/>
        <source>Ke catatan unit</source>
        <translation>Go to unit notes</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/main_window.py" line="302"/>
        <source>Mulai / jeda waktu wawancara</source>
        <translation>Start / pause interview timer</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/main_window.py" line="304"/>
        <source>Konfirmasi persetujuan asesi (FR.AK.01)</source>
        <translation>Confirm candidate consent (FR.AK.01)</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/main_window.py" line="306"/>
        <source>Urungkan perubahan nilai / catatan terakhir (di kotak teks: mengurungkan ketikan di kotak itu)</source>
        <translation>Undo the last verdict / note change (in a text box: undoes typing in that box)</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/main_window.py" line="311"/>
        <source>Urungkan nilai terakhir, juga saat kursor di kotak teks</source>
        <translation>Undo the last verdict, also with the cursor in a text box</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/main_window.py" line="314"/>
        <source>Cari peserta</source>
        <translation>Search participants</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/main_window.py" line="316"/>
        <source>Ke rekomendasi akhir dan tanda tangan</source>
        <translation>Go to overall recommendation and sign-off</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/main_window.py" line="318"/>
        <source>&amp;Pengaturan</source>
        <translation>&amp;Settings</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/main_window.py" line="319"/>
        <source>&amp;Pengaturan…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/main_window.py" line="322"/>
        <source>Ban&amp;tuan</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/main_window.py" line="323"/>
        <source>&amp;Pintasan keyboard</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/main_window.py" line="327"/>
        <source>&amp;Tentang Humas Desktop</source>
        <translation>&amp;About Humas Desktop</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/main_window.py" line="338"/>
        <source>Belum ada acara terbuka. Berkas → Buka acara…</source>
        <translation>No event is open. File → Open event…</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/main_window.py" line="361"/>
        <location filename="../../humas_desktop/gui/main_window.py" line="379"/>
        <source>Membuat acara demo…</source>
        <translation>Creating the demo event…</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/main_window.py" line="404"/>
        <source>Acara tidak dapat dibuka</source>
        <translation>The event cannot be opened</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/main_window.py" line="421"/>
        <source>%1 — salinan kerja asesor — Humas Desktop</source>
        <translation>%1 — assessor working copy — Humas Desktop</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/main_window.py" line="498"/>
        <source>Belum ada peserta — Berkas → Impor peserta…</source>
        <translation>No participants yet — File → Import participants…</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/main_window.py" line="560"/>
        <source>✓ Tersimpan %1</source>
        <translation>✓ Saved %1</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/main_window.py" line="637"/>
        <source>Tidak ada perubahan untuk diurungkan.</source>
        <translation>Nothing to undo.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/main_window.py" line="663"/>
        <source>Bahasa akan berganti setelah aplikasi dimulai ulang.</source>
        <translation>The language changes after the application is restarted.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/app.py" line="140"/>
        <source>Pemulihan gagal</source>
        <translation>Restore failed</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/app_lock.py" line="252"/>
        <source>&amp;Kunci aplikasi sekarang</source>
        <translation>&amp;Lock the app now</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/app_lock.py" line="255"/>
        <source>Atur &amp;kunci aplikasi…</source>
        <translation>Set up app &amp;lock…</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/export_dialog.py" line="248"/>
        <source>Tutup sesi…</source>
        <translation>Close session…</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/export_dialog.py" line="249"/>
        <source>Ekspor dokumen…</source>
        <translation>Export documents…</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/document_settings_dialog.py" line="237"/>
        <source>Pengaturan &amp;dokumen…</source>
        <translation>&amp;Document settings…</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/document_settings_dialog.py" line="240"/>
        <source>Catat nomor &amp;blanko…</source>
        <translation>Record &amp;blanko serials…</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/context.py" line="148"/>
        <source>Belum ada acara</source>
        <translation>No event yet</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/context.py" line="149"/>
        <source>Buka acara terlebih dahulu.</source>
        <translation>Open an event first.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/import_wizard.py" line="726"/>
        <source>Batalkan impor &amp;terakhir…</source>
        <translation>&amp;Undo last import…</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/import_wizard.py" line="742"/>
        <source>Impor peserta</source>
        <translation>Import participants</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/import_wizard.py" line="777"/>
        <source>Unduh templat peserta</source>
        <translation>Download participant template</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/import_wizard.py" line="779"/>
        <source>Buku kerja Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/import_wizard.py" line="723"/>
        <source>Acara &amp;baru…</source>
        <translation>&amp;New event…</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/import_wizard.py" line="724"/>
        <source>&amp;Impor peserta…</source>
        <translation>&amp;Import participants…</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/import_wizard.py" line="725"/>
        <source>Unduh &amp;templat peserta…</source>
        <translation>Download participant &amp;template…</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/lsp_key_dialog.py" line="114"/>
        <source>Ekspor kunci publik LSP</source>
        <translation>Export LSP public key</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/lsp_key_dialog.py" line="116"/>
        <source>Kunci publik (*.pem)</source>
        <translation>Public key (*.pem)</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/lsp_key_dialog.py" line="124"/>
        <location filename="../../humas_desktop/gui/privacy.py" line="139"/>
        <source>Kunci publik LSP</source>
        <translation>LSP public key</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/lsp_key_dialog.py" line="125"/>
        <source>Kunci publik disimpan. Sidik kunci: %1</source>
        <translation>Public key saved. Key fingerprint: %1</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/privacy.py" line="23"/>
        <source>&amp;Hapus data pribadi…</source>
        <translation>&amp;Purge personal data…</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/privacy.py" line="47"/>
        <location filename="../../humas_desktop/gui/privacy.py" line="88"/>
        <location filename="../../humas_desktop/gui/privacy.py" line="98"/>
        <location filename="../../humas_desktop/gui/privacy.py" line="102"/>
        <source>Hapus data pribadi</source>
        <translation>Purge personal data</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/privacy.py" line="48"/>
        <source>Nama, NIK, NIP, tanggal lahir, alamat dan kontak semua peserta acara ini akan dihapus permanen dari berkas acara dan cadangannya. Jumlah peserta dan hasil tetap tersimpan tanpa identitas. Tindakan ini tidak dapat dibatalkan.</source>
        <translation>Names, NIK, NIP, birth dates, addresses and contacts of every participant of this event will be permanently deleted from the event file and its backups. Participant counts and results stay, without identities. This cannot be undone.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/privacy.py" line="55"/>
        <source>Acara belum ditutup dan masa simpan belum habis.</source>
        <translation>The event is not closed and its retention period has not ended.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/privacy.py" line="76"/>
        <location filename="../../humas_desktop/gui/privacy.py" line="101"/>
        <source>Menghapus data pribadi… %1%</source>
        <translation>Purging personal data… %1%</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/privacy.py" line="89"/>
        <source>Data pribadi %1 peserta dihapus; %2 cadangan dimusnahkan.</source>
        <translation>Personal data of %1 participants deleted; %2 backups destroyed.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/privacy.py" line="112"/>
        <source>&amp;Verifikasi sertifikat…</source>
        <translation>&amp;Verify certificate…</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/privacy.py" line="115"/>
        <source>Kunci tanda tangan &amp;LSP…</source>
        <translation>&amp;LSP signing key…</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/privacy.py" line="117"/>
        <source>Ekspor kunci &amp;publik LSP…</source>
        <translation>Export LSP &amp;public key…</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/registry_window.py" line="288"/>
        <source>Registri LSP…</source>
        <translation>LSP registry…</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/registry_window.py" line="291"/>
        <source>Lokasi registri LSP…</source>
        <translation>LSP registry location…</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/registry_window.py" line="303"/>
        <source>Lokasi registri LSP</source>
        <translation>LSP registry location</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/registry_window.py" line="304"/>
        <source>Berkas registri (SQLite) atau alamat server postgresql://… (kosongkan untuk bawaan):</source>
        <translation>Registry file (SQLite) or server address postgresql://… (leave empty for the default):</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/registry_window.py" line="310"/>
        <source>Registri LSP: %1</source>
        <translation>LSP registry: %1</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/report_notes_dialog.py" line="101"/>
        <source>Catatan laporan asesmen (FR.AK.&amp;05)…</source>
        <translation>Assessment report notes (FR.AK.&amp;05)…</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/feedback_dialog.py" line="150"/>
        <source>Umpan balik asesi (FR.AK.0&amp;3)…</source>
        <translation>Participant feedback (FR.AK.0&amp;3)…</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/review_dialog.py" line="437"/>
        <source>Tinjauan proses asesmen (FR.AK.0&amp;6)…</source>
        <translation>Assessment process review (FR.AK.0&amp;6)…</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/review_dialog.py" line="440"/>
        <source>&amp;Validasi asesmen (FR.VA)…</source>
        <translation>Assessment &amp;validation (FR.VA)…</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/appeal_dialog.py" line="423"/>
        <source>Banding asesmen (FR.AK.0&amp;4)…</source>
        <translation>Assessment appeals (FR.AK.0&amp;4)…</translation>
    </message>
</context>
<context>
    <name>MergeReportDialog</name>
    <message>
        <location filename="../../humas_desktop/gui/merge_dialogs.py" line="36"/>
        <source>Laporan penggabungan hasil</source>
        <translation>Results merge report</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/merge_dialogs.py" line="41"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/merge_dialogs.py" line="44"/>
        <source>Asesi berkonflik</source>
        <translation>Candidates in conflict</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/merge_dialogs.py" line="76"/>
        <source>Konflik: peserta no. %1.</source>
        <translation>Conflict: candidate no. %1.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/merge_dialogs.py" line="45"/>
        <source>Keterangan</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/merge_dialogs.py" line="40"/>
        <source>Asesor</source>
        <translation>Assessor</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/merge_dialogs.py" line="42"/>
        <source>Asesi dengan hasil baru</source>
        <translation>Participants with new results</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/merge_dialogs.py" line="43"/>
        <source>Asesi dengan hasil diperbarui</source>
        <translation>Participants with updated results</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/merge_dialogs.py" line="69"/>
        <source>%1 asesi mendapat hasil baru, %2 asesi diperbarui, %3 asesi berkonflik, %4 paket ditolak.</source>
        <translation>%1 participants got new results, %2 participants updated, %3 participants in conflict, %4 packages refused.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/merge_dialogs.py" line="81"/>
        <source>Tidak ada di paket (dihapus di laptop asesor; di sini tidak diubah): peserta no. %1.</source>
        <translation>Not in the package (removed on the assessor&apos;s laptop; unchanged here): participant no. %1.</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="6"/>
        <source>Berkas acara tidak ditemukan: {path}</source>
        <translation>Event file not found: {path}</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="7"/>
        <source>Yang dipilih bukan berkas: {path}</source>
        <translation>The selection is not a file: {path}</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="8"/>
        <source>Tidak ada izin membaca berkas: {path}</source>
        <translation>No permission to read the file: {path}</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="9"/>
        <source>Berkas ini bukan berkas acara Humas Desktop atau sudah rusak (terpotong): {path}</source>
        <translation>This is not a Humas Desktop event file, or it is damaged (truncated): {path}</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="10"/>
        <source>Berkas ini milik aplikasi lain, bukan berkas acara Humas Desktop: {path}. Berkas tidak diubah.</source>
        <translation>This file belongs to another application, not a Humas Desktop event file: {path}. The file was not changed.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="11"/>
        <source>Berkas acara terpotong (tidak lengkap): {path}. Pulihkan dari cadangan.</source>
        <translation>The event file is truncated (incomplete): {path}. Restore it from a backup.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="12"/>
        <source>Berkas acara dibuat oleh versi Humas Desktop yang lebih baru (skema {version}, aplikasi ini mendukung sampai {supported}). Perbarui aplikasi; berkas tidak diubah.</source>
        <translation>The event file was created by a newer version of Humas Desktop (schema {version}; this application supports up to {supported}). Update the application; the file was not changed.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="13"/>
        <source>Berkas acara rusak dan tidak dapat dibuka: {path}. Pulihkan dari cadangan.</source>
        <translation>The event file is damaged and cannot be opened: {path}. Restore it from a backup.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="14"/>
        <source>Berkas acara perlu diperbarui ke skema terbaru; buka sekali di aplikasi: {path}</source>
        <translation>The event file needs to be upgraded to the latest schema; open it once in the application: {path}</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="15"/>
        <source>Berkas acara sudah ada: {path}</source>
        <translation>The event file already exists: {path}</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="16"/>
        <source>Penyimpanan ini tidak mendukung mode jurnal WAL; simpan data di disk internal.</source>
        <translation>This storage does not support WAL journal mode; keep the data on an internal disk.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="17"/>
        <source>Berkas acara tidak berisi data acara.</source>
        <translation>The event file contains no event data.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="23"/>
        <source>Pemeriksaan integritas SQLite gagal: {detail}</source>
        <translation>SQLite integrity check failed: {detail}</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="24"/>
        <source>Ada {rows} baris yang merujuk data yang tidak ada.</source>
        <translation>{rows} rows refer to data that does not exist.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="25"/>
        <source>Rantai jejak audit putus pada nomor urut {seq}: data diubah di luar aplikasi.</source>
        <translation>The audit trail chain is broken at sequence number {seq}: data was changed outside the application.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="26"/>
        <source>Skema: isian wajib kosong di {where}.</source>
        <translation>Scheme: required field is empty at {where}.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="27"/>
        <source>Skema: isian harus berupa teks di {where}.</source>
        <translation>Scheme: field must be text at {where}.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="28"/>
        <source>Skema: {where} harus berupa daftar.</source>
        <translation>Scheme: {where} must be a list.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="29"/>
        <source>Skema: {where} harus berupa objek.</source>
        <translation>Scheme: {where} must be an object.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="30"/>
        <source>Berkas ini bukan berkas skema Humas Desktop (isian &quot;format&quot;).</source>
        <translation>This is not a Humas Desktop scheme file (the &quot;format&quot; field).</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="31"/>
        <source>Berkas skema memakai format versi {version} yang lebih baru dari aplikasi ini.</source>
        <translation>The scheme file uses format version {version}, which is newer than this application.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="32"/>
        <source>Skema: nilai tidak dikenal di {where}.</source>
        <translation>Scheme: unknown value at {where}.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="33"/>
        <source>Skema tidak memiliki unit kompetensi.</source>
        <translation>The scheme has no competency units.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="34"/>
        <source>Skema: kode unit {code} muncul dua kali ({where}).</source>
        <translation>Scheme: unit code {code} appears twice ({where}).</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="35"/>
        <source>Skema: nomor elemen muncul dua kali ({where}).</source>
        <translation>Scheme: element number appears twice ({where}).</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="36"/>
        <source>Skema: pertanyaan merujuk unit {code} yang tidak ada ({where}).</source>
        <translation>Scheme: a question refers to unit {code}, which does not exist ({where}).</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="37"/>
        <source>Skema: pertanyaan merujuk elemen yang tidak ada ({where}).</source>
        <translation>Scheme: a question refers to an element that does not exist ({where}).</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="38"/>
        <source>Berkas tidak dapat dibaca: {where}</source>
        <translation>The file cannot be read: {where}</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="39"/>
        <source>Berkas terlalu besar: {where}</source>
        <translation>The file is too large: {where}</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="40"/>
        <source>Berkas skema bukan JSON yang sah ({where}).</source>
        <translation>The scheme file is not valid JSON ({where}).</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="41"/>
        <source>Berkas bukan buku kerja Excel (.xlsx) yang sah: {where}</source>
        <translation>The file is not a valid Excel workbook (.xlsx): {where}</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="42"/>
        <source>Lembar &quot;{where}&quot; tidak ditemukan di buku kerja skema.</source>
        <translation>Sheet &quot;{where}&quot; was not found in the scheme workbook.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="43"/>
        <source>Baris judul kolom tidak ditemukan di lembar &quot;{where}&quot;.</source>
        <translation>No column header row was found in sheet &quot;{where}&quot;.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="44"/>
        <source>Kolom {column} tidak ditemukan ({where}).</source>
        <translation>Column {column} not found ({where}).</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="45"/>
        <source>Persetujuan asesmen (FR.AK.01) belum dikonfirmasi.</source>
        <translation>Assessment consent (FR.AK.01) has not been confirmed.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="46"/>
        <source>Rekaman sudah ditandatangani dan hanya dapat dibaca.</source>
        <translation>The record has been signed and is read-only.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="47"/>
        <source>Rekomendasi berbeda dari saran sistem: tuliskan alasannya.</source>
        <translation>The recommendation differs from the system suggestion: write down the reason.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="48"/>
        <source>Rekomendasi akhir belum diisi.</source>
        <translation>The overall recommendation has not been filled in.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="49"/>
        <source>Masih ada unit tanpa rekomendasi K/BK.</source>
        <translation>Some units still have no K/BK recommendation.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="50"/>
        <source>Nama dan nomor registrasi MET asesor wajib diisi.</source>
        <translation>The assessor&apos;s name and MET registration number are required.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="51"/>
        <source>Membuka kembali rekaman memerlukan alasan.</source>
        <translation>Reopening a record requires a reason.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="52"/>
        <source>Data asesmen tidak ditemukan.</source>
        <translation>Assessment data not found.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="53"/>
        <source>Data peserta tidak ditemukan.</source>
        <translation>Participant data not found.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="54"/>
        <source>Pustaka keamanan XML (defusedxml) tidak terpasang: impor Excel dinonaktifkan. Pasang ulang aplikasi.</source>
        <translation>The XML security library (defusedxml) is not installed: Excel import is disabled. Reinstall the application.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="55"/>
        <source>Berkas Excel ini dilindungi kata sandi (terenkripsi). Buka di Excel, hapus kata sandinya, simpan sebagai .xlsx, lalu impor lagi. Data acara tidak diubah.</source>
        <translation>This Excel file is password-protected (encrypted). Open it in Excel, remove the password, save it as .xlsx, then import again. The event data was not changed.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="56"/>
        <source>Berkas ini berformat Excel lama (.xls). Buka di Excel lalu simpan sebagai Buku Kerja Excel (.xlsx), lalu impor lagi. Data acara tidak diubah.</source>
        <translation>This file is in the old Excel format (.xls). Open it in Excel, save it as an Excel Workbook (.xlsx), then import again. The event data was not changed.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="57"/>
        <source>Berkas ini terenkripsi atau berformat Excel lama (.xls). Simpan sebagai .xlsx tanpa kata sandi, lalu impor lagi. Data acara tidak diubah.</source>
        <translation>This file is encrypted or in the old Excel format (.xls). Save it as .xlsx without a password, then import again. The event data was not changed.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="58"/>
        <source>Berkas Excel tidak ditemukan.</source>
        <translation>Excel file not found.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="59"/>
        <source>Berkas Excel tidak dapat dibaca (izin atau disk).</source>
        <translation>The Excel file cannot be read (permissions or disk).</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="60"/>
        <source>Berkas Excel terlalu besar (batas {limit_mb} MB). Data acara tidak diubah.</source>
        <translation>The Excel file is too large (limit {limit_mb} MB). The event data was not changed.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="61"/>
        <source>Berkas ini bukan buku kerja Excel (.xlsx), apa pun ekstensinya. Simpan daftar peserta sebagai .xlsx dari Excel atau LibreOffice. Data acara tidak diubah.</source>
        <translation>This file is not an Excel workbook (.xlsx), whatever its extension. Save the participant list as .xlsx from Excel or LibreOffice. The event data was not changed.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="62"/>
        <source>Berkas ini arsip ZIP atau dokumen Office lain, bukan buku kerja Excel (.xlsx). Data acara tidak diubah.</source>
        <translation>This file is a ZIP archive or another Office document, not an Excel workbook (.xlsx). The event data was not changed.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="63"/>
        <source>Berkas Excel ditolak: isinya mengembang jauh melebihi ukuran wajar (dugaan &quot;bom zip&quot;). Data acara tidak diubah.</source>
        <translation>Excel file rejected: its content expands far beyond a reasonable size (suspected &quot;zip bomb&quot;). The event data was not changed.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="64"/>
        <source>Berkas Excel ditolak: berisi deklarasi XML (DTD/ENTITY) yang tidak pernah dibuat Excel (dugaan &quot;bom XML&quot;). Data acara tidak diubah.</source>
        <translation>Excel file rejected: it contains XML declarations (DTD/ENTITY) that Excel never creates (suspected &quot;XML bomb&quot;). The event data was not changed.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="65"/>
        <source>Berkas Excel ditolak: lembarnya memiliki {rows} baris (batas {limit}). Data acara tidak diubah.</source>
        <translation>Excel file rejected: the sheet has {rows} rows (limit {limit}). The event data was not changed.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="66"/>
        <source>Berkas Excel ditolak: lembarnya memiliki {cols} kolom (batas {limit}). Data acara tidak diubah.</source>
        <translation>Excel file rejected: the sheet has {cols} columns (limit {limit}). The event data was not changed.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="67"/>
        <source>Berkas Excel ditolak: jumlah sel tidak wajar untuk daftar peserta. Data acara tidak diubah.</source>
        <translation>Excel file rejected: the number of cells is unreasonable for a participant list. The event data was not changed.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="68"/>
        <source>Berkas Excel ditolak: teksnya jauh melebihi daftar peserta yang wajar (lebih dari {limit_mb} MB teks dalam satu lembar, atau satu sel yang sangat panjang). Data acara tidak diubah.</source>
        <translation>Excel file refused: it holds far more text than a reasonable participant list (more than {limit_mb} MB of text in one sheet, or one very long cell). The event data was not changed.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="69"/>
        <source>Berkas Excel rusak dan tidak dapat dibaca. Data acara tidak diubah.</source>
        <translation>The Excel file is damaged and cannot be read. The event data was not changed.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="70"/>
        <source>Buku kerja tidak memiliki lembar kerja yang terlihat.</source>
        <translation>The workbook has no visible worksheets.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="71"/>
        <source>Lembar &quot;{sheet}&quot; tidak ada di buku kerja.</source>
        <translation>Sheet &quot;{sheet}&quot; is not in the workbook.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="72"/>
        <source>Baris judul kolom tidak ditemukan; pilih baris judul secara manual.</source>
        <translation>No column header row was found; choose the header row manually.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="73"/>
        <source>Baris judul {row} berada di luar lembar.</source>
        <translation>Header row {row} is outside the sheet.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="74"/>
        <source>Kolom Nama belum dipetakan.</source>
        <translation>The Name column has not been mapped.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="75"/>
        <source>Tidak ada baris peserta di bawah baris judul.</source>
        <translation>There are no participant rows below the header row.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="76"/>
        <source>Impor dibatalkan: ada {errors} kesalahan. Tidak ada data yang diubah.</source>
        <translation>Import cancelled: there are {errors} errors. No data was changed.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="77"/>
        <source>Impor dibatalkan oleh pengguna. Tidak ada data yang diubah.</source>
        <translation>Import cancelled by the user. No data was changed.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="78"/>
        <source>Buka atau buat acara terlebih dahulu.</source>
        <translation>Open or create an event first.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="85"/>
        <source>Nama kosong.</source>
        <translation>Name is empty.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="89"/>
        <source>NIK harus 16 angka.</source>
        <translation>NIK must be 16 digits.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="97"/>
        <source>Tanggal lahir tidak cocok dengan NIK. Periksa dengan KTP.</source>
        <translation>The date of birth does not match the NIK. Check against the ID card (KTP).</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="98"/>
        <source>Jenis kelamin tidak cocok dengan NIK. Periksa dengan KTP.</source>
        <translation>The sex does not match the NIK. Check against the ID card (KTP).</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="86"/>
        <source>NIK tersimpan sebagai angka, tetapi ke-16 digitnya utuh; diimpor sebagai teks. Sebaiknya format kolom NIK sebagai Teks.</source>
        <translation>The NIK is stored as a number, but all 16 digits are intact; imported as text. Better format the NIK column as Text.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="18"/>
        <source>Media hanya-baca: salin berkas acara ke laptop dulu ({path}). Berkas tidak diubah.</source>
        <translation>Read-only media: copy the event file to the laptop first ({path}). The file was not changed.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="21"/>
        <source>Berkas acara {path} rusak (pemeriksaan SQLite gagal); tidak ada dokumen, paket, atau gabungan yang dibuat. Pulihkan dari cadangan terbaru yang utuh.</source>
        <translation>The event file {path} is damaged (the SQLite check failed); no document, package or merge was made. Restore the newest intact backup.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="22"/>
        <source>Berkas acara {path} tidak lolos pemeriksaan: jejak audit tidak cocok dengan data (diubah di luar aplikasi atau rusak). Tidak ada dokumen, paket, atau gabungan yang dibuat. Jalankan &quot;Periksa berkas&quot; untuk rinciannya, lalu pulihkan dari cadangan terbaru yang utuh.</source>
        <translation>The event file {path} failed verification: the audit trail does not match the data (changed outside the app, or damaged). No document, package or merge was made. Run &quot;Check file&quot; for details, then restore the newest intact backup.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="87"/>
        <source>NIK tersimpan sebagai angka dan digit terakhir hilang: Excel dan LibreOffice hanya menyimpan 15 digit, sehingga digit ke-16 menjadi 0. Format kolom NIK sebagai Teks, ketik ulang NIK sesuai KTP, lalu impor lagi.</source>
        <translation>The NIK is stored as a number and its last digit is lost: Excel and LibreOffice keep only 15 digits, so the 16th became 0. Format the NIK column as Text, retype the NIK from the ID card, then import again.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="88"/>
        <source>NIK tersimpan sebagai angka dan hanya tersisa 15 angka: nol di depan hilang. Format kolom NIK sebagai Teks, ketik ulang NIK sesuai KTP, lalu impor lagi.</source>
        <translation>The NIK is stored as a number and only 15 digits are left: the leading zero is lost. Format the NIK column as Text, retype the NIK from the ID card, then import again.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="99"/>
        <source>NIP tersimpan sebagai angka, tetapi ke-18 digitnya utuh; diimpor sebagai teks. Sebaiknya format kolom NIP sebagai Teks.</source>
        <translation>The NIP is stored as a number, but all 18 digits are intact; imported as text. Better format the NIP column as Text.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="100"/>
        <source>NIP tersimpan sebagai angka dan digit terakhirnya hilang: Excel dan LibreOffice hanya menyimpan 15 digit. Format kolom NIP sebagai Teks, ketik ulang NIP, lalu impor lagi.</source>
        <translation>The NIP is stored as a number and its last digits are lost: Excel and LibreOffice keep only 15 digits. Format the NIP column as Text, retype the NIP, then import again.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="101"/>
        <source>NIP tersimpan sebagai angka dan hanya tersisa 17 angka: nol di depan hilang. Format kolom NIP sebagai Teks, ketik ulang NIP, lalu impor lagi.</source>
        <translation>The NIP is stored as a number and only 17 digits are left: the leading zero is lost. Format the NIP column as Text, retype the NIP, then import again.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="102"/>
        <source>NIP harus 18 angka.</source>
        <translation>NIP must be 18 digits.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="110"/>
        <source>Alamat email tidak sah.</source>
        <translation>Invalid email address.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="111"/>
        <source>Jenis kelamin tidak dikenali (isi L atau P).</source>
        <translation>Sex not recognised (enter L or P).</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="112"/>
        <source>Tanggal tidak dikenali (contoh yang benar: 17/08/1990 atau 17 Agustus 1990).</source>
        <translation>Date not recognised (correct examples: 17/08/1990 or 17 Agustus 1990).</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="113"/>
        <source>Tahun pada tanggal hanya dua angka; tulis empat angka (17/08/1990).</source>
        <translation>The year in the date has only two digits; write four digits (17/08/1990).</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="114"/>
        <source>Tanggal lahir tidak wajar untuk peserta (usia di luar 15-90 tahun).</source>
        <translation>Implausible date of birth for a participant (age outside 15-90 years).</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="115"/>
        <source>Sel berisi rumus tanpa nilai tersimpan. Buka di Excel, simpan ulang (atau salin lalu tempel sebagai nilai), lalu impor lagi.</source>
        <translation>The cell contains a formula with no stored value. Open the file in Excel, save it again (or copy and paste as values), then import again.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="116"/>
        <source>Peserta yang sama sudah ada di baris {first_row} berkas ini.</source>
        <translation>The same participant is already in row {first_row} of this file.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="117"/>
        <source>Peserta ini sudah terdaftar di acara (nomor {number}); dibiarkan.</source>
        <translation>This participant is already registered in the event (number {number}); left unchanged.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="118"/>
        <source>Peserta ini sudah terdaftar di acara (nomor {number}); datanya diperbarui.</source>
        <translation>This participant is already registered in the event (number {number}); their data was updated.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="119"/>
        <source>Skema &quot;{value}&quot; tidak ada di acara ini.</source>
        <translation>Scheme &quot;{value}&quot; is not in this event.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="120"/>
        <source>Skema kosong; acara ini memiliki lebih dari satu skema.</source>
        <translation>Scheme is empty; this event has more than one scheme.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="121"/>
        <source>Asesor &quot;{value}&quot; tidak terdaftar di acara; penugasan dilewati.</source>
        <translation>Assessor &quot;{value}&quot; is not registered in the event; assignment skipped.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="122"/>
        <source>Isian terlalu panjang (lebih dari {limit} karakter).</source>
        <translation>Entry too long (more than {limit} characters).</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="123"/>
        <source>DRAFT — sesi belum ditutup: memuat seluruh {count} peserta terdaftar (kecuali yang ditandai tidak hadir); kehadiran, rekomendasi dan keputusan belum final.</source>
        <translation>DRAFT — the session is not closed: covers all {count} registered participants (except those marked absent); attendance, recommendations and decisions are not final.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="124"/>
        <source>Tidak ada peserta bernomor {number} di acara ini.</source>
        <translation>There is no participant number {number} in this event.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="125"/>
        <source>Rekaman peserta ini sudah ditandatangani asesor; datanya tidak dapat diubah atau dihapus. Minta asesor membuka kembali rekamannya (dengan alasan) bila perlu.</source>
        <translation>The assessor has signed this participant&apos;s record; their data cannot be changed or removed. Ask the assessor to reopen the record (with a reason) if needed.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="126"/>
        <source>LSP sudah memutuskan atau menerbitkan sertifikat untuk peserta ini; datanya tidak dapat diubah atau dihapus.</source>
        <translation>The LSP has decided on or issued a certificate for this participant; their data cannot be changed or removed.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="127"/>
        <source>Tuliskan alasan perubahan; alasan dicatat di jejak audit.</source>
        <translation>Write the reason for the change; it is recorded in the audit trail.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="128"/>
        <source>Tidak ada data yang diubah.</source>
        <translation>No data was changed.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="129"/>
        <source>NIK ini sudah dipakai peserta lain di acara ini.</source>
        <translation>This NIK is already used by another participant in this event.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="130"/>
        <source>Pilih peserta di daftar dulu (Ctrl+klik atau Shift+klik untuk beberapa).</source>
        <translation>Choose participants in the list first (Ctrl+click or Shift+click for several).</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="131"/>
        <source>Peserta no. {number} ({name}) sudah ditandatangani atau diputuskan; asesornya tidak dapat diganti. Tidak ada yang diubah.</source>
        <translation>Participant no. {number} ({name}) is already signed or decided; their assessor cannot be changed. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="132"/>
        <source>Tidak ada impor yang dapat dibatalkan di acara ini.</source>
        <translation>There is no import to undo in this event.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="133"/>
        <source>Impor tidak dapat dibatalkan lagi: {count} peserta dari impor itu sudah mulai dinilai (mis. no. {number}). Hapus peserta satu per satu bila perlu.</source>
        <translation>The import can no longer be undone: {count} participants of that import are already being assessed (e.g. no. {number}). Remove participants one by one if needed.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="134"/>
        <source>Nama acara wajib diisi.</source>
        <translation>The event name is required.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="135"/>
        <source>Nama LSP wajib diisi.</source>
        <translation>The LSP name is required.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="136"/>
        <source>Tanggal selesai lebih awal dari tanggal mulai.</source>
        <translation>The end date is earlier than the start date.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="137"/>
        <source>Asesor harus diisi &quot;Nama|Nomor MET&quot;.</source>
        <translation>Assessors must be entered as &quot;Name|MET number&quot;.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="138"/>
        <source>Asesor baris {row}: nomor MET kosong.</source>
        <translation>Assessor row {row}: MET number is empty.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="139"/>
        <source>Asesor baris {row}: nama kosong.</source>
        <translation>Assessor row {row}: name is empty.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="140"/>
        <source>Acara &quot;{name}&quot; dibuat. Langkah berikutnya: Berkas → Impor peserta….</source>
        <translation>Event &quot;{name}&quot; created. Next: File → Import participants….</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="141"/>
        <source>Pilih paling sedikit satu berkas skema.</source>
        <translation>Choose at least one scheme file.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="142"/>
        <source>Rekaman belum ditandatangani, tidak perlu dibuka kembali.</source>
        <translation>The record has not been signed, so it does not need reopening.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="143"/>
        <source>Nama bukti portofolio wajib diisi.</source>
        <translation>The portfolio evidence name is required.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="144"/>
        <source>Bukti portofolio tidak ditemukan atau sudah dihapus.</source>
        <translation>The portfolio evidence was not found or has been removed.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="145"/>
        <source>Kolom tidak dikenal: {field}.</source>
        <translation>Unknown field: {field}.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="146"/>
        <source>Belum ada asesor untuk peserta ini. Pilih asesor di Pengaturan.</source>
        <translation>There is no assessor for this participant yet. Choose an assessor in Settings.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="147"/>
        <source>Jenis paket tidak dikenal.</source>
        <translation>Unknown package type.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="148"/>
        <source>Tanda tangan paket tidak dapat dibuat.</source>
        <translation>The package signature could not be created.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="149"/>
        <source>Paket yang tertulis di media berbeda dari yang dikirim; jangan cabut media, tulis ulang.</source>
        <translation>The package written to the media differs from what was sent; do not remove the media, write it again.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="150"/>
        <source>Berkas paket terlalu besar.</source>
        <translation>The package file is too large.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="151"/>
        <source>Paket ini terenkripsi: masukkan frasa sandi yang dipakai saat paket dibuat.</source>
        <translation>This package is encrypted: enter the passphrase used when the package was made.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="152"/>
        <source>Berkas paket tidak ditemukan.</source>
        <translation>Package file not found.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="153"/>
        <source>Berkas paket rusak atau terpotong (bukan paket Humas Desktop yang utuh).</source>
        <translation>The package file is damaged or truncated (not a complete Humas Desktop package).</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="154"/>
        <source>Paket tidak bertanda tangan dan ditolak.</source>
        <translation>The package is unsigned and was rejected.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="155"/>
        <source>Paket telah diubah setelah ditandatangani (tanda tangan atau hash tidak cocok) dan ditolak.</source>
        <translation>The package was changed after it was signed (signature or hash mismatch) and was rejected.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="156"/>
        <source>Paket dibuat oleh versi aplikasi yang lebih baru.</source>
        <translation>The package was created by a newer version of the application.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="157"/>
        <source>Berkas ini bukan paket pembagian tugas asesor.</source>
        <translation>This file is not an assessor assignment package.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="158"/>
        <source>Berkas ini bukan paket hasil asesor.</source>
        <translation>This file is not an assessor results package.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="159"/>
        <source>Paket ini dibuat untuk laptop lain (sidik kunci perangkat tidak cocok).</source>
        <translation>This package was made for another laptop (device key fingerprint does not match).</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="160"/>
        <source>Paket ditandatangani oleh kunci yang tidak terdaftar untuk asesor ini.</source>
        <translation>The package was signed with a key that is not registered for this assessor.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="161"/>
        <source>Acara ini sudah ada di laptop ini dari paket lain.</source>
        <translation>This event is already on this laptop from another package.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="162"/>
        <source>Paket ini milik acara lain.</source>
        <translation>This package belongs to another event.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="163"/>
        <source>Paket hasil ditolak: tanda terima penandatanganan tidak cocok dengan nilai di dalam paket (diubah setelah ditandatangani). Tidak ada yang digabung; minta asesor mengirim ulang hasil dari laptopnya.</source>
        <translation>Results package refused: its sign-off receipt does not match the scores in the package (changed after signing). Nothing was merged; ask the assessor to send the results again from their laptop.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="164"/>
        <source>Paket rusak atau diubah: basis datanya memuat struktur yang bukan buatan Humas Desktop (misalnya trigger, view atau tabel tambahan). Paket ditolak; data tidak berubah.</source>
        <translation>Package damaged or altered: its database holds structures Humas Desktop does not make (for example a trigger, a view or an extra table). The package was refused; no data changed.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="165"/>
        <source>Kunci koordinator {fingerprint} belum dipercaya di laptop ini. Pasangkan dulu: buka paket lewat Acara → Buka paket tugas (laptop asesor) dan ketik kode pasangan dari slip serah-terima atau layar koordinator, atau jalankan open-package --pairing-code KODE (atau --coordinator-fingerprint SIDIK-KUNCI).</source>
        <translation>The coordinator key {fingerprint} is not trusted on this laptop yet. Pair first: open the package with Event → Open assignment package (assessor laptop) and type the pairing code from the hand-out slip or the coordinator&apos;s screen, or run open-package --pairing-code CODE (or --coordinator-fingerprint FINGERPRINT).</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="166"/>
        <source>Kode pasangan tidak cocok dengan kunci yang menandatangani paket ini. Periksa ke-16 karakter kode di slip atau layar koordinator; paket tidak dibuka.</source>
        <translation>The pairing code does not match the key that signed this package. Check all 16 characters of the code on the slip or the coordinator&apos;s screen; the package was not opened.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="167"/>
        <source>Basis data ini memuat struktur yang bukan buatan Humas Desktop (misalnya trigger atau view) sehingga tidak dipakai.</source>
        <translation>This database holds structures Humas Desktop does not make (for example a trigger or a view), so it is not used.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="168"/>
        <source>Basis data ini rusak atau tidak dapat dibaca sehingga tidak dipakai.</source>
        <translation>This database is damaged or unreadable, so it is not used.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="169"/>
        <source>Basis data ini melebihi batas ukuran sehingga tidak dipakai.</source>
        <translation>This database exceeds the size limit, so it is not used.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="170"/>
        <source>Isi paket tidak sesuai dengan manifesnya (jumlah atau daftar id).</source>
        <translation>The package contents do not match its manifest (count or list of ids).</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="171"/>
        <source>Belum ada asesor pada acara ini.</source>
        <translation>This event has no assessors yet.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="172"/>
        <source>Asesor tidak ditemukan pada acara ini.</source>
        <translation>Assessor not found in this event.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="173"/>
        <source>Sidik kunci perangkat harus berbentuk XXXX-XXXX-XXXX-XXXX (0-9, A-F).</source>
        <translation>The device key fingerprint must have the form XXXX-XXXX-XXXX-XXXX (0-9, A-F).</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="174"/>
        <source>Belum ada asesi yang dibagikan ke asesor, jadi tidak ada paket yang ditulis. Bagi asesi dulu (Bagi asesi otomatis atau per peserta).</source>
        <translation>No candidates have been assigned to assessors, so no package was written. Assign candidates first (balanced assignment or per participant).</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="175"/>
        <source>Belum ada laptop asesor yang terdaftar ({names}); tidak ada paket yang ditulis. Daftarkan sidik kunci laptop mereka dulu.</source>
        <translation>No assessor laptop is registered yet ({names}); no package was written. Register their laptop key fingerprints first.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="176"/>
        <source>Sidik kunci laptop asesor belum didaftarkan.</source>
        <translation>The assessor&apos;s laptop key fingerprint has not been registered.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="177"/>
        <source>Asesor ini belum mendapat asesi.</source>
        <translation>This assessor has not been assigned any candidates yet.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="178"/>
        <source>Berkas ini bukan salinan kerja asesor (dibuka dari paket).</source>
        <translation>This file is not an assessor&apos;s working copy (opened from a package).</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="179"/>
        <source>Belum ada asesmen yang ditandatangani; hasil belum dapat dikirim.</source>
        <translation>No assessments have been signed yet; results cannot be sent.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="180"/>
        <source>Penyelesaian konflik memerlukan alasan.</source>
        <translation>Resolving a conflict requires a reason.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="181"/>
        <source>Konflik tidak ditemukan.</source>
        <translation>Conflict not found.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="182"/>
        <source>Konflik ini sudah diselesaikan.</source>
        <translation>This conflict has already been resolved.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="183"/>
        <source>Versi masuk bertabrakan dengan rekaman lain; pilih versi di laptop ini.</source>
        <translation>The incoming version clashes with another record; choose the version on this laptop.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="219"/>
        <source>{name}: {added} hasil baru, {updated} diperbarui, {conflicts} konflik</source>
        <translation>{name}: {added} new results, {updated} updated, {conflicts} conflicts</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="271"/>
        <source>Tanda kehadiran harus tidak hadir atau mengundurkan diri.</source>
        <translation>The attendance mark must be absent or withdrew.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="272"/>
        <source>Tanda tidak hadir/mengundurkan diri memerlukan alasan.</source>
        <translation>An absent/withdrew mark requires a reason.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="273"/>
        <source>Data {table} (baris {row}, kolom {column}) tidak sesuai dengan jejak audit: diubah di luar aplikasi.</source>
        <translation>Data in {table} (row {row}, column {column}) does not match the audit trail: changed outside the application.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="274"/>
        <source>Baris {table} {row} tidak tercatat di jejak audit: ditambahkan di luar aplikasi.</source>
        <translation>Row {table} {row} is not recorded in the audit trail: added outside the application.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="275"/>
        <source>Baris {table} {row} yang tercatat di jejak audit hilang dari berkas.</source>
        <translation>Row {table} {row}, recorded in the audit trail, is missing from the file.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="276"/>
        <source>Tanda tangan tanda terima asesmen {assessment} tidak sah.</source>
        <translation>The receipt signature for assessment {assessment} is invalid.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="277"/>
        <source>Tanda terima asesmen {assessment} rusak.</source>
        <translation>The receipt for assessment {assessment} is damaged.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="278"/>
        <source>Tanda terima pada asesmen {assessment} milik rekaman lain (diputar ulang).</source>
        <translation>The receipt on assessment {assessment} belongs to another record (replayed).</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="279"/>
        <source>Jejak audit pada nomor urut {seq} tidak sama dengan yang ditandatangani untuk asesmen {assessment}: jejak ditulis ulang.</source>
        <translation>The audit trail at sequence number {seq} differs from the one signed for assessment {assessment}: the trail was rewritten.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="280"/>
        <source>Kode tanda terima asesmen {assessment} tidak cocok dengan rekamannya.</source>
        <translation>The receipt code for assessment {assessment} does not match its record.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="281"/>
        <source>Tanda terima asesmen {assessment} ditandatangani kunci yang bukan milik laptop asesor terdaftar.</source>
        <translation>The receipt for assessment {assessment} was signed with a key that does not belong to the registered assessor&apos;s laptop.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="282"/>
        <source>Asesmen {assessment} berstatus ditandatangani tetapi tidak punya tanda terima bertanda tangan.</source>
        <translation>Assessment {assessment} has signed status but no signed receipt.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="283"/>
        <source>Tanda terima asesmen {assessment} lebih lama dari penandatanganan terakhirnya (tanda terima lama diputar ulang).</source>
        <translation>The receipt for assessment {assessment} is older than its last signing (an old receipt was replayed).</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="284"/>
        <source>Nilai asesmen {assessment} berubah setelah ditandatangani.</source>
        <translation>The scores of assessment {assessment} changed after it was signed.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="285"/>
        <source>Tanda tangan yang tersimpan pada asesmen {assessment} bukan tanda terima terakhirnya.</source>
        <translation>The signature stored on assessment {assessment} is not its latest receipt.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="286"/>
        <source>Asesmen belum berstatus ditandatangani.</source>
        <translation>The assessment does not have signed status yet.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="287"/>
        <source>... dan {count} masalah lain.</source>
        <translation>... and {count} other problems.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="288"/>
        <source>Kunci LSP sudah ada: {path}. Tidak ditimpa.</source>
        <translation>The LSP key already exists: {path}. Not overwritten.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="289"/>
        <source>Berkas kunci LSP tidak ditemukan: {path}</source>
        <translation>LSP key file not found: {path}</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="290"/>
        <source>Frasa sandi kunci LSP minimal {min} karakter.</source>
        <translation>The LSP key passphrase must be at least {min} characters.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="291"/>
        <source>Frasa sandi kunci LSP salah, atau berkas kunci rusak.</source>
        <translation>Wrong LSP key passphrase, or the key file is damaged.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="292"/>
        <source>Berkas ini bukan kunci Ed25519 LSP.</source>
        <translation>This file is not an LSP Ed25519 key.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="293"/>
        <source>Berkas kunci publik LSP tidak sah: {path}</source>
        <translation>Invalid LSP public key file: {path}</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="294"/>
        <source>Daftar pencabutan sertifikat tidak ditandatangani kunci LSP ini.</source>
        <translation>The certificate revocation list is not signed by this LSP key.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="295"/>
        <source>Daftar pencabutan sertifikat rusak.</source>
        <translation>The certificate revocation list is damaged.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="296"/>
        <source>Kode QR ini bukan kode verifikasi sertifikat Humas Desktop.</source>
        <translation>This QR code is not a Humas Desktop certificate verification code.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="297"/>
        <source>Kode verifikasi sertifikat rusak (karakter tidak sah).</source>
        <translation>The certificate verification code is damaged (invalid characters).</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="298"/>
        <source>Kode verifikasi sertifikat rusak (isi tidak lengkap).</source>
        <translation>The certificate verification code is damaged (incomplete content).</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="299"/>
        <source>Kode verifikasi tidak bertanda tangan LSP.</source>
        <translation>The verification code has no LSP signature.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="300"/>
        <source>Tanda tangan LSP pada sertifikat tidak sah: data sertifikat diubah atau bukan dari LSP ini.</source>
        <translation>The LSP signature on the certificate is invalid: the certificate data was changed or did not come from this LSP.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="301"/>
        <source>Kunci publik LSP belum ada; pilih berkasnya (--public-key).</source>
        <translation>No LSP public key yet; choose its file (--public-key).</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="302"/>
        <source>Sertifikat {number} telah dicabut oleh LSP.</source>
        <translation>Certificate {number} has been revoked by the LSP.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="303"/>
        <source>Masa berlaku sertifikat {number} habis pada {valid_until}.</source>
        <translation>Certificate {number} expired on {valid_until}.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="304"/>
        <source>Sertifikat {number} sah, berlaku sampai {valid_until}.</source>
        <translation>Certificate {number} is valid until {valid_until}.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="311"/>
        <source>Tidak ditemukan kode QR sertifikat di berkas: {path}</source>
        <translation>No certificate QR code found in the file: {path}</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="312"/>
        <source>Pembaca kode QR tidak tersedia: pasang ulang Humas Desktop (paket zxing-cpp), atau pasang zbarimg (zbar-tools).</source>
        <translation>No QR code reader is available: reinstall Humas Desktop (package zxing-cpp), or install zbarimg (zbar-tools).</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="313"/>
        <source>Jenis berkas tidak didukung untuk verifikasi: {path}</source>
        <translation>File type not supported for verification: {path}</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="314"/>
        <source>Berkas ini bukan paket terenkripsi Humas Desktop.</source>
        <translation>This file is not an encrypted Humas Desktop package.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="315"/>
        <source>Paket terenkripsi dibuat oleh versi Humas Desktop yang lebih baru.</source>
        <translation>The encrypted package was created by a newer version of Humas Desktop.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="316"/>
        <source>Paket terenkripsi terpotong (tidak lengkap).</source>
        <translation>The encrypted package is truncated (incomplete).</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="317"/>
        <source>Frasa sandi salah.</source>
        <translation>Wrong passphrase.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="318"/>
        <source>Paket rusak atau diubah (terenkripsi); isinya tidak dipakai.</source>
        <translation>Package damaged or altered (encrypted); its content is not used.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="319"/>
        <source>Frasa sandi minimal {min} karakter.</source>
        <translation>The passphrase must be at least {min} characters.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="320"/>
        <source>Hapus data pribadi hanya untuk acara yang sudah ditutup atau lewat masa simpannya ({retention_until}).</source>
        <translation>Personal data can only be deleted for events that are closed or past their retention period ({retention_until}).</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="321"/>
        <source>Berkas tidak ditemukan: {path}</source>
        <translation>File not found: {path}</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="322"/>
        <source>Frasa sandi salah; aplikasi tetap terkunci.</source>
        <translation>Wrong passphrase; the application remains locked.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="323"/>
        <source>Isi sel terlalu panjang untuk Excel ({where}, batas {limit} karakter); ekspor dibatalkan, tidak ada yang dipotong.</source>
        <translation>Cell content too long for Excel ({where}, limit {limit} characters); export cancelled, nothing was truncated.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="324"/>
        <source>Huruf tidak tersedia di fon PDF ({chars}); dokumen tidak dibuat.</source>
        <translation>Characters not available in the PDF font ({chars}); the document was not created.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="325"/>
        <source>Nama terlalu panjang untuk kotak nama sertifikat ({length} karakter).</source>
        <translation>Name too long for the certificate name box ({length} characters).</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="326"/>
        <source>Terlalu banyak unit ({units}) untuk halaman belakang sertifikat.</source>
        <translation>Too many units ({units}) for the back page of the certificate.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="327"/>
        <source>Pola nomor tidak sah.</source>
        <translation>Invalid number pattern.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="328"/>
        <source>Pola nomor harus memuat {{urut}} (nomor urut).</source>
        <translation>The number pattern must contain {{urut}} (sequence number).</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="329"/>
        <source>Pola nomor memuat kolom yang tidak dikenal: {field}.</source>
        <translation>The number pattern contains an unknown field: {field}.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="330"/>
        <source>Kode bidang dan nomor lisensi LSP wajib diisi.</source>
        <translation>The field code and LSP licence number are required.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="331"/>
        <source>Nomor urut awal harus 1 atau lebih.</source>
        <translation>The starting sequence number must be 1 or more.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="332"/>
        <source>Penomoran sertifikat belum diatur (kode bidang, nomor lisensi).</source>
        <translation>Certificate numbering has not been set up (field code, licence number).</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="333"/>
        <source>Peserta atau skema untuk sertifikat tidak ditemukan.</source>
        <translation>Participant or scheme for the certificate not found.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="334"/>
        <source>Nomor sertifikat sudah pernah dipakai; nomor tidak digunakan ulang.</source>
        <translation>The certificate number has already been used; numbers are not reused.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="335"/>
        <source>Membatalkan sertifikat memerlukan alasan.</source>
        <translation>Cancelling a certificate requires a reason.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="336"/>
        <source>Sesi sudah ditutup; data hanya dapat dibaca. Buka kembali dengan alasan.</source>
        <translation>The session is closed; data is read-only. Reopen it with a reason.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="337"/>
        <source>Identitas {count} peserta (nama, nama di sertifikat atau NIK) berubah setelah asesor menandatangani. Periksa perubahannya; tutup sesi dengan alasan bila benar.</source>
        <translation>The identity of {count} participants (name, name on the certificate or NIK) changed after the assessor signed. Check the changes; close the session with a reason if they are correct.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="338"/>
        <source>struktur basis data bukan buatan Humas Desktop</source>
        <translation>a database structure Humas Desktop did not make</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="339"/>
        <source>tabel yang tidak dikenal</source>
        <translation>an unknown table</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="340"/>
        <source>kolom yang tidak dikenal</source>
        <translation>an unknown column</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="341"/>
        <source>Nomor SK keputusan LSP wajib diisi.</source>
        <translation>The LSP decision letter (SK) number is required.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="347"/>
        <source>Keputusan hanya untuk peserta yang hadir.</source>
        <translation>Decisions are only for participants who attended.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="348"/>
        <source>Sesi belum dapat ditutup: {count} syarat belum terpenuhi.</source>
        <translation>The session cannot be closed yet: {count} requirements not met.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="349"/>
        <source>Membuka kembali sesi memerlukan alasan.</source>
        <translation>Reopening a session requires a reason.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="350"/>
        <source>Sesi belum ditutup.</source>
        <translation>The session has not been closed.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="351"/>
        <source>Jenis ekspor tidak dikenal: {kind}.</source>
        <translation>Unknown export type: {kind}.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="352"/>
        <source>Pemeriksaan nama gagal: {count} masalah (pertama: peserta no. {number}, {problem} {detail}). Tidak ada berkas yang ditulis.</source>
        <translation>Name check failed: {count} problems (first: participant no. {number}, {problem} {detail}). No files were written.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="353"/>
        <source>Kehadiran belum diisi untuk {count} peserta.</source>
        <translation>Attendance not yet recorded for {count} participants.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="354"/>
        <source>{count} peserta hadir belum dinilai dan ditandatangani asesor.</source>
        <translation>{count} attending participants have not yet been scored and signed by an assessor.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="355"/>
        <source>Keputusan LSP belum dicatat untuk {count} peserta.</source>
        <translation>LSP decision not yet recorded for {count} participants.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="356"/>
        <source>Tanggal pleno atau nomor SK belum lengkap untuk {count} peserta.</source>
        <translation>Plenary date or SK number incomplete for {count} participants.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="357"/>
        <source>huruf tidak tersedia di fon</source>
        <translation>characters not available in the font</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="358"/>
        <source>{count} hasil asesmen dari laptop asesor belum masuk dan ditandatangani.</source>
        <translation>{count} assessment results from assessor laptops have not yet been received and signed.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="359"/>
        <source>{count} konflik penggabungan belum diselesaikan.</source>
        <translation>{count} merge conflicts not yet resolved.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="360"/>
        <source>Kode kota/provinsi BNSP kosong untuk {count} peserta: isi kabupaten/kota tempat tinggalnya (mis. &quot;Kota Bandung&quot;).</source>
        <translation>BNSP city/province code is blank for {count} participants: fill in the regency/city they live in (e.g. &quot;Kota Bandung&quot;).</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="361"/>
        <source>Kode pendidikan BNSP kosong untuk {count} peserta: lengkapi daftar kode pendidikan di Acara → Pengaturan dokumen.</source>
        <translation>BNSP education code is blank for {count} participants: complete the education code list in Event → Document settings.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="362"/>
        <source>Kode pekerjaan BNSP kosong untuk {count} peserta: lengkapi daftar kode pekerjaan di Acara → Pengaturan dokumen.</source>
        <translation>BNSP occupation code is blank for {count} participants: complete the occupation code list in Event → Document settings.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="363"/>
        <source>Kode jadwal BNSP belum diisi (Acara → Pengaturan dokumen).</source>
        <translation>The BNSP schedule code is not filled in (Event → Document settings).</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="364"/>
        <source>Kabupaten/kota ini tidak ada di daftar wilayah Kemendagri. Tulis lengkap, mis. &quot;Kota Bandung&quot; atau &quot;Kabupaten Bandung&quot;.</source>
        <translation>This regency/city is not in the Kemendagri region list. Write it in full, e.g. &quot;Kota Bandung&quot; or &quot;Kabupaten Bandung&quot;.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="365"/>
        <source>Satu kotak catatan FR.AK.05 lebih dari {limit} karakter.</source>
        <translation>One FR.AK.05 note box is longer than {limit} characters.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="366"/>
        <source>Asesor ini tidak ada di acara.</source>
        <translation>This assessor is not in the event.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="367"/>
        <source>{count} sertifikat tidak ditulis; semua berkas lain sudah ditulis:</source>
        <translation>{count} certificates were not written; every other file was written:</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="368"/>
        <source>Sertifikat peserta no. {number}:</source>
        <translation>Certificate of participant no. {number}:</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="369"/>
        <source>Isian {key} harus salah satu dari: {choices}.</source>
        <translation>{key} must be one of: {choices}.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="370"/>
        <source>Geser printer &quot;{printer}&quot;: tulis dua angka mm, mis. &quot;1.5, -2&quot; (kanan, bawah; paling banyak 30 mm).</source>
        <translation>Printer offset &quot;{printer}&quot;: write two numbers in mm, e.g. &quot;1.5, -2&quot; (right, down; at most 30 mm).</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="371"/>
        <source>Lembar unggah BNSP ditulis, tetapi ada kode wajib yang kosong; BNSP menolak baris tanpa kode:</source>
        <translation>The BNSP upload sheet was written, but required codes are blank; BNSP rejects rows without them:</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="372"/>
        <source>Registri LSP belum ada di {location}. Buat dulu dengan &apos;humas-desktop registry init&apos;.</source>
        <translation>There is no LSP registry at {location} yet. Create it first with &apos;humas-desktop registry init&apos;.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="373"/>
        <source>Basis data ini belum berisi registri LSP. Buat dulu dengan &apos;humas-desktop registry init&apos;.</source>
        <translation>This database holds no LSP registry yet. Create it first with &apos;humas-desktop registry init&apos;.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="374"/>
        <source>Berkas registri LSP tidak dapat dibaca atau bukan registri: {location}.</source>
        <translation>The LSP registry file cannot be read or is not a registry: {location}.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="376"/>
        <source>Server registri LSP tidak dapat dihubungi. Periksa alamat dan jaringan kantor; tidak ada yang diubah.</source>
        <translation>The LSP registry server cannot be reached. Check the address and the office network; nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="377"/>
        <source>Server registri LSP menolak perintah (hak akses atau skema basis data). Tidak ada yang diubah.</source>
        <translation>The LSP registry server refused the command (access rights or database schema). Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="378"/>
        <source>Registri LSP tidak dapat ditulis (disk penuh, hanya-baca, atau rusak). Tidak ada yang diubah.</source>
        <translation>The LSP registry cannot be written (disk full, read-only or damaged). Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="379"/>
        <source>Registri LSP sedang dipakai laptop lain terlalu lama; coba lagi.</source>
        <translation>Another laptop has been using the LSP registry for too long; try again.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="381"/>
        <source>Registri LSP sudah ada di lokasi ini; registri tidak ditimpa.</source>
        <translation>An LSP registry already exists at this location; it was not overwritten.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="382"/>
        <source>Registri LSP dibuat oleh versi Humas Desktop yang lebih baru (skema {version}, aplikasi ini mendukung sampai {supported}). Perbarui aplikasi; tidak ada yang diubah.</source>
        <translation>The LSP registry was made by a newer Humas Desktop (schema {version}, this app supports up to {supported}). Update the app; nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="383"/>
        <source>Berkas acara ini milik registri LSP lain; tidak ada yang diubah.</source>
        <translation>This event file belongs to another LSP&apos;s registry; nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="384"/>
        <source>Nama LSP dan nomor lisensi wajib diisi.</source>
        <translation>The LSP name and licence number are required.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="385"/>
        <source>Alamat halaman verifikasi harus diawali https://.</source>
        <translation>The verification page address must start with https://.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="387"/>
        <source>Nomor sertifikat sudah tercatat di registri untuk sertifikat lain; tidak ada yang diubah.</source>
        <translation>The certificate number is already recorded in the registry for another certificate; nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="388"/>
        <source>Penutupan sesi memerlukan registri LSP atau blok nomor yang dipesan.</source>
        <translation>Closing the session needs the LSP registry or a reserved block of numbers.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="389"/>
        <source>Sertifikat {number} tidak ada di registri LSP.</source>
        <translation>Certificate {number} is not in the LSP registry.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="390"/>
        <source>Sertifikat {number} tidak aktif (sudah dicabut atau dibatalkan).</source>
        <translation>Certificate {number} is not active (already revoked or voided).</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="391"/>
        <source>Pencabutan sertifikat memerlukan alasan.</source>
        <translation>Revoking a certificate needs a reason.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="392"/>
        <source>Jumlah bulan harus antara 0 dan 120.</source>
        <translation>The number of months must be between 0 and 120.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="393"/>
        <source>Jumlah nomor yang dipesan harus antara 1 dan 100000.</source>
        <translation>The number of reserved numbers must be between 1 and 100000.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="394"/>
        <source>Acara ini sudah memiliki blok nomor yang dipesan.</source>
        <translation>This event already has a reserved block of numbers.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="395"/>
        <source>Blok nomor yang dipesan ({count}) tidak cukup untuk {needed} sertifikat.</source>
        <translation>The reserved block ({count}) is not enough for {needed} certificates.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="396"/>
        <source>Nomor seri blanko wajib diisi (paling panjang 64 karakter).</source>
        <translation>The blank&apos;s serial number is required (at most 64 characters).</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="397"/>
        <source>Blanko {serial} sudah tercatat untuk sertifikat {number}; satu blanko hanya untuk satu sertifikat.</source>
        <translation>Blank {serial} is already recorded for certificate {number}; one blank is for one certificate only.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="398"/>
        <source>Tanggal akhir periode harus sesudah tanggal awal.</source>
        <translation>The end of the period must come after its start.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="399"/>
        <source>Hanya sesi yang sudah ditutup yang dapat dipublikasikan ke registri.</source>
        <translation>Only a closed session can be published to the registry.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="400"/>
        <source>{count} peserta sudah memiliki sertifikat aktif pada skema yang sama (peserta no. {numbers}). Konfirmasi dengan alasan untuk melanjutkan.</source>
        <translation>{count} participants already hold an active certificate in the same scheme (participant no. {numbers}). Confirm with a reason to continue.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="401"/>
        <source>Cadangan tidak dapat dibuat ({detail}). Data acara tidak berubah; periksa ruang disk lalu coba lagi.</source>
        <translation>The backup could not be created ({detail}). The event data is unchanged; check the disk space and try again.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="402"/>
        <source>Salinan cadangan gagal diperiksa ({detail}) sehingga tidak dipakai. Data acara tidak berubah.</source>
        <translation>The backup copy failed verification ({detail}) so it was not used. The event data is unchanged.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="403"/>
        <source>Belum ada cadangan yang utuh untuk acara ini.</source>
        <translation>There is no intact backup for this event yet.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="404"/>
        <source>Pemeriksaan cepat SQLite menemukan kerusakan pada berkas acara.</source>
        <translation>The SQLite quick check found damage in the event file.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="405"/>
        <source>Berkas acara tidak lolos pemeriksaan: {problem} Jendela ini hanya-baca sampai berkas dipulihkan; tidak ada nilai yang dapat diubah. Pulihkan dari cadangan terbaru yang utuh.</source>
        <translation>The event file failed its check: {problem} This window is read-only until the file is restored; no score can be changed. Restore the newest intact backup.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="406"/>
        <source>jejak audit tidak cocok dengan data (diubah di luar aplikasi atau rusak).</source>
        <translation>the audit trail does not match the data (changed outside the app, or damaged).</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="407"/>
        <source>pemeriksaan SQLite menemukan kerusakan pada berkas.</source>
        <translation>SQLite&apos;s check found damage in the file.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="410"/>
        <source>Penyimpanan hanya-baca: perubahan tidak dapat disimpan ke {path}. Data yang sudah tersimpan aman. Pindahkan berkas ke disk internal lalu coba lagi.</source>
        <translation>Read-only storage: changes cannot be saved to {path}. Data already saved is safe. Move the file to an internal disk and try again.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="411"/>
        <source>Kesalahan baca/tulis disk pada {path}: perubahan terakhir belum tersimpan, data yang sudah tersimpan aman. Periksa disk lalu coba lagi.</source>
        <translation>Disk read/write error at {path}: the last change was not saved; data already saved is safe. Check the disk and try again.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="412"/>
        <source>Berkas acara {path} dihapus atau dipindahkan saat aplikasi berjalan. Data masih ada di aplikasi: simpan ulang berkasnya.</source>
        <translation>The event file {path} was deleted or moved while the application was running. The data is still in the application: save the file again.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="413"/>
        <source>Berkas acara ini tidak lolos pemeriksaan, jadi jendela hanya-baca: perubahan tidak disimpan. Pulihkan dari cadangan (tombol di spanduk atas).</source>
        <translation>This event file failed its check, so the window is read-only: changes are not saved. Restore from a backup (button in the banner at the top).</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="414"/>
        <source>Berkas acara sedang diperiksa (sekali untuk berkas baru di laptop ini); perubahan bisa disimpan setelah pemeriksaan selesai.</source>
        <translation>The event file is being checked (once for a file new to this laptop); changes can be saved when the check is done.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="415"/>
        <source>Berkas acara ini baru pertama kali dibuka di laptop ini dan sedang diperiksa. Penilaian sudah bisa dimulai: setiap perubahan langsung tersimpan dan baru dimasukkan ke berkas setelah pemeriksaan lulus.</source>
        <translation>This event file is opened on this laptop for the first time and is being checked. You can start scoring: every change is saved at once and goes into the file once the check has passed.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="416"/>
        <source>Berkas acara sedang diperiksa (sekali untuk berkas baru di laptop ini). Penilaian bisa berjalan; ekspor, paket dan penggabungan menunggu sampai pemeriksaan selesai (kemajuannya di spanduk atas).</source>
        <translation>The event file is being checked (once for a file new to this laptop). Scoring can go on; exports, packages and merges wait until the check has finished (its progress is in the banner at the top).</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="417"/>
        <source>{count} perubahan dari sesi sebelumnya (yang belum selesai diperiksa) ditampilkan kembali; semuanya dimasukkan ke berkas setelah pemeriksaan lulus.</source>
        <translation>{count} changes from the previous session (whose check had not finished) are shown again; they all go into the file once the check has passed.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="418"/>
        <source>{count} perubahan yang dibuat selama pemeriksaan tidak dimasukkan ke berkas ini; catatannya disimpan terpisah sebagai {path}.</source>
        <translation>{count} changes made during the check were not put into this file; their record is kept separately as {path}.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="419"/>
        <source>Catatan perubahan yang ditinggalkan sesi sebelumnya bukan untuk berkas ini dalam keadaannya sekarang, jadi tidak dipakai; disimpan terpisah sebagai {path}.</source>
        <translation>The record of changes left by the previous session does not belong to this file as it is now, so it was not used; it is kept separately as {path}.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="420"/>
        <source>Perubahan belum tersimpan: catatan perubahan selama pemeriksaan tidak dapat ditulis ({detail}). Data yang sudah tersimpan aman. Periksa ruang disk lalu coba lagi.</source>
        <translation>The change was not saved: the record of changes during the check could not be written ({detail}). Data already saved is safe. Check the disk space and try again.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="421"/>
        <source>Pemeriksaan lulus, tetapi perubahan selama pemeriksaan belum dapat dimasukkan ke berkas ({detail}). Catatannya tetap tersimpan dan dimasukkan saat acara dibuka lagi.</source>
        <translation>The check passed, but the changes made during it could not yet be put into the file ({detail}). Their record stays saved and they go in when the event is opened again.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="422"/>
        <source>Berkas acara ditulis ulang dari data yang masih terbuka: {path}.</source>
        <translation>The event file was rewritten from the data still open: {path}.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="423"/>
        <source>Berkas acara sedang dipakai program lain. Tunggu sebentar lalu coba lagi.</source>
        <translation>The event file is in use by another program. Wait a moment and try again.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="424"/>
        <source>Tidak ada izin menulis ke {path}. Pilih folder lain lalu coba lagi.</source>
        <translation>No permission to write to {path}. Choose another folder and try again.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="425"/>
        <source>Media penyimpanan (mis. flashdisk) terlepas saat menulis {path}. Berkas setengah jadi tidak disimpan; pasang lagi lalu coba lagi.</source>
        <translation>The storage media (e.g. USB drive) was disconnected while writing {path}. The partial file was not kept; reconnect it and try again.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="426"/>
        <source>Berkas atau folder tidak ada (lagi): {path}. Mungkin dihapus, dipindahkan, atau medianya dicabut; periksa lokasinya lalu coba lagi.</source>
        <translation>File or folder no longer exists: {path}. It may have been deleted or moved, or its drive removed; check the location and try again.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="427"/>
        <source>Folder data berada di penyimpanan jaringan. Simpan data di disk internal agar tidak hilang saat jaringan putus.</source>
        <translation>The data folder is on network storage. Keep the data on an internal disk so it is not lost if the network drops.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="428"/>
        <source>Folder data berada di media lepas-pasang (flashdisk). Simpan data di disk internal agar tidak hilang saat media dicabut.</source>
        <translation>The data folder is on removable media (USB drive). Keep the data on an internal disk so it is not lost when the media is removed.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="429"/>
        <source>Ruang disk tinggal {free_mb} MB. Kosongkan ruang agar penyimpanan dan cadangan tetap berjalan.</source>
        <translation>Only {free_mb} MB of disk space left. Free up space so saving and backups keep working.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="430"/>
        <source>Aplikasi berhenti mendadak saat dibuka terakhir kali; acara terakhir tidak dibuka otomatis. Buka lewat Berkas → Buka acara…</source>
        <translation>The application stopped unexpectedly last time; the last event was not opened automatically. Open it via File → Open event…</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="431"/>
        <source>Terjadi kesalahan tak terduga ({kind}). Pekerjaan yang sudah disimpan aman. Catatan teknis (tanpa data pribadi) ada di {log}.</source>
        <translation>An unexpected error occurred ({kind}). Work already saved is safe. A technical log (without personal data) is in {log}.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="432"/>
        <source>Terjadi kesalahan tak terduga ({kind}); sudah dicatat (tanpa data pribadi). Pekerjaan yang sudah disimpan aman.</source>
        <translation>An unexpected error occurred ({kind}); it has been logged (without personal data). Work already saved is safe.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="433"/>
        <source>Humas Desktop sudah berjalan untuk folder data ini; jendelanya dimunculkan.</source>
        <translation>Humas Desktop is already running for this data folder; its window has been brought to the front.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="434"/>
        <source>Humas Desktop sudah berjalan untuk folder data ini (PID {pid}) tetapi tidak menjawab. Tutup aplikasi itu lalu coba lagi.</source>
        <translation>Humas Desktop is already running for this data folder (PID {pid}) but is not responding. Close that application and try again.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="435"/>
        <source>Pemeriksaan baris dibatalkan. Tidak ada data yang diubah.</source>
        <translation>Row check cancelled. No data was changed.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="436"/>
        <source>Daftar kode {key}, baris {line}: tulis &quot;nama = kode&quot;.</source>
        <translation>Code list {key}, line {line}: write &quot;name = code&quot;.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="437"/>
        <source>Pengaturan tidak dikenal: {key}.</source>
        <translation>Unknown setting: {key}.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="438"/>
        <source>Isian {key} terlalu panjang (lebih dari {limit} karakter).</source>
        <translation>Entry {key} is too long (more than {limit} characters).</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="439"/>
        <source>Logo LSP harus berupa gambar PNG atau JPEG. Logo yang lama tetap dipakai.</source>
        <translation>The LSP logo must be a PNG or JPEG image. The previous logo is kept.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="440"/>
        <source>Berkas logo tidak dapat dibaca sebagai gambar (rusak atau bukan gambar). Logo yang lama tetap dipakai.</source>
        <translation>The logo file cannot be read as an image (damaged or not an image). The previous logo is kept.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="441"/>
        <source>Berkas logo lebih dari {limit_mb} MB. Perkecil gambarnya lalu coba lagi.</source>
        <translation>The logo file is larger than {limit_mb} MB. Make the image smaller and try again.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="442"/>
        <source>Gambar logo terlalu kecil (kurang dari 16 piksel). Pakai gambar yang lebih besar.</source>
        <translation>The logo image is too small (under 16 pixels). Use a larger image.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="443"/>
        <source>Disk penuh saat menulis {path}: kosongkan ruang disk (atau pilih folder di disk lain) lalu coba lagi. Berkas yang belum selesai tidak disimpan.</source>
        <translation>Disk full while writing {path}: free up disk space (or choose a folder on another disk) and try again. The unfinished file was not kept.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="444"/>
        <source>Media hanya-baca: {path} tidak dapat ditulis. Geser kunci tulis flashdisk atau pilih folder di disk laptop, lalu coba lagi.</source>
        <translation>Read-only media: {path} cannot be written. Slide the USB stick&apos;s write-protect switch or choose a folder on the laptop&apos;s disk, then try again.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="445"/>
        <source>Kesalahan baca/tulis disk pada {path} (media rusak atau terlepas). Berkas yang belum selesai tidak disimpan; periksa atau pasang lagi medianya lalu coba lagi.</source>
        <translation>Disk read/write error on {path} (damaged or disconnected media). The unfinished file was not kept; check or reconnect the drive and try again.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="446"/>
        <source>Berkas {path} tidak dapat dibaca atau ditulis (kode sistem {code}). Periksa folder dan medianya lalu coba lagi.</source>
        <translation>File {path} cannot be read or written (system code {code}). Check the folder and its drive, then try again.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="447"/>
        <source>berkas</source>
        <translation>file</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="448"/>
        <source>Cadangan tidak dapat dibuat; data acara tidak berubah. {reason}</source>
        <translation>The backup could not be made; the event data is unchanged. {reason}</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="450"/>
        <source>Ekspor terhenti: {reason}</source>
        <translation>Export stopped: {reason}</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="451"/>
        <source>Proses ekspor berhenti tiba-tiba (mungkin memori laptop habis). Berkas yang sudah ditulis utuh tetap ada di folder tujuan; coba ekspor lagi.</source>
        <translation>The export process stopped unexpectedly (the laptop may have run out of memory). Files already written whole stay in the target folder; try the export again.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="452"/>
        <source>Sudah ditulis utuh ({count} berkas, di {folder}):</source>
        <translation>Written completely ({count} files, in {folder}):</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="453"/>
        <source>Tidak ada berkas yang ditulis.</source>
        <translation>No file was written.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="454"/>
        <source>… dan {count} berkas lain</source>
        <translation>… and {count} more files</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="455"/>
        <source>Belum ditulis:</source>
        <translation>Not written:</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="456"/>
        <source>{kind} (terhenti di tengah)</source>
        <translation>{kind} (stopped part-way)</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="457"/>
        <source>Daftar peserta (Excel)</source>
        <translation>Participant list (Excel)</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="458"/>
        <source>Daftar hadir (Excel + PDF)</source>
        <translation>Attendance list (Excel + PDF)</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="459"/>
        <source>Rekapitulasi hasil (Excel)</source>
        <translation>Results recap (Excel)</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="460"/>
        <source>Lembar unggah BNSP (Excel)</source>
        <translation>BNSP upload sheet (Excel)</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="461"/>
        <source>Berita acara (Excel + PDF)</source>
        <translation>Official minutes (Excel + PDF)</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="462"/>
        <source>FR.AK.02 rekaman asesmen (PDF)</source>
        <translation>FR.AK.02 assessment records (PDF)</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="463"/>
        <source>FR.AK.05 laporan asesmen (PDF)</source>
        <translation>FR.AK.05 assessment report (PDF)</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="464"/>
        <source>Sertifikat (PDF)</source>
        <translation>Certificates (PDF)</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="465"/>
        <source>Berita acara pleno (PDF)</source>
        <translation>Plenary minutes (PDF)</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="466"/>
        <source>SK penetapan hasil (PDF)</source>
        <translation>Results decree (SK) (PDF)</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="467"/>
        <source>Permohonan blanko BNSP (PDF)</source>
        <translation>BNSP blank certificate request (PDF)</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="468"/>
        <source>Halaman kalibrasi blanko (PDF)</source>
        <translation>Blank calibration page (PDF)</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="469"/>
        <source>Penulisan berkas terhenti: {reason}</source>
        <translation>Writing the files stopped: {reason}</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="470"/>
        <source>Jangan unggah folder ini sampai semua berkas selesai ditulis: isinya campuran berkas lama dan baru. Ulangi perintahnya setelah masalahnya diatasi.</source>
        <translation>Do not upload this folder until every file is written: it now mixes old and new files. Repeat the command once the problem is fixed.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="471"/>
        <source>Pembagian paket terhenti: {reason}</source>
        <translation>Package hand-out stopped: {reason}</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="472"/>
        <source>Tidak ada paket yang tertinggal di {folder}: {count} paket yang sudah ditulis dihapus lagi, agar flashdisk tidak membawa putaran setengah jadi. Ulangi pembagian setelah masalahnya diatasi.</source>
        <translation>No package is left in {folder}: the {count} package(s) already written were removed again, so the stick never carries a half-finished round. Repeat the hand-out once the problem is fixed.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="473"/>
        <source>Nomor seri blanko wajib diisi (paling panjang {limit} karakter, tanpa karakter kendali).</source>
        <translation>A blanko serial number is required (at most {limit} characters, no control characters).</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="474"/>
        <source>Sertifikat {number} tidak ada di acara ini (nomor sertifikat atau nomor peserta yang sudah bernomor sertifikat).</source>
        <translation>Certificate {number} is not in this event (give a certificate number, or the number of a participant whose certificate is numbered).</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="475"/>
        <source>Sertifikat {number} sudah dibatalkan; blanko tidak dicatat.</source>
        <translation>Certificate {number} is voided; no blanko was recorded.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="476"/>
        <source>Sertifikat {number} sudah tercatat pada blanko {serial}. Mengganti blanko memerlukan alasan (mis. blanko rusak).</source>
        <translation>Certificate {number} is already recorded on blanko {serial}. Replacing the blanko needs a reason (e.g. a spoiled blanko).</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="477"/>
        <source>Blanko {serial} sudah tercatat untuk sertifikat {number}; satu blanko hanya untuk satu sertifikat. Tidak ada yang diubah.</source>
        <translation>Blanko {serial} is already recorded for certificate {number}; one blanko carries one certificate. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="478"/>
        <source>Berkas kode {path} tidak dapat dibaca sebagai xlsx atau csv. Tidak ada kode yang diubah.</source>
        <translation>The code file {path} cannot be read as xlsx or csv. No code was changed.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="479"/>
        <source>Berkas kode lebih dari {limit_mb} MB; itu bukan daftar kode. Tidak ada kode yang diubah.</source>
        <translation>The code file is larger than {limit_mb} MB; that is not a code list. No code was changed.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="480"/>
        <source>Berkas kode {path} tidak memiliki baris judul dengan kolom nama dan kolom kode (mis. &quot;Pendidikan | Kode&quot;). Tidak ada kode yang diubah.</source>
        <translation>The code file {path} has no header row with a name column and a code column (e.g. &quot;Pendidikan | Kode&quot;). No code was changed.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="481"/>
        <source>Berkas kode {path}, baris {row}: nama dan kode harus terisi (kode paling panjang 20 karakter). Tidak ada kode yang diubah.</source>
        <translation>Code file {path}, row {row}: both name and code must be filled in (a code has at most 20 characters). No code was changed.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="482"/>
        <source>Berkas kode {path}, baris {row}: &quot;{name}&quot; sudah muncul dengan kode lain. Tidak ada kode yang diubah.</source>
        <translation>Code file {path}, row {row}: &quot;{name}&quot; already appears with another code. No code was changed.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="483"/>
        <source>Berkas kode {path} tidak berisi kode. Tidak ada kode yang diubah.</source>
        <translation>The code file {path} contains no codes. No code was changed.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="484"/>
        <source>Berkas kode {path} berisi lebih dari {limit} baris; itu bukan daftar kode. Tidak ada kode yang diubah.</source>
        <translation>The code file {path} has more than {limit} rows; that is not a code list. No code was changed.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="485"/>
        <source>Daftar kode {key} tidak dapat dimuat dari berkas.</source>
        <translation>The code list {key} cannot be loaded from a file.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="489"/>
        <source>FR.AK.03 umpan balik asesi (PDF)</source>
        <translation>FR.AK.03 participant feedback (PDF)</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="490"/>
        <source>FR.AK.04 banding asesmen (PDF)</source>
        <translation>FR.AK.04 assessment appeals (PDF)</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="491"/>
        <source>Teks formulir (pengaturan forms.wording) tidak sah di bagian {where}. Tidak ada yang diubah.</source>
        <translation>The form wording (setting forms.wording) is not valid in {where}. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="492"/>
        <source>FR.AK.03 belum dapat diisi: rekomendasi asesor belum dicatat dan ditandatangani. Umpan balik diisi asesi setelah keputusan dijelaskan.</source>
        <translation>FR.AK.03 cannot be filled yet: the assessor&apos;s recommendation is not recorded and signed. The participant gives feedback after the decision has been explained.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="493"/>
        <source>FR.AK.03 asesi ini sudah diisi dan tidak dapat diisi ulang.</source>
        <translation>This participant&apos;s FR.AK.03 is already filled and cannot be filled again.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="494"/>
        <source>Jawaban harus {expected} (Ya/Tidak), yang diberikan {given}. Tidak ada yang disimpan.</source>
        <translation>{expected} answers (Yes/No) are needed, {given} were given. Nothing was saved.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="495"/>
        <source>Jawaban &quot;{value}&quot; tidak dikenal; isi Ya atau Tidak.</source>
        <translation>Unknown answer &quot;{value}&quot;; answer Ya (yes) or Tidak (no).</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="496"/>
        <source>Pernyataan {number} belum dijawab Ya atau Tidak. Tidak ada yang disimpan.</source>
        <translation>Statement {number} has no Yes or No answer. Nothing was saved.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="497"/>
        <source>Komentar paling panjang {limit} karakter. Tidak ada yang disimpan.</source>
        <translation>A comment may be at most {limit} characters. Nothing was saved.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="498"/>
        <source>Asesi harus menuliskan nama atau paraf sebagai tanda tangan FR.AK.03.</source>
        <translation>The participant must write their name or mark as the FR.AK.03 signature.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="499"/>
        <source>Banding (FR.AK.04) belum dapat diajukan: asesi belum memiliki hasil asesmen yang ditandatangani asesor.</source>
        <translation>An appeal (FR.AK.04) cannot be lodged yet: the participant has no assessment result signed by the assessor.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="500"/>
        <source>Asesi ini masih memiliki banding yang belum diputuskan.</source>
        <translation>This participant still has an appeal that has not been decided.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="501"/>
        <source>Alasan banding harus {low} sampai {high} karakter.</source>
        <translation>The reason for the appeal must be {low} to {high} characters.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="502"/>
        <source>Tanggal terima banding tidak boleh sebelum hasil asesmen ({result}).</source>
        <translation>The date the appeal was received cannot be before the assessment result ({result}).</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="503"/>
        <source>Batas waktu banding {days} hari sejak hasil asesmen ({result}) sudah lewat; banding tidak dicatat.</source>
        <translation>The appeal window of {days} days after the assessment result ({result}) has passed; the appeal was not recorded.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="504"/>
        <source>Batas waktu banding harus 1 sampai 365 hari.</source>
        <translation>The appeal window must be 1 to 365 days.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="505"/>
        <source>{name} adalah asesor asesi ini dan tidak boleh menjadi tim banding (tim banding harus independen dari asesmen).</source>
        <translation>{name} assessed this participant and cannot sit on the appeal team (the appeal team must be independent of the assessment).</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="506"/>
        <source>Nama anggota tim banding tercantum lebih dari sekali.</source>
        <translation>An appeal team member is listed more than once.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="507"/>
        <source>Tim banding belum ditetapkan; keputusan banding tidak disimpan.</source>
        <translation>No appeal team has been named; the appeal decision was not saved.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="508"/>
        <source>Kasus banding tidak ditemukan.</source>
        <translation>Appeal case not found.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="509"/>
        <source>Kasus banding ini sudah diputuskan.</source>
        <translation>This appeal case has already been decided.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="510"/>
        <source>Keputusan banding harus &quot;diterima&quot; atau &quot;ditolak&quot;.</source>
        <translation>The appeal decision must be &quot;diterima&quot; (upheld) or &quot;ditolak&quot; (rejected).</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="511"/>
        <source>Pernyataan ketidakberpihakan dan kerahasiaan asesor (FR.AK.01) belum dibuat untuk asesi ini; penilaian belum dapat dimulai.</source>
        <translation>The assessor&apos;s impartiality and confidentiality declaration (FR.AK.01) has not been made for this participant; scoring cannot start yet.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="512"/>
        <source>Tidak ada peserta dengan nomor {number}.</source>
        <translation>There is no participant with number {number}.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="513"/>
        <source>Tanggal keputusan banding tidak boleh sebelum tanggal banding diterima.</source>
        <translation>The appeal decision date cannot be before the date the appeal was received.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="514"/>
        <source>FR.AK.06/FR.VA setelah asesmen belum dapat dibuat: belum ada asesmen yang ditandatangani pada skema ini.</source>
        <translation>FR.AK.06/FR.VA after the assessment cannot be made yet: no signed assessment in this scheme.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="515"/>
        <source>Isian {where} harus {rows} baris × {columns} kolom sesuai teks formulir. Tidak ada yang disimpan.</source>
        <translation>The {where} entries must be {rows} rows × {columns} columns as the form&apos;s wording has them. Nothing was saved.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="516"/>
        <source>Nama peninjau (lead asesor atau asesor) FR.AK.06 belum diisi.</source>
        <translation>The FR.AK.06 reviewer&apos;s name (lead assessor or assessor) is missing.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="517"/>
        <source>Teks paling panjang {limit} karakter. Tidak ada yang disimpan.</source>
        <translation>Texts may be at most {limit} characters. Nothing was saved.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="518"/>
        <source>FR.VA membutuhkan dua validator dengan nama berbeda.</source>
        <translation>FR.VA needs two validators with different names.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="519"/>
        <source>Periode validasi harus Sebelum, Pada Saat atau Setelah Asesmen.</source>
        <translation>The validation period must be Before, During or After the assessment.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="520"/>
        <source>Tempat validasi belum diisi.</source>
        <translation>The validation place is missing.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="521"/>
        <source>Pilihan &quot;{value}&quot; tidak ada pada teks formulir FR.VA ({where}). Tidak ada yang disimpan.</source>
        <translation>The choice &quot;{value}&quot; is not in the FR.VA form&apos;s wording ({where}). Nothing was saved.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="522"/>
        <source>Orang yang relevan harus memuat {role} (wajib).</source>
        <translation>The relevant people must include {role} (required).</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="523"/>
        <source>Ada baris {where} yang belum lengkap. Tidak ada yang disimpan.</source>
        <translation>A {where} row is incomplete. Nothing was saved.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="524"/>
        <source>Temuan validasi membutuhkan rencana implementasi perubahan/perbaikan.</source>
        <translation>Validation findings need an improvement implementation plan.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="525"/>
        <source>{name} sudah menilai asesi ini; asesmen ulang harus oleh asesor lain.</source>
        <translation>{name} already assessed this candidate; the re-assessment must be by another assessor.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="526"/>
        <source>{name} anggota tim banding kasus ini; asesmen ulang harus oleh asesor lain.</source>
        <translation>{name} is on this case&apos;s appeal panel; the re-assessment must be by another assessor.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="527"/>
        <source>Kasus banding ini sudah memiliki asesmen ulang.</source>
        <translation>This appeal case already has a re-assessment.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="528"/>
        <source>Asesmen ulang kasus banding ini belum ditandatangani asesor; keputusan banding belum dapat disimpan.</source>
        <translation>The re-assessment of this appeal case is not signed by the assessor yet; the appeal decision cannot be saved yet.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="529"/>
        <source>Asesmen ulang hanya untuk banding yang diterima.</source>
        <translation>A re-assessment is only for an upheld appeal.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="530"/>
        <source>Asesor asesmen ulang tidak ditemukan pada acara ini.</source>
        <translation>The re-assessment assessor is not in this event.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="531"/>
        <source>FR.AK.06 meninjau proses asesmen (PDF)</source>
        <translation>FR.AK.06 assessment process review (PDF)</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="532"/>
        <source>FR.VA validasi asesmen (PDF)</source>
        <translation>FR.VA assessment validation (PDF)</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="545"/>
        <source>Bukti &quot;Lainnya&quot; dipilih: tuliskan bukti apa yang akan dikumpulkan (FR.AK.01).</source>
        <translation>Evidence &quot;Other&quot; is chosen: write what evidence will be collected (FR.AK.01).</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="559"/>
        <source>Terjadi kesalahan ({code}).</source>
        <translation>An error occurred ({code}).</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="305"/>
        <source>Daftar pencabutan yang diperiksa: {source}, urutan {seq}, tanggal {issued}.</source>
        <translation>Revocation list checked: {source}, sequence {seq}, dated {issued}.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="306"/>
        <source>registri LSP ({where})</source>
        <translation>the LSP registry ({where})</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="307"/>
        <source>berkas bertanda tangan LSP ({where})</source>
        <translation>a file signed by the LSP ({where})</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="308"/>
        <source>belum pernah ada pencabutan</source>
        <translation>no revocation yet</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="309"/>
        <source>Tidak ada daftar pencabutan yang diperiksa: status pencabutan sertifikat ini tidak diketahui (hubungkan registri LSP atau pakai --revocations).</source>
        <translation>No revocation list was checked: whether this certificate was revoked is unknown (connect the LSP registry or use --revocations).</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="310"/>
        <source>Sertifikat akhir harus ditandatangani kunci LSP: buat kuncinya dengan &apos;humas-desktop lsp-key create&apos; lalu ekspor dengan --sign-key (di aplikasi: centang &quot;Tandatangani kode QR&quot;), atau buat draf bertanda DRAF (--draft). Tidak ada yang ditulis.</source>
        <translation>Final certificates must be signed with the LSP key: create it with &apos;humas-desktop lsp-key create&apos;, then export with --sign-key (in the app: tick &quot;Sign the QR code&quot;), or make a draft marked DRAF (--draft). Nothing was written.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="386"/>
        <source>Registri LSP belum punya alamat halaman verifikasi, jadi sertifikat akhir tidak dapat diberi nomor (kode QR-nya tidak dapat diperiksa). Isi alamatnya (https://...) di kotak &quot;Alamat halaman verifikasi&quot; saat menutup sesi, atau: humas-desktop registry profile --verify-url https://... Belum ada nomor sertifikat yang diberikan.</source>
        <translation>The LSP registry has no verification page address, so final certificates cannot be numbered (their QR code could not be checked). Enter the address (https://...) in the &quot;Verification page address&quot; box when closing the session, or: humas-desktop registry profile --verify-url https://... No certificate number was given.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="19"/>
        <source>Di samping berkas acara {path} ada berkas -wal yang tidak cocok (dari basis data lain atau rusak). Berkas acara tidak diubah dan -wal itu tidak dipakai; saat acara dibuka, -wal itu dipindahkan ke samping (tidak dihapus).</source>
        <translation>Next to the event file {path} there is a -wal file that does not match (from another database, or damaged). The event file was not changed and that -wal was not used; when the event is opened, that -wal is moved aside (not deleted).</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="20"/>
        <source>Berkas -wal di samping berkas acara {path} bukan milik acara ini; tidak dipakai dan dipindahkan menjadi {moved} (tidak dihapus). Berkas acara tidak diubah dan dipakai sebagaimana tersimpan terakhir (di baris perintah: jalankan perintahnya lagi).</source>
        <translation>The -wal file next to the event file {path} does not belong to this event; it was not used and was moved to {moved} (not deleted). The event file was not changed and is used as last saved (on the command line: run the command again).</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="375"/>
        <source>Berkas registri LSP {location} berisi tabel, view, atau trigger yang tidak dibuat aplikasi ini; registri tidak dipakai dan tidak diubah. Pakai salinan cadangan registri yang utuh.</source>
        <translation>The LSP registry file {location} holds a table, view or trigger this app did not create; the registry was not used and not changed. Use an intact backup copy of the registry.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="380"/>
        <source>Disk penuh: registri LSP {location} tidak dapat dibuka atau ditulis. Registri tetap utuh dan tidak diubah. Kosongkan paling sedikit 1 MB di disk itu (hapus unduhan atau berkas lama, kosongkan Tempat Sampah, atau pindahkan berkas besar ke media lain), lalu coba lagi.</source>
        <translation>Disk full: the LSP registry {location} cannot be opened or written. The registry is intact and was not changed. Free at least 1 MB on that disk (delete downloads or old files, empty the Trash, or move large files to other media), then try again.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="408"/>
        <source>Disk penuh: perubahan terakhir belum tersimpan, data yang sudah tersimpan aman. Kosongkan ruang disk (paling sedikit beberapa MB: hapus unduhan atau berkas lama, kosongkan Tempat Sampah, atau pindahkan berkas besar ke media lain) lalu coba lagi.</source>
        <translation>Disk full: the last change was not saved; data saved earlier is safe. Free space on the disk (at least a few MB: delete downloads or old files, empty the Trash, or move large files to other media), then try again.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="409"/>
        <source>Disk penuh: berkas acara {path} tidak dapat dibuka karena disk tempatnya tidak bersisa ruang. Berkas acara tetap utuh dan tidak diubah. Kosongkan paling sedikit {need_mb} MB di disk itu (hapus unduhan atau berkas lama, kosongkan Tempat Sampah, atau pindahkan berkas besar ke media lain), lalu coba lagi.</source>
        <translation>Disk full: the event file {path} cannot be opened because its disk has no space left. The event file is intact and was not changed. Free at least {need_mb} MB on that disk (delete downloads or old files, empty the Trash, or move large files to other media), then try again.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="449"/>
        <source>Sesi sudah ditutup, tetapi cadangan acara yang ditutup tidak dapat dibuat. {reason} Setelah itu buat cadangannya lewat Berkas → Cadangkan sekarang.</source>
        <translation>The session is closed, but the closed-event backup could not be made. {reason} Then make the backup with File → Back up now.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="90"/>
        <source>NIK berisi nol semua. Ketik NIK sesuai KTP.</source>
        <translation>The NIK is all zeros. Type the NIK as on the ID card (KTP).</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="91"/>
        <source>Dua digit pertama NIK bukan kode provinsi Kemendagri. Periksa dengan KTP.</source>
        <translation>The first two digits of the NIK are not a Kemendagri province code. Check against the ID card (KTP).</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="92"/>
        <source>Empat digit pertama NIK bukan kode kabupaten/kota Kemendagri. Periksa dengan KTP.</source>
        <translation>The first four digits of the NIK are not a Kemendagri regency/city code. Check against the ID card (KTP).</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="93"/>
        <source>Kode kabupaten/kota di NIK tidak ada dalam daftar Kemendagri sekarang; bisa jadi kode lama sebelum pemekaran provinsi. Periksa dengan KTP.</source>
        <translation>The regency/city code in the NIK is not in the current Kemendagri list; it may be an old code from before a province was split. Check against the ID card (KTP).</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="94"/>
        <source>Digit ke-5 dan ke-6 NIK (kode kecamatan) tidak boleh 00. Periksa dengan KTP.</source>
        <translation>Digits 5 and 6 of the NIK (district code) cannot be 00. Check against the ID card (KTP).</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="95"/>
        <source>Empat digit terakhir NIK 0000: nomor urut NIK mulai dari 0001, kemungkinan rusak oleh Excel. Periksa dengan KTP.</source>
        <translation>The last four digits of the NIK are 0000: NIK serial numbers start at 0001, probably damaged by Excel. Check against the ID card (KTP).</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="96"/>
        <source>Bagian tanggal lahir di dalam NIK (digit ke-7 s.d. ke-12, HHBBTT; tanggal + 40 untuk perempuan) bukan tanggal yang sah. Periksa dengan KTP.</source>
        <translation>The birth date part of the NIK (digits 7 to 12, DDMMYY; day + 40 for women) is not a valid date. Check against the ID card (KTP).</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="103"/>
        <source>Delapan digit pertama NIP (tanggal lahir, TTTTBBHH) bukan tanggal yang sah. Periksa dengan SK.</source>
        <translation>The first eight digits of the NIP (birth date, YYYYMMDD) are not a valid date. Check against the appointment letter (SK).</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="104"/>
        <source>Digit ke-9 s.d. ke-14 NIP (TMT CPNS, TTTTBB) tidak sah: bulan harus 01 s.d. 12 dan tahunnya sesudah usia 15 tahun. Periksa dengan SK.</source>
        <translation>Digits 9 to 14 of the NIP (appointment date, YYYYMM) are not valid: the month must be 01 to 12 and the year after age 15. Check against the appointment letter (SK).</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="105"/>
        <source>Digit ke-15 NIP (jenis kelamin) harus 1 atau 2. Periksa dengan SK.</source>
        <translation>Digit 15 of the NIP (sex) must be 1 or 2. Check against the appointment letter (SK).</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="106"/>
        <source>Tiga digit terakhir NIP (nomor urut) tidak boleh 000. Periksa dengan SK.</source>
        <translation>The last three digits of the NIP (serial number) cannot be 000. Check against the appointment letter (SK).</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="107"/>
        <source>Tanggal lahir tidak cocok dengan tanggal lahir di NIP. Periksa dengan SK.</source>
        <translation>The birth date does not match the birth date in the NIP. Check against the appointment letter (SK).</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="108"/>
        <source>Jenis kelamin tidak cocok dengan digit jenis kelamin di NIP. Periksa dengan SK.</source>
        <translation>The sex does not match the sex digit in the NIP. Check against the appointment letter (SK).</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="109"/>
        <source>Nomor telepon tidak dikenali: tulis nomor Indonesia 08…, +628… atau 628… (ponsel 10 s.d. 13 angka, telepon rumah 9 s.d. 12 angka).</source>
        <translation>Phone number not recognised: write an Indonesian number 08…, +628… or 628… (mobile 10 to 13 digits, landline 9 to 12 digits).</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="342"/>
        <source>Tanggal rapat pleno harus antara {first} (hari uji terakhir) dan {last} (hari ini).</source>
        <translation>The plenary meeting date must be between {first} (the last assessment day) and {last} (today).</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="343"/>
        <source>Tanggal rapat pleno tidak boleh sesudah hari ini ({last}).</source>
        <translation>The plenary meeting date cannot be after today ({last}).</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="344"/>
        <source>Tanggal rapat pleno tidak dapat dipilih: hari uji terakhir ({first}) masih sesudah hari ini ({last}). Periksa tanggal acara dan jam laptop.</source>
        <translation>No plenary meeting date can be chosen: the last assessment day ({first}) is after today ({last}). Check the event dates and the laptop clock.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="345"/>
        <source>Keputusan LSP sudah tercatat dengan SK {recorded} tanggal {recorded_date}, bukan SK {given} tanggal {given_date}. Pakai yang tercatat, atau beri alasan untuk mencatat yang baru.</source>
        <translation>The LSP decisions are recorded with SK {recorded} dated {recorded_date}, not SK {given} dated {given_date}. Use the recorded ones, or give a reason to record the new ones.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="346"/>
        <source>Blok nomor yang dipesan untuk tahun {year}, tetapi rapat pleno tahun {plenary_year}: nomor sertifikat memakai tahun pleno, jadi blok ini tidak dapat dipakai. Tidak ada yang diubah; hubungi pengelola registri LSP.</source>
        <translation>The reserved number block is for {year}, but the plenary meeting is in {plenary_year}: certificate numbers use the plenary year, so this block cannot be used. Nothing was changed; contact the LSP registry administrator.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="79"/>
        <source>Baris judul kolom tidak ditemukan dan baris pertama sudah berisi data peserta: pilih &quot;Tanpa baris judul&quot; (di baris perintah: --header-row 0).</source>
        <translation>No header row found and the first row already holds a participant: choose &quot;No header row&quot; (on the command line: --header-row 0).</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="80"/>
        <source>NIK kosong: peserta diimpor tanpa NIK. Lengkapi lewat Ubah data peserta sebelum Tutup sesi.</source>
        <translation>NIK empty: the participant is imported without a NIK. Complete it in Edit participant before closing the session.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="81"/>
        <source>Kabupaten/kota &quot;{value}&quot; tidak ada di daftar wilayah Kemendagri; kode kota BNSP kosong. Perbaiki lewat Ubah data peserta.</source>
        <translation>Regency/city &quot;{value}&quot; is not in the Kemendagri region list; the BNSP city code is empty. Fix it in Edit participant.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="82"/>
        <source>Unit {unit} belum punya metode bukti yang dicentang (Observasi, Portofolio, Wawancara, Lisan, …). Centang minimal satu metode sebelum menandatangani FR.AK.02.</source>
        <translation>Unit {unit} has no evidence method ticked (Observation, Portfolio, Interview, Oral, …). Tick at least one method before signing FR.AK.02.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="83"/>
        <source>Ini salinan kerja asesor: {action} hanya dilakukan koordinator di berkas acara utama. Tidak ada yang diubah.</source>
        <translation>This is an assessor&apos;s working copy: {action} is done only by the coordinator in the main event file. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="84"/>
        <source>Kode pekerjaan harus diisi (paling panjang 20 karakter).</source>
        <translation>The occupation code is required (at most 20 characters).</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="486"/>
        <source>FR.APL.01 permohonan sertifikasi (PDF)</source>
        <translation>FR.APL.01 certification application (PDF)</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="487"/>
        <source>FR.APL.02 asesmen mandiri (PDF)</source>
        <translation>FR.APL.02 self-assessment (PDF)</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="488"/>
        <source>FR.AK.01 persetujuan asesmen (PDF)</source>
        <translation>FR.AK.01 assessment agreement (PDF)</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="533"/>
        <source>Formulir FR.AK.01 (bukti yang akan dikumpulkan, TUK, tanggal dan waktu, tanda tangan asesi dan asesor) belum dicatat untuk asesi ini; penilaian belum dapat dimulai.</source>
        <translation>The FR.AK.01 form (evidence to be collected, TUK, date and time, the candidate&apos;s and the assessor&apos;s signatures) is not recorded for this candidate; scoring cannot start yet.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="534"/>
        <source>Unit {unit} tidak dinilai: tinjauan FR.APL.02 asesor menyatakan asesmen tidak dapat dilanjutkan untuk unit ini (hanya rekomendasi BK dan catatan yang dapat diisi).</source>
        <translation>Unit {unit} is not scored: the assessor&apos;s FR.APL.02 review says the assessment cannot go on for this unit (only a BK recommendation and notes can be entered).</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="535"/>
        <source>Isian {field} terlalu panjang (paling banyak {limit} karakter).</source>
        <translation>The {field} entry is too long (at most {limit} characters).</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="536"/>
        <source>Bukti kelengkapan &quot;{name}&quot; tidak lengkap: kategori, nama dokumen dan status harus diisi dari pilihan formulir.</source>
        <translation>Supporting document &quot;{name}&quot; is incomplete: category, document name and status must be filled from the form&apos;s choices.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="537"/>
        <source>Tujuan asesmen &quot;{value}&quot; tidak dikenal (pilih Sertifikasi, Sertifikasi Ulang, PKT, RPL atau Lainnya).</source>
        <translation>Unknown assessment purpose &quot;{value}&quot; (choose Sertifikasi, Sertifikasi Ulang, PKT, RPL or Lainnya).</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="538"/>
        <source>Tujuan asesmen &quot;Lainnya&quot;: tuliskan tujuannya.</source>
        <translation>Assessment purpose &quot;Lainnya&quot; (other): write the purpose.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="539"/>
        <source>Rekomendasi FR.APL.01 harus Diterima atau Tidak diterima.</source>
        <translation>The FR.APL.01 recommendation must be Diterima (accepted) or Tidak diterima (not accepted).</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="540"/>
        <source>Rekomendasi FR.APL.01 memerlukan nama Admin LSP yang memeriksa.</source>
        <translation>The FR.APL.01 recommendation needs the name of the LSP admin who checked it.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="541"/>
        <source>Asesmen mandiri FR.APL.02 harus K atau BK untuk setiap unit.</source>
        <translation>The FR.APL.02 self-assessment must be K or BK for every unit.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="542"/>
        <source>Tinjauan FR.APL.02 harus &quot;asesmen dapat dilanjutkan&quot; atau &quot;asesmen tidak dapat dilanjutkan&quot;.</source>
        <translation>The FR.APL.02 review must be &quot;assessment can go on&quot; or &quot;assessment cannot go on&quot;.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="543"/>
        <source>Unit ini bukan unit skema asesi; tinjauan FR.APL.02 tidak disimpan.</source>
        <translation>This unit is not a unit of the candidate&apos;s scheme; the FR.APL.02 review was not saved.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="544"/>
        <source>Pilih sedikitnya satu bukti yang akan dikumpulkan (FR.AK.01).</source>
        <translation>Choose at least one kind of evidence to be collected (FR.AK.01).</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="546"/>
        <source>Bukti yang akan dikumpulkan tidak dikenal (FR.AK.01).</source>
        <translation>Unknown kind of evidence to be collected (FR.AK.01).</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="547"/>
        <source>Jenis TUK &quot;{value}&quot; tidak dikenal (Sewaktu, Tempat Kerja atau Mandiri).</source>
        <translation>Unknown TUK type &quot;{value}&quot; (Sewaktu, Tempat Kerja or Mandiri).</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="548"/>
        <source>FR.APL.01 belum dicatat atau belum diterima LSP.</source>
        <translation>FR.APL.01 is not recorded or not accepted by the LSP yet.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="549"/>
        <source>FR.APL.01 tidak diterima LSP: asesi bukan peserta sertifikasi.</source>
        <translation>FR.APL.01 was not accepted by the LSP: the candidate is not a certification participant.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="550"/>
        <source>Tinjauan FR.APL.02 asesor: {done} dari {total} unit.</source>
        <translation>Assessor&apos;s FR.APL.02 review: {done} of {total} units.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="551"/>
        <source>Persetujuan asesmen FR.AK.01 belum ditandatangani asesi dan asesor.</source>
        <translation>The FR.AK.01 assessment agreement is not signed by the candidate and the assessor yet.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="552"/>
        <source>Tinjauan FR.APL.02: asesmen tidak dapat dilanjutkan untuk semua unit.</source>
        <translation>FR.APL.02 review: the assessment cannot go on for any unit.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="553"/>
        <source>Terbuka setelah FR.AK.01 dan pernyataan ketidakberpihakan asesor.</source>
        <translation>Opens after FR.AK.01 and the assessor&apos;s impartiality declaration.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="554"/>
        <source>Menunggu rekomendasi asesor yang ditandatangani (FR.AK.02).</source>
        <translation>Waiting for the assessor&apos;s signed recommendation (FR.AK.02).</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="555"/>
        <source>Menunggu keputusan rapat pleno.</source>
        <translation>Waiting for the plenary decision.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="556"/>
        <source>Banding terbuka: sertifikat ditahan sampai diputuskan.</source>
        <translation>Appeal open: the certificate is held until it is decided.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="557"/>
        <source>Tidak ada banding (dapat diajukan dalam batas waktu LSP).</source>
        <translation>No appeal (one can be lodged within the LSP&apos;s window).</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="558"/>
        <source>Banding hanya dapat diajukan setelah ada hasil asesmen.</source>
        <translation>An appeal can only be lodged after there is an assessment result.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="184"/>
        <source>Diubah di dua laptop</source>
        <translation>Changed on two laptops</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="185"/>
        <source>Data milik koordinator diubah di laptop asesor</source>
        <translation>Coordinator&apos;s data changed on the assessor&apos;s laptop</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="186"/>
        <source>Rekaman ganda</source>
        <translation>Duplicate record</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="187"/>
        <source>Dinilai dua asesor</source>
        <translation>Assessed by two assessors</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="188"/>
        <source>Data asesi</source>
        <translation>Participant data</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="189"/>
        <source>Asesmen</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="190"/>
        <source>Jawaban</source>
        <translation>Answer</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="191"/>
        <source>Rekomendasi unit</source>
        <translation>Unit recommendation</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="192"/>
        <source>Bukti portofolio</source>
        <translation>Portfolio evidence</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="193"/>
        <source>Umpan balik (FR.AK.03)</source>
        <translation>Feedback (FR.AK.03)</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="194"/>
        <source>Pernyataan FR.AK.01</source>
        <translation>FR.AK.01 declaration</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="195"/>
        <source>Laporan asesmen (FR.AK.05)</source>
        <translation>Assessment report (FR.AK.05)</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="196"/>
        <source>Tanda tangan</source>
        <translation>Signature</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="197"/>
        <source>Tetap pakai nilai di laptop ini; nilai dari {sender} tidak dipakai.</source>
        <translation>Keep the value on this laptop; the value from {sender} is not used.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="198"/>
        <source>Pakai nilai dari {sender}; data yang diisi koordinator (mis. Kabupaten/Kota) tetap.</source>
        <translation>Use the value from {sender}; data the coordinator filled in (e.g. Regency/City) stays.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="199"/>
        <source>Data asesi tetap seperti di laptop ini; perubahan dari {sender} tidak dipakai.</source>
        <translation>The participant&apos;s data stays as on this laptop; the change from {sender} is not used.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="200"/>
        <source>Terima perubahan data asesi dari {sender}.</source>
        <translation>Accept the change to the participant&apos;s data from {sender}.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="201"/>
        <source>Rekaman di laptop ini tetap; rekaman ganda dari {sender} tidak dipakai.</source>
        <translation>The record on this laptop stays; the duplicate from {sender} is not used.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="202"/>
        <source>Pakai rekaman dari {sender} (hanya bila tidak bertabrakan).</source>
        <translation>Use the record from {sender} (only if it does not clash).</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="203"/>
        <source>Kedua penilaian tetap tersimpan; konflik ditutup dengan alasan Anda.</source>
        <translation>Both assessments stay stored; the conflict is closed with your reason.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="204"/>
        <source>asesor yang tidak terdaftar</source>
        <translation>an unregistered assessor</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="205"/>
        <source>(kosong)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="206"/>
        <source>(data pribadi; lihat di aplikasi)</source>
        <translation>(personal data; see in the app)</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="207"/>
        <source>Ya</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="208"/>
        <source>Tidak</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="209"/>
        <source>Hadir</source>
        <translation>Present</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="210"/>
        <source>Tidak hadir</source>
        <translation>Absent</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="211"/>
        <source>Kompeten (K)</source>
        <translation>Competent (K)</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="212"/>
        <source>Belum kompeten (BK)</source>
        <translation>Not yet competent (BK)</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="213"/>
        <source>Belum dimulai</source>
        <translation>Not started</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="214"/>
        <source>Berlangsung</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="215"/>
        <source>Selesai dinilai</source>
        <translation>Scored</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="216"/>
        <source>Ditandatangani</source>
        <translation>Signed</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="217"/>
        <source>Laki-laki</source>
        <translation>Male</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="218"/>
        <source>Perempuan</source>
        <translation>Female</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="220"/>
        <source>Nomor peserta</source>
        <translation>Participant number</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="221"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="222"/>
        <source>Nama pada sertifikat</source>
        <translation>Name on certificate</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="223"/>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="224"/>
        <source>Tempat lahir</source>
        <translation>Place of birth</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="225"/>
        <source>Tanggal lahir</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="226"/>
        <source>Jenis kelamin</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="227"/>
        <source>Kebangsaan</source>
        <translation>Nationality</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="228"/>
        <source>Alamat</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="229"/>
        <source>Kode pos</source>
        <translation>Postal code</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="230"/>
        <source>Telepon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="231"/>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="232"/>
        <source>Pendidikan</source>
        <translation>Education</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="233"/>
        <source>Instansi</source>
        <translation>Institution</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="234"/>
        <source>Jabatan</source>
        <translation>Job title</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="235"/>
        <source>Alamat kantor</source>
        <translation>Office address</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="236"/>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="237"/>
        <source>Pangkat/golongan</source>
        <translation>Rank/grade</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="238"/>
        <source>Unit kerja</source>
        <translation>Work unit</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="239"/>
        <source>Skema</source>
        <translation>Scheme</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="240"/>
        <source>Kehadiran</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="241"/>
        <source>Kode kota</source>
        <translation>City code</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="242"/>
        <source>Kode provinsi</source>
        <translation>Province code</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="243"/>
        <source>Kode pendidikan</source>
        <translation>Education code</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="244"/>
        <source>Kode pekerjaan</source>
        <translation>Occupation code</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="245"/>
        <source>Kabupaten/Kota</source>
        <translation>Regency/City</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="246"/>
        <source>Status asesmen</source>
        <translation>Assessment status</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="247"/>
        <source>Persetujuan asesmen</source>
        <translation>Assessment consent</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="248"/>
        <source>Rekomendasi akhir</source>
        <translation>Overall recommendation</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="249"/>
        <source>Alasan rekomendasi berbeda</source>
        <translation>Reason for a different recommendation</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="250"/>
        <source>Tindak lanjut</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="251"/>
        <source>Catatan</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="252"/>
        <source>Waktu tanda tangan</source>
        <translation>Signed at</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="253"/>
        <source>Nama penanda tangan</source>
        <translation>Signer&apos;s name</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="254"/>
        <source>No. MET penanda tangan</source>
        <translation>Signer&apos;s MET no.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="255"/>
        <source>Lama asesmen</source>
        <translation>Assessment duration</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="256"/>
        <source>Mulai asesmen</source>
        <translation>Assessment started</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="257"/>
        <source>Asesor</source>
        <translation>Assessor</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="258"/>
        <source>Asesi</source>
        <translation>Participant</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="259"/>
        <source>Ringkasan jawaban</source>
        <translation>Answer summary</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="260"/>
        <source>Penilaian (K/BK)</source>
        <translation>Verdict (K/BK)</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="261"/>
        <source>Pertanyaan</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="262"/>
        <source>Metode bukti</source>
        <translation>Evidence methods</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="263"/>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="264"/>
        <source>Nama bukti</source>
        <translation>Evidence name</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="265"/>
        <source>Valid</source>
        <translation>Valid</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="266"/>
        <source>Asli</source>
        <translation>Authentic</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="267"/>
        <source>Terkini</source>
        <translation>Current</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="268"/>
        <source>Memadai</source>
        <translation>Sufficient</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="269"/>
        <source>Dihapus</source>
        <translation>Removed</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/message_catalog.py" line="270"/>
        <source>Urutan</source>
        <translation>Position</translation>
    </message>
</context>
<context>
    <name>NewEventDialog</name>
    <message>
        <location filename="../../humas_desktop/gui/new_event_dialog.py" line="42"/>
        <source>Acara baru</source>
        <translation>New event</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/new_event_dialog.py" line="63"/>
        <source>Skema tersedia</source>
        <translation>Available schemes</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/new_event_dialog.py" line="66"/>
        <location filename="../../humas_desktop/gui/new_event_dialog.py" line="99"/>
        <source>Berkas skema lain</source>
        <translation>Other scheme files</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/new_event_dialog.py" line="67"/>
        <source>Tambah berkas skema…</source>
        <translation>Add scheme file…</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/new_event_dialog.py" line="70"/>
        <source>Nama asesor</source>
        <translation>Assessor name</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/new_event_dialog.py" line="70"/>
        <source>Nomor MET</source>
        <translation>MET number</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/new_event_dialog.py" line="72"/>
        <source>Tambah asesor</source>
        <translation>Add assessor</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/new_event_dialog.py" line="74"/>
        <source>Hapus skema</source>
        <translation>Remove scheme</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/new_event_dialog.py" line="76"/>
        <source>Hapus asesor</source>
        <translation>Remove assessor</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/new_event_dialog.py" line="79"/>
        <source>Nama acara*</source>
        <translation>Event name*</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/new_event_dialog.py" line="80"/>
        <source>Nama LSP*</source>
        <translation>LSP name*</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/new_event_dialog.py" line="81"/>
        <source>Nomor lisensi LSP</source>
        <translation>LSP licence number</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/new_event_dialog.py" line="82"/>
        <source>Nama TUK</source>
        <translation>TUK name</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/new_event_dialog.py" line="83"/>
        <source>Jenis TUK</source>
        <translation>TUK type</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/new_event_dialog.py" line="84"/>
        <source>Kota</source>
        <translation>City</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/new_event_dialog.py" line="89"/>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/new_event_dialog.py" line="90"/>
        <source>Tujuan asesmen</source>
        <translation>Assessment purpose</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/new_event_dialog.py" line="98"/>
        <source>Skema*</source>
        <translation>Schemes*</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/new_event_dialog.py" line="107"/>
        <source>Asesor</source>
        <translation>Assessor</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/new_event_dialog.py" line="113"/>
        <source>Buat acara</source>
        <translation>Create event</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/new_event_dialog.py" line="128"/>
        <source>%1 · versi %2 · %3 unit</source>
        <translation>%1 · version %2 · %3 units</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/new_event_dialog.py" line="131"/>
        <source>(contoh)</source>
        <translation>(example)</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/new_event_dialog.py" line="139"/>
        <source>Belum ada skema tersimpan: tambahkan berkas skema (JSON atau Excel) di bawah.</source>
        <translation>No scheme stored yet: add a scheme file (JSON or Excel) below.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/new_event_dialog.py" line="173"/>
        <source>Pilih berkas skema</source>
        <translation>Choose scheme files</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/new_event_dialog.py" line="174"/>
        <source>Skema (*.json *.xlsx)</source>
        <translation>Schemes (*.json *.xlsx)</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/new_event_dialog.py" line="190"/>
        <source>%1 · %2 unit</source>
        <translation>%1 · %2 units</translation>
    </message>
</context>
<context>
    <name>OccupationCodesDialog</name>
    <message>
        <location filename="../../humas_desktop/gui/roster_edit_dialog.py" line="395"/>
        <source>Kode pekerjaan BNSP</source>
        <translation>BNSP occupation codes</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/roster_edit_dialog.py" line="396"/>
        <source>Tutup sesi memerlukan kode pekerjaan BNSP untuk setiap peserta. Pilih satu atau beberapa jabatan (Ctrl+klik), ketik kodenya sekali, lalu Terapkan: semua peserta dengan jabatan itu mendapat kode tersebut (dicatat di jejak audit).</source>
        <translation>Closing the session needs a BNSP occupation code for every participant. Select one or more job titles (Ctrl+click), type the code once, then Apply: every participant with those titles gets it (recorded in the audit trail).</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/roster_edit_dialog.py" line="402"/>
        <source>Jabatan</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/roster_edit_dialog.py" line="402"/>
        <source>Peserta</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/roster_edit_dialog.py" line="403"/>
        <source>Kode</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/roster_edit_dialog.py" line="412"/>
        <source>mis. 5</source>
        <translation>e.g. 5</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/roster_edit_dialog.py" line="413"/>
        <source>Kode pekerjaan</source>
        <translation>Occupation code</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/roster_edit_dialog.py" line="414"/>
        <source>Terapkan ke jabatan terpilih</source>
        <translation>Apply to selected titles</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/roster_edit_dialog.py" line="421"/>
        <source>Kode:</source>
        <translation>Code:</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/roster_edit_dialog.py" line="428"/>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/roster_edit_dialog.py" line="448"/>
        <source>beragam</source>
        <translation>mixed</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/roster_edit_dialog.py" line="451"/>
        <source>(tanpa jabatan)</source>
        <translation>(no job title)</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/roster_edit_dialog.py" line="452"/>
        <source>— kosong</source>
        <translation>— empty</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/roster_edit_dialog.py" line="460"/>
        <source>%1 peserta belum punya kode pekerjaan.</source>
        <translation>%1 participant(s) have no occupation code yet.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/roster_edit_dialog.py" line="478"/>
        <source>Pilih jabatan di daftar dulu (Ctrl+klik untuk beberapa).</source>
        <translation>Select job titles in the list first (Ctrl+click for several).</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/roster_edit_dialog.py" line="486"/>
        <source>Kode %1 diisikan untuk %2 peserta.</source>
        <translation>Code %1 set for %2 participant(s).</translation>
    </message>
</context>
<context>
    <name>OpenAppealDialog</name>
    <message>
        <location filename="../../humas_desktop/gui/appeal_dialog.py" line="73"/>
        <source>Ajukan banding (FR.AK.04)</source>
        <translation>File an appeal (FR.AK.04)</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/appeal_dialog.py" line="75"/>
        <location filename="../../humas_desktop/gui/appeal_dialog.py" line="83"/>
        <source>Asesi</source>
        <translation>Candidate</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/appeal_dialog.py" line="138"/>
        <source>Ya</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/appeal_dialog.py" line="139"/>
        <source>Tidak</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/appeal_dialog.py" line="140"/>
        <source>Jawaban pertanyaan %1</source>
        <translation>Answer to question %1</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/appeal_dialog.py" line="92"/>
        <source>Alasan banding</source>
        <translation>Reason for the appeal</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/appeal_dialog.py" line="94"/>
        <source>Banding ini diajukan atas alasan sebagai berikut:</source>
        <translation>This appeal is filed for the following reasons:</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/appeal_dialog.py" line="98"/>
        <source>Tanggal banding diterima</source>
        <translation>Date the appeal was received</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/appeal_dialog.py" line="100"/>
        <location filename="../../humas_desktop/gui/appeal_dialog.py" line="102"/>
        <source>Tim banding</source>
        <translation>Appeal panel</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/appeal_dialog.py" line="101"/>
        <source>Nama dipisah titik koma; boleh diisi nanti</source>
        <translation>Names separated by semicolons; may be filled in later</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/appeal_dialog.py" line="105"/>
        <source>Belum ada asesi yang memiliki hasil asesmen dan tidak sedang banding.</source>
        <translation>No candidate has an assessment result without an open appeal yet.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/appeal_dialog.py" line="157"/>
        <source>Pertanyaan %1 belum dijawab Ya atau Tidak.</source>
        <translation>Question %1 is not answered Yes or No yet.</translation>
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
    <name>PackagesDialogs</name>
    <message>
        <location filename="../../humas_desktop/gui/packages.py" line="47"/>
        <source>Bagikan paket asesor…</source>
        <translation>Hand out assessor packages…</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/packages.py" line="48"/>
        <source>Gabungkan hasil asesor…</source>
        <translation>Merge assessor results…</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/packages.py" line="49"/>
        <source>Konflik penggabungan…</source>
        <translation>Merge conflicts…</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/packages.py" line="50"/>
        <source>Kelengkapan hasil…</source>
        <translation>Results completeness…</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/packages.py" line="51"/>
        <source>Buka paket tugas (laptop asesor)…</source>
        <translation>Open assignment package (assessor laptop)…</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/packages.py" line="52"/>
        <source>Kirim hasil…</source>
        <translation>Send results…</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/packages.py" line="62"/>
        <source>Sidik kunci laptop ini…</source>
        <translation>This laptop&apos;s key fingerprint…</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/packages.py" line="100"/>
        <source>Paket hasil asesor</source>
        <translation>Assessor results packages</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/packages.py" line="101"/>
        <location filename="../../humas_desktop/gui/packages.py" line="179"/>
        <source>Paket Humas (*.humaspkg)</source>
        <translation>Humas packages (*.humaspkg)</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/packages.py" line="135"/>
        <source>Gabungkan hasil asesor</source>
        <translation>Merge assessor results</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/packages.py" line="131"/>
        <source>Memeriksa berkas acara sebelum menggabungkan…</source>
        <translation>Checking the event file before merging…</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/packages.py" line="118"/>
        <source>%1 dari %2 paket digabung…</source>
        <translation>%1 of %2 packages merged…</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/packages.py" line="133"/>
        <source>Penggabungan gagal</source>
        <translation>Merge failed</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/packages.py" line="33"/>
        <source>Paket terenkripsi</source>
        <translation>Encrypted package</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/packages.py" line="34"/>
        <source>Frasa sandi paket:</source>
        <translation>Package passphrase:</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/packages.py" line="178"/>
        <source>Paket tugas asesor</source>
        <translation>Assessor assignment package</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/packages.py" line="211"/>
        <source>Paket ditolak</source>
        <translation>Package refused</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/packages.py" line="204"/>
        <location filename="../../humas_desktop/gui/packages.py" line="227"/>
        <location filename="../../humas_desktop/gui/packages.py" line="231"/>
        <source>Buka paket tugas</source>
        <translation>Open assignment package</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/packages.py" line="127"/>
        <source>Penggabungan dibatalkan: %1 dari %2 paket sudah digabung; sisanya belum.</source>
        <translation>Merge cancelled: %1 of %2 packages were merged; the rest were not.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/packages.py" line="136"/>
        <source>Menghentikan setelah paket yang sedang digabung…</source>
        <translation>Stopping after the package being merged…</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/packages.py" line="155"/>
        <source>Buka paket</source>
        <translation>Open package</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/packages.py" line="158"/>
        <source>Memeriksa paket…</source>
        <translation>Checking the package…</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/packages.py" line="206"/>
        <source>Memeriksa paket tugas…</source>
        <translation>Checking the assessor package…</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/packages.py" line="224"/>
        <source>Paket untuk %1: %2 asesi</source>
        <translation>Package for %1: %2 candidates</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/packages.py" line="233"/>
        <source>Memeriksa dan membuka paket tugas…</source>
        <translation>Checking and opening the assignment package…</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/packages.py" line="288"/>
        <location filename="../../humas_desktop/gui/packages.py" line="295"/>
        <source>Kirim hasil</source>
        <translation>Send results</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/packages.py" line="292"/>
        <source>Hasil belum dapat dikirim</source>
        <translation>Results cannot be sent yet</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/packages.py" line="297"/>
        <source>Menulis dan memeriksa paket hasil… Jangan cabut flashdisk.</source>
        <translation>Writing and checking the results package… Do not remove the USB stick.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/packages.py" line="251"/>
        <source>%1 dari %2 ditandatangani</source>
        <translation>%1 of %2 signed</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/packages.py" line="255"/>
        <source>%1 menunggu tanda tangan</source>
        <translation>%1 awaiting signature</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/packages.py" line="256"/>
        <source>%1 berlangsung</source>
        <translation>%1 in progress</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/packages.py" line="257"/>
        <source>%1 belum mulai</source>
        <translation>%1 not started</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/packages.py" line="261"/>
        <source>%1 tidak hadir</source>
        <translation>%1 absent</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/packages.py" line="278"/>
        <source>Folder tujuan paket hasil — %1</source>
        <translation>Destination folder for the results package — %1</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/packages.py" line="285"/>
        <source>Paket hasil tertulis dan sudah diperiksa ulang: %1
Isi: %2.
Flashdisk aman dicabut.</source>
        <translation>Results package written and checked again: %1
Contents: %2.
The flash drive can be removed safely.</translation>
    </message>
</context>
<context>
    <name>PairingDialog</name>
    <message>
        <location filename="../../humas_desktop/gui/pairing_dialog.py" line="37"/>
        <source>Pasangkan dengan laptop koordinator</source>
        <translation>Pair with the coordinator&apos;s laptop</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/pairing_dialog.py" line="40"/>
        <source>Paket tugas ini (%1 asesi) ditandatangani oleh laptop dengan sidik kunci:</source>
        <translation>This assessor package (%1 candidates) was signed by the laptop with key fingerprint:</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/pairing_dialog.py" line="46"/>
        <source>Sidik kunci penanda tangan</source>
        <translation>Signer key fingerprint</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/pairing_dialog.py" line="48"/>
        <source>Laptop ini belum mengenal kunci tersebut. Cocokkan sidik kunci dengan slip serah-terima atau layar koordinator, lalu ketik ke-16 karakter kode pasangan yang tertera di sana (huruf kecil, spasi dan tanda hubung boleh).</source>
        <translation>This laptop does not know that key yet. Compare the key fingerprint with the hand-out slip or the coordinator&apos;s screen, then type all 16 characters of the pairing code shown there (lower case, spaces and dashes are fine).</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/pairing_dialog.py" line="57"/>
        <source>Kode pasangan</source>
        <translation>Pairing code</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/pairing_dialog.py" line="65"/>
        <source>Percayai dan buka</source>
        <translation>Trust and open</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/pairing_dialog.py" line="101"/>
        <source>Kode pasangan tidak cocok dengan kunci yang menandatangani paket ini. Periksa ke-16 karakter di slip serah-terima. Bila sudah benar dan tetap ditolak, jangan buka paket ini: hubungi koordinator.</source>
        <translation>The pairing code does not match the key that signed this package. Check all 16 characters on the hand-out slip. If it is right and still refused, do not open this package: contact the coordinator.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/pairing_dialog.py" line="122"/>
        <source>Sidik kunci laptop ini</source>
        <translation>This laptop&apos;s key fingerprint</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/pairing_dialog.py" line="124"/>
        <source>Sidik kunci laptop ini:</source>
        <translation>This laptop&apos;s key fingerprint:</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/pairing_dialog.py" line="125"/>
        <source>Sampaikan sidik kunci ini ke koordinator. Koordinator mendaftarkannya di Acara → Bagikan paket asesor, sehingga paket tugas hanya bisa dibuka di laptop ini.</source>
        <translation>Give this fingerprint to the coordinator, who registers it under Event → Hand out assessor packages, so that assessor packages can only be opened on this laptop.</translation>
    </message>
</context>
<context>
    <name>ParticipantTableModel</name>
    <message>
        <location filename="../../humas_desktop/gui/participants.py" line="77"/>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/participants.py" line="78"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/participants.py" line="79"/>
        <source>Instansi</source>
        <translation>Institution</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/participants.py" line="80"/>
        <source>Jabatan</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/participants.py" line="81"/>
        <source>Skema</source>
        <translation>Scheme</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/participants.py" line="82"/>
        <source>Asesor</source>
        <translation>Assessor</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/participants.py" line="83"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/participants.py" line="84"/>
        <source>Kehadiran</source>
        <translation>Attendance</translation>
    </message>
</context>
<context>
    <name>ParticipantsPanel</name>
    <message>
        <location filename="../../humas_desktop/gui/participants.py" line="316"/>
        <source>Cari nama, instansi, atau digit akhir NIK…</source>
        <translation>Search name, institution, or last NIK digits…</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/participants.py" line="317"/>
        <source>Cari peserta</source>
        <translation>Search participants</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/participants.py" line="322"/>
        <source>Daftar peserta</source>
        <translation>Participant list</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/participants.py" line="336"/>
        <source>Saring status</source>
        <translation>Filter by status</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/participants.py" line="337"/>
        <source>Semua status</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/participants.py" line="340"/>
        <source>Peserta saya</source>
        <translation>My participants</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/participants.py" line="341"/>
        <source>Hanya peserta saya</source>
        <translation>Only my participants</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/participants.py" line="343"/>
        <source>Pilih asesor di Pengaturan untuk memakai saringan ini.</source>
        <translation>Choose an assessor in Settings to use this filter.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/participants.py" line="347"/>
        <source>Hadir</source>
        <translation>Present</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/participants.py" line="348"/>
        <source>Tandai hadir</source>
        <translation>Mark present</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/participants.py" line="349"/>
        <source>Tidak hadir</source>
        <translation>Absent</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/participants.py" line="350"/>
        <source>Tandai tidak hadir</source>
        <translation>Mark absent</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/participants.py" line="383"/>
        <source>Tetapkan asesor untuk %1 peserta…</source>
        <translation>Assign an assessor to %1 participants…</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/participants.py" line="388"/>
        <source>Ubah data peserta…</source>
        <translation>Edit participant data…</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/participants.py" line="390"/>
        <source>Hapus peserta…</source>
        <translation>Remove participant…</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/participants.py" line="392"/>
        <source>Tetapkan asesor…</source>
        <translation>Assign assessor…</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/participants.py" line="519"/>
        <source>%1 dari %2 selesai</source>
        <translation>%1 of %2 completed</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/participants.py" line="522"/>
        <source>%1 ditampilkan</source>
        <translation>%1 shown</translation>
    </message>
</context>
<context>
    <name>QuestionCard</name>
    <message>
        <location filename="../../humas_desktop/gui/interview.py" line="89"/>
        <source>Pertanyaan %1 · %2</source>
        <translation>Question %1 · %2</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/interview.py" line="92"/>
        <source>Elemen %1</source>
        <translation>Element %1</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/interview.py" line="100"/>
        <source>Elemen: %1</source>
        <translation>Element: %1</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/interview.py" line="101"/>
        <source>KUK: %1</source>
        <translation>Performance criteria: %1</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/interview.py" line="104"/>
        <source>Kunci jawaban: %1</source>
        <translation>Model answer: %1</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/interview.py" line="107"/>
        <source>Ringkasan jawaban asesi…</source>
        <translation>Summary of the candidate&apos;s answer…</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/interview.py" line="108"/>
        <source>Ringkasan jawaban pertanyaan %1</source>
        <translation>Answer summary for question %1</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/interview.py" line="111"/>
        <source>Pertanyaan %1</source>
        <translation>Question %1</translation>
    </message>
</context>
<context>
    <name>RegistryWindow</name>
    <message>
        <location filename="../../humas_desktop/gui/registry_window.py" line="69"/>
        <source>Registri LSP</source>
        <translation>LSP registry</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/registry_window.py" line="72"/>
        <source>Registri: %1</source>
        <translation>Registry: %1</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/registry_window.py" line="77"/>
        <source>Cari nama, nomor sertifikat/registrasi, atau digit terakhir NIK</source>
        <translation>Search by name, certificate/registration number, or the last NIK digits</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/registry_window.py" line="79"/>
        <source>Cari sertifikat</source>
        <translation>Search certificates</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/registry_window.py" line="81"/>
        <source>Cari</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/registry_window.py" line="86"/>
        <source>Nomor sertifikat</source>
        <translation>Certificate number</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/registry_window.py" line="86"/>
        <source>Nomor registrasi</source>
        <translation>Registration number</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/registry_window.py" line="86"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/registry_window.py" line="87"/>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/registry_window.py" line="87"/>
        <source>Skema</source>
        <translation>Scheme</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/registry_window.py" line="87"/>
        <source>Terbit</source>
        <translation>Issued</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/registry_window.py" line="87"/>
        <source>Berlaku sampai</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/registry_window.py" line="88"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/registry_window.py" line="88"/>
        <source>No. Blanko</source>
        <translation>Blank serial</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/registry_window.py" line="89"/>
        <source>Aktif</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/registry_window.py" line="89"/>
        <source>Dicabut</source>
        <translation>Revoked</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/registry_window.py" line="90"/>
        <source>Dibatalkan</source>
        <translation>Voided</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/registry_window.py" line="104"/>
        <source>Riwayat pemegang</source>
        <translation>Holder history</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/registry_window.py" line="106"/>
        <source>Cabut sertifikat…</source>
        <translation>Revoke certificate…</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/registry_window.py" line="111"/>
        <source> bulan</source>
        <translation> months</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/registry_window.py" line="112"/>
        <source>Jatuh tempo sertifikasi ulang</source>
        <translation>Due for re-certification</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/registry_window.py" line="114"/>
        <source>Publikasikan acara yang terbuka</source>
        <translation>Publish the open event</translation>
    </message>
    <message numerus="yes">
        <location filename="../../humas_desktop/gui/registry_window.py" line="177"/>
        <source>%n sertifikat.</source>
        <translation>
            <numerusform>%n certificate.</numerusform>
            <numerusform>%n certificates.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/registry_window.py" line="182"/>
        <location filename="../../humas_desktop/gui/registry_window.py" line="199"/>
        <source>Pilih satu sertifikat dulu.</source>
        <translation>Select a certificate first.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../humas_desktop/gui/registry_window.py" line="186"/>
        <source>Riwayat %1: %n sertifikat.</source>
        <translation>
            <numerusform>History of %1: %n certificate.</numerusform>
            <numerusform>History of %1: %n certificates.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../humas_desktop/gui/registry_window.py" line="193"/>
        <source>%n sertifikat habis masa berlakunya dalam waktu ini.</source>
        <translation>
            <numerusform>%n certificate expires within this time.</numerusform>
            <numerusform>%n certificates expire within this time.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/registry_window.py" line="202"/>
        <source>Cabut sertifikat</source>
        <translation>Revoke certificate</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/registry_window.py" line="203"/>
        <source>Alasan pencabutan sertifikat %1:</source>
        <translation>Reason for revoking certificate %1:</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/registry_window.py" line="214"/>
        <source>Sertifikat %1 dicabut. Terbitkan ulang halaman verifikasi agar terlihat.</source>
        <translation>Certificate %1 revoked. Publish the verification page again so that it shows.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/registry_window.py" line="226"/>
        <source>Pemegang sertifikat aktif</source>
        <translation>Holder of an active certificate</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/registry_window.py" line="227"/>
        <source>Alasan menerbitkan sertifikat lagi:</source>
        <translation>Reason for issuing another certificate:</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/registry_window.py" line="235"/>
        <source>Acara dipublikasikan: %1 sertifikat (%2 baru).</source>
        <translation>Event published: %1 certificates (%2 new).</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/registry_window.py" line="123"/>
        <source>Terbitkan halaman verifikasi…</source>
        <translation>Publish the verification page…</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/registry_window.py" line="238"/>
        <source>Sertifikat ditahan karena banding (FR.AK.04) belum diputuskan: peserta no. %1.</source>
        <translation>Certificates held back because an appeal (FR.AK.04) is not decided yet: participant no. %1.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/registry_window.py" line="252"/>
        <source>Folder halaman verifikasi</source>
        <translation>Verification page folder</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/registry_window.py" line="258"/>
        <source>Halaman verifikasi tidak ditulis: kunci LSP tidak dibuka.</source>
        <translation>Verification page not written: the LSP key was not unlocked.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/registry_window.py" line="269"/>
        <source>Halaman verifikasi tidak ditulis: %1</source>
        <translation>Verification page not written: %1</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/registry_window.py" line="275"/>
        <source>Halaman verifikasi ditulis ke %1 (daftar pencabutan urutan %2). Unggah seluruh isi folder ke %3.</source>
        <translation>Verification page written to %1 (revocation list sequence %2). Upload the whole folder to %3.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/registry_window.py" line="278"/>
        <source>alamat halaman verifikasi</source>
        <translation>the verification page address</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/registry_window.py" line="139"/>
        <source>Registri LSP belum ada di %1. Registri ini dibuat otomatis saat sesi pertama ditutup (Acara › Tutup sesi…); sesudah itu sertifikatnya dapat dicari di sini.</source>
        <translation>There is no LSP registry at %1 yet. It is created automatically when the first session is closed (Event › Close session…); its certificates can then be searched here.</translation>
    </message>
</context>
<context>
    <name>RemoveParticipantDialog</name>
    <message>
        <location filename="../../humas_desktop/gui/roster_edit_dialog.py" line="334"/>
        <source>Hapus peserta</source>
        <translation>Remove participant</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/roster_edit_dialog.py" line="335"/>
        <source>Hapus peserta no. %1 &quot;%2&quot; dari acara ini? Rekaman asesmennya yang belum ditandatangani ikut terhapus; semuanya dicatat di jejak audit.</source>
        <translation>Remove participant no. %1 &quot;%2&quot; from this event? Their unsigned assessment records are removed too; everything is recorded in the audit trail.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/roster_edit_dialog.py" line="340"/>
        <source>mis. baris tanda tangan ikut terimpor</source>
        <translation>e.g. a signature line was imported by mistake</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/roster_edit_dialog.py" line="341"/>
        <source>Alasan penghapusan</source>
        <translation>Reason for removal</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/roster_edit_dialog.py" line="346"/>
        <source>Hapus</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/roster_edit_dialog.py" line="347"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/roster_edit_dialog.py" line="355"/>
        <source>Alasan (wajib)</source>
        <translation>Reason (required)</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/roster_edit_dialog.py" line="383"/>
        <source>Peserta no. %1 dihapus.</source>
        <translation>Participant no. %1 removed.</translation>
    </message>
</context>
<context>
    <name>ReportNotesDialog</name>
    <message>
        <location filename="../../humas_desktop/gui/report_notes_dialog.py" line="33"/>
        <source>Catatan laporan asesmen (FR.AK.05)</source>
        <translation>Assessment report notes (FR.AK.05)</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/report_notes_dialog.py" line="35"/>
        <location filename="../../humas_desktop/gui/report_notes_dialog.py" line="47"/>
        <source>Asesor</source>
        <translation>Assessor</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/report_notes_dialog.py" line="39"/>
        <location filename="../../humas_desktop/gui/report_notes_dialog.py" line="48"/>
        <source>Skema</source>
        <translation>Scheme</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/report_notes_dialog.py" line="42"/>
        <source>Aspek negatif dan positif dalam asesmen</source>
        <translation>Negative and positive aspects of the assessment</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/report_notes_dialog.py" line="43"/>
        <source>Pencatatan penolakan hasil asesmen</source>
        <translation>Record of rejections of assessment results</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/report_notes_dialog.py" line="44"/>
        <source>Saran perbaikan (asesor/personil terkait)</source>
        <translation>Suggestions for improvement (assessor/personnel concerned)</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/report_notes_dialog.py" line="44"/>
        <source>Catatan</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/report_notes_dialog.py" line="92"/>
        <source>Tersimpan.</source>
        <translation>Saved.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../humas_desktop/gui/backup_dialogs.py" line="91"/>
        <source>Pulihkan dari cadangan</source>
        <translation>Restore from backup</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/backup_dialogs.py" line="98"/>
        <source>Waktu</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/backup_dialogs.py" line="99"/>
        <source>Alasan</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/backup_dialogs.py" line="100"/>
        <source>Peserta</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/backup_dialogs.py" line="101"/>
        <source>Keputusan</source>
        <translation>Decisions</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/backup_dialogs.py" line="102"/>
        <source>Jejak audit</source>
        <translation>Audit trail</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/backup_dialogs.py" line="112"/>
        <source> (rusak)</source>
        <translation> (damaged)</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/backup_dialogs.py" line="121"/>
        <source>Pilih cadangan untuk melihat apa yang akan hilang.</source>
        <translation>Choose a backup to see what would be lost.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/backup_dialogs.py" line="125"/>
        <source>Pulihkan</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/backup_dialogs.py" line="128"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/backup_dialogs.py" line="149"/>
        <source>Cadangan ini rusak dan tidak dapat dipulihkan.</source>
        <translation>This backup is damaged and cannot be restored.</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <location filename="../../humas_desktop/gui/review_dialog.py" line="113"/>
        <source>Meninjau proses asesmen (FR.AK.06)</source>
        <translation>Reviewing the assessment process (FR.AK.06)</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/review_dialog.py" line="115"/>
        <location filename="../../humas_desktop/gui/review_dialog.py" line="126"/>
        <source>Skema</source>
        <translation>Scheme</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/review_dialog.py" line="139"/>
        <source>Metode asesmen yang digunakan: %1</source>
        <translation>Assessment methods used: %1</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/review_dialog.py" line="142"/>
        <source>%1 — dinilai %2; rekomendasi K %3 / BK %4; keputusan pleno K %5 / BK %6; FR.AK.03 %7, &quot;Tidak&quot; per pernyataan: %8</source>
        <translation>%1 — assessed %2; recommendation K %3 / BK %4; plenary decision K %5 / BK %6; FR.AK.03 %7, &quot;No&quot; per statement: %8</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/review_dialog.py" line="158"/>
        <source>Acara ini belum memiliki skema.</source>
        <translation>This event has no scheme yet.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/review_dialog.py" line="162"/>
        <source>Fakta pelaksanaan asesmen (dari data acara)</source>
        <translation>Facts of the assessment (from the event&apos;s data)</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/review_dialog.py" line="172"/>
        <location filename="../../humas_desktop/gui/review_dialog.py" line="179"/>
        <source>Rekomendasi untuk peningkatan</source>
        <translation>Recommendations for improvement</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/review_dialog.py" line="183"/>
        <source>Nama peninjau</source>
        <translation>Reviewer&apos;s name</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/review_dialog.py" line="188"/>
        <location filename="../../humas_desktop/gui/review_dialog.py" line="198"/>
        <source>Komentar</source>
        <translation>Comments</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/review_dialog.py" line="190"/>
        <source>Rekomendasi untuk peningkatan (prinsip asesmen)</source>
        <translation>Recommendations for improvement (assessment principles)</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/review_dialog.py" line="194"/>
        <source>Rekomendasi untuk peningkatan (dimensi kompetensi)</source>
        <translation>Recommendations for improvement (competency dimensions)</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/review_dialog.py" line="196"/>
        <source>Peninjau (lead asesor atau asesor)</source>
        <translation>Reviewer (lead assessor or assessor)</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/review_dialog.py" line="197"/>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/review_dialog.py" line="200"/>
        <source>Tersimpan %1 oleh %2; simpan lagi untuk memperbarui.</source>
        <translation>Saved %1 by %2; save again to update.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/review_dialog.py" line="223"/>
        <source>Tersimpan.</source>
        <translation>Saved.</translation>
    </message>
</context>
<context>
    <name>RosterEditDialog</name>
    <message>
        <location filename="../../humas_desktop/gui/roster_edit_dialog.py" line="40"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/roster_edit_dialog.py" line="41"/>
        <source>Nama pada sertifikat</source>
        <translation>Name on certificate</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/roster_edit_dialog.py" line="42"/>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/roster_edit_dialog.py" line="43"/>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/roster_edit_dialog.py" line="44"/>
        <source>Tempat lahir</source>
        <translation>Place of birth</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/roster_edit_dialog.py" line="45"/>
        <source>Tanggal lahir</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/roster_edit_dialog.py" line="46"/>
        <source>Jenis kelamin</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/roster_edit_dialog.py" line="47"/>
        <source>Instansi</source>
        <translation>Institution</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/roster_edit_dialog.py" line="48"/>
        <source>Unit kerja</source>
        <translation>Work unit</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/roster_edit_dialog.py" line="49"/>
        <source>Jabatan</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/roster_edit_dialog.py" line="50"/>
        <source>Pangkat/golongan</source>
        <translation>Rank/grade</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/roster_edit_dialog.py" line="51"/>
        <source>Pendidikan</source>
        <translation>Education</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/roster_edit_dialog.py" line="52"/>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/roster_edit_dialog.py" line="53"/>
        <source>Nomor HP</source>
        <translation>Mobile number</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/roster_edit_dialog.py" line="54"/>
        <source>Alamat</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/roster_edit_dialog.py" line="75"/>
        <source>Ubah data peserta no. %1</source>
        <translation>Edit participant no. %1</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/roster_edit_dialog.py" line="81"/>
        <source>(kosong)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/roster_edit_dialog.py" line="82"/>
        <source>L (laki-laki)</source>
        <translation>L (male)</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/roster_edit_dialog.py" line="83"/>
        <source>P (perempuan)</source>
        <translation>P (female)</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/roster_edit_dialog.py" line="89"/>
        <source>sama dengan nama</source>
        <translation>same as the name</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/roster_edit_dialog.py" line="101"/>
        <source>mis. salah ketik di daftar dari instansi</source>
        <translation>e.g. a typo in the list from the institution</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/roster_edit_dialog.py" line="102"/>
        <source>Alasan perubahan</source>
        <translation>Reason for the change</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/roster_edit_dialog.py" line="103"/>
        <source>Alasan perubahan (wajib)</source>
        <translation>Reason for the change (required)</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/roster_edit_dialog.py" line="108"/>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/roster_edit_dialog.py" line="109"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/roster_edit_dialog.py" line="193"/>
        <source>Data peserta no. %1 diperbarui.</source>
        <translation>Participant no. %1 updated.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/roster_edit_dialog.py" line="504"/>
        <source>&amp;Ubah data peserta…</source>
        <translation>&amp;Edit participant data…</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/roster_edit_dialog.py" line="506"/>
        <source>&amp;Hapus peserta…</source>
        <translation>&amp;Remove participant…</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/roster_edit_dialog.py" line="511"/>
        <source>&amp;Tambah peserta…</source>
        <translation>&amp;Add participant…</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/roster_edit_dialog.py" line="514"/>
        <source>Tetapkan &amp;asesor untuk peserta terpilih…</source>
        <translation>Assign an &amp;assessor to the selected participants…</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/roster_edit_dialog.py" line="533"/>
        <location filename="../../humas_desktop/gui/roster_edit_dialog.py" line="583"/>
        <source>Belum ada peserta dipilih</source>
        <translation>No participant selected</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/roster_edit_dialog.py" line="534"/>
        <source>Pilih peserta di daftar terlebih dahulu.</source>
        <translation>Select a participant in the list first.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/roster_edit_dialog.py" line="56"/>
        <source>Kabupaten/Kota</source>
        <translation>Regency/City</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/roster_edit_dialog.py" line="137"/>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/roster_edit_dialog.py" line="143"/>
        <source>mis. Kota Bandung, Kabupaten Sleman atau kode 3273</source>
        <translation>e.g. Kota Bandung, Kabupaten Sleman or code 3273</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/roster_edit_dialog.py" line="157"/>
        <source>Kode kota/provinsi BNSP: kosong</source>
        <translation>BNSP city/province code: empty</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/roster_edit_dialog.py" line="160"/>
        <source>Tidak ada di daftar wilayah Kemendagri</source>
        <translation>Not in the Kemendagri region list</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/roster_edit_dialog.py" line="163"/>
        <source>%1 · kode kota %2 · kode provinsi %3</source>
        <translation>%1 · city code %2 · province code %3</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/roster_edit_dialog.py" line="508"/>
        <source>&amp;Kode pekerjaan BNSP…</source>
        <translation>BNSP &amp;occupation codes…</translation>
    </message>
</context>
<context>
    <name>ScoringPanel</name>
    <message>
        <location filename="../../humas_desktop/gui/scoring_panel.py" line="98"/>
        <source>&lt;b&gt;Penilaian&lt;/b&gt;</source>
        <translation>&lt;b&gt;Scoring&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/scoring_panel.py" line="101"/>
        <location filename="../../humas_desktop/gui/scoring_panel.py" line="105"/>
        <source>Rekomendasi akhir</source>
        <translation>Overall recommendation</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/scoring_panel.py" line="107"/>
        <source>Alasan jika berbeda dari saran</source>
        <translation>Reason if different from the suggestion</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/scoring_panel.py" line="108"/>
        <source>Alasan rekomendasi berbeda</source>
        <translation>Reason for a different recommendation</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/scoring_panel.py" line="109"/>
        <source>Tetapkan rekomendasi</source>
        <translation>Set recommendation</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/scoring_panel.py" line="112"/>
        <source>Tindak lanjut dan komentar</source>
        <translation>Follow-up and comments</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/scoring_panel.py" line="116"/>
        <location filename="../../humas_desktop/gui/scoring_panel.py" line="119"/>
        <source>Tindak lanjut</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/scoring_panel.py" line="118"/>
        <location filename="../../humas_desktop/gui/scoring_panel.py" line="120"/>
        <source>Komentar</source>
        <translation>Comments</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/scoring_panel.py" line="121"/>
        <source>Tanda tangan asesor</source>
        <translation>Assessor sign-off</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/scoring_panel.py" line="125"/>
        <location filename="../../humas_desktop/gui/scoring_panel.py" line="132"/>
        <source>Nama asesor</source>
        <translation>Assessor name</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/scoring_panel.py" line="127"/>
        <source>Nomor registrasi MET</source>
        <translation>MET registration number</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/scoring_panel.py" line="128"/>
        <source>Tandatangani</source>
        <translation>Sign</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/scoring_panel.py" line="129"/>
        <source>Buka kembali…</source>
        <translation>Reopen…</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/scoring_panel.py" line="133"/>
        <source>No. MET</source>
        <translation>MET no.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/scoring_panel.py" line="261"/>
        <source>%1 dari %2 pertanyaan dinilai · %3 BK</source>
        <translation>%1 of %2 questions scored · %3 NYC</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/scoring_panel.py" line="227"/>
        <source>Saran dari unit: %1</source>
        <translation>Suggested from units: %1</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/scoring_panel.py" line="228"/>
        <source>belum lengkap</source>
        <translation>incomplete</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/scoring_panel.py" line="244"/>
        <source>Ditandatangani oleh %1 (%2) pada %3. Rekaman hanya dapat dibaca.</source>
        <translation>Signed by %1 (%2) on %3. The record is read-only.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/scoring_panel.py" line="250"/>
        <source>Kode tanda terima: %1</source>
        <translation>Receipt code: %1</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/scoring_panel.py" line="252"/>
        <source>Rekomendasi akhir: %1. Siap ditandatangani.</source>
        <translation>Overall recommendation: %1. Ready to sign.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/scoring_panel.py" line="255"/>
        <source>Belum ditandatangani.</source>
        <translation>Not signed yet.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/scoring_panel.py" line="321"/>
        <source>%1 unit belum dinilai per pertanyaan</source>
        <translation>%1 units not scored question by question</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/scoring_panel.py" line="323"/>
        <source>%1 unit K padahal ada pertanyaan BK</source>
        <translation>%1 units K although a question is BK</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/scoring_panel.py" line="326"/>
        <source>kehadiran belum diisi (dicatat hadir saat ditandatangani)</source>
        <translation>attendance not filled in (recorded as present when signed)</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/scoring_panel.py" line="335"/>
        <source>Tandatangani?</source>
        <translation>Sign?</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/scoring_panel.py" line="336"/>
        <source>tetap tandatangani?</source>
        <translation>sign anyway?</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/scoring_panel.py" line="348"/>
        <source>Tetap tandatangani</source>
        <translation>Sign anyway</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/scoring_panel.py" line="349"/>
        <source>Kembali</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/scoring_panel.py" line="357"/>
        <source>Buka kembali rekaman</source>
        <translation>Reopen the record</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/scoring_panel.py" line="358"/>
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
        <location filename="../../humas_desktop/gui/participants.py" line="40"/>
        <source>belum mulai</source>
        <translation>not started</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/participants.py" line="41"/>
        <source>berlangsung</source>
        <translation>in progress</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/participants.py" line="44"/>
        <source>ditandatangani</source>
        <translation>signed</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/participants.py" line="60"/>
        <source>hadir</source>
        <translation>present</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/participants.py" line="61"/>
        <source>tidak hadir</source>
        <translation>absent</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/participants.py" line="43"/>
        <source>menunggu tanda tangan</source>
        <translation>awaiting signature</translation>
    </message>
</context>
<context>
    <name>UndoImportDialog</name>
    <message>
        <location filename="../../humas_desktop/gui/import_wizard.py" line="650"/>
        <source>Batalkan impor</source>
        <translation>Undo import</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/import_wizard.py" line="655"/>
        <source>mis. berkas yang salah terimpor</source>
        <translation>e.g. the wrong file was imported</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/import_wizard.py" line="656"/>
        <source>Alasan pembatalan</source>
        <translation>Reason for undoing</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/import_wizard.py" line="662"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/import_wizard.py" line="669"/>
        <source>Alasan (wajib)</source>
        <translation>Reason (required)</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/import_wizard.py" line="677"/>
        <source>Hapus %1 peserta</source>
        <translation>Remove %1 participants</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/import_wizard.py" line="689"/>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/import_wizard.py" line="693"/>
        <source>Batalkan impor terakhir? %1 peserta yang ditambahkan impor itu dihapus dari acara (belum ada yang dinilai). Perubahan impor pada peserta yang sudah ada tidak dibatalkan. Semuanya dicatat di jejak audit.</source>
        <translation>Undo the last import? The %1 participants that import added are removed from the event (none has been assessed yet). Changes the import made to existing participants are not undone. Everything is recorded in the audit trail.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/import_wizard.py" line="709"/>
        <source>Impor dibatalkan: %1 peserta dihapus.</source>
        <translation>Import undone: %1 participants removed.</translation>
    </message>
</context>
<context>
    <name>UnitBox</name>
    <message>
        <location filename="../../humas_desktop/gui/scoring_panel.py" line="68"/>
        <source>Rekomendasi unit %1</source>
        <translation>Recommendation for unit %1</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/scoring_panel.py" line="75"/>
        <source>Bukti %1 unit %2</source>
        <translation>Evidence %1 for unit %2</translation>
    </message>
</context>
<context>
    <name>UnitSection</name>
    <message>
        <location filename="../../humas_desktop/gui/interview.py" line="271"/>
        <source>FR.IA.08 Ceklis verifikasi portofolio</source>
        <translation>FR.IA.08 Portfolio verification checklist</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/interview.py" line="277"/>
        <source>Catatan unit</source>
        <translation>Unit notes</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/interview.py" line="279"/>
        <source>Catatan unit %1</source>
        <translation>Notes for unit %1</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/interview.py" line="266"/>
        <source>FR.APL.02: asesmen tidak dapat dilanjutkan untuk unit ini; unit tidak dinilai (rekomendasi BK).</source>
        <translation>FR.APL.02: the assessment cannot go on for this unit; the unit is not scored (BK recommendation).</translation>
    </message>
</context>
<context>
    <name>ValidationDialog</name>
    <message>
        <location filename="../../humas_desktop/gui/review_dialog.py" line="235"/>
        <source>Validasi asesmen (FR.VA)</source>
        <translation>Assessment validation (FR.VA)</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/review_dialog.py" line="237"/>
        <location filename="../../humas_desktop/gui/review_dialog.py" line="256"/>
        <source>Skema</source>
        <translation>Scheme</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/review_dialog.py" line="244"/>
        <location filename="../../humas_desktop/gui/review_dialog.py" line="257"/>
        <source>Periode</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/review_dialog.py" line="275"/>
        <source>Validator %1</source>
        <translation>Validator %1</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/review_dialog.py" line="276"/>
        <source>Tim Validasi %1</source>
        <translation>Validation team %1</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/review_dialog.py" line="278"/>
        <source>Hari/Tanggal</source>
        <translation>Day/Date</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/review_dialog.py" line="280"/>
        <location filename="../../humas_desktop/gui/review_dialog.py" line="281"/>
        <source>Tempat</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/review_dialog.py" line="285"/>
        <source>Tujuan dan fokus validasi</source>
        <translation>Purpose and focus of the validation</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/review_dialog.py" line="286"/>
        <source>Konteks validasi</source>
        <translation>Validation context</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/review_dialog.py" line="287"/>
        <source>Pendekatan validasi</source>
        <translation>Validation approach</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/review_dialog.py" line="288"/>
        <source>Acuan pembanding</source>
        <translation>Benchmarks</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/review_dialog.py" line="289"/>
        <source>Keterampilan komunikasi</source>
        <translation>Communication skills</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/review_dialog.py" line="299"/>
        <source>Lainnya (tulis bila ada)</source>
        <translation>Other (write if any)</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/review_dialog.py" line="300"/>
        <source>%1: lainnya</source>
        <translation>%1: other</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/review_dialog.py" line="304"/>
        <location filename="../../humas_desktop/gui/review_dialog.py" line="306"/>
        <location filename="../../humas_desktop/gui/review_dialog.py" line="307"/>
        <source>Orang yang relevan</source>
        <translation>Relevant people</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/review_dialog.py" line="307"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/review_dialog.py" line="308"/>
        <source>Hasil konfirmasi/diskusi</source>
        <translation>Result of the confirmation/discussion</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/review_dialog.py" line="322"/>
        <location filename="../../humas_desktop/gui/review_dialog.py" line="323"/>
        <source>Temuan-temuan validasi</source>
        <translation>Validation findings</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/review_dialog.py" line="323"/>
        <source>Rekomendasi</source>
        <translation>Recommendation</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/review_dialog.py" line="324"/>
        <source>Rencana implementasi perubahan/perbaikan</source>
        <translation>Implementation plan for changes/improvements</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/review_dialog.py" line="325"/>
        <source>Kegiatan perbaikan</source>
        <translation>Improvement activity</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/review_dialog.py" line="325"/>
        <source>Waktu penyelesaian</source>
        <translation>Completion time</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/review_dialog.py" line="326"/>
        <source>Penanggungjawab</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/review_dialog.py" line="389"/>
        <source>Tersimpan; simpan lagi untuk memperbarui.</source>
        <translation>Saved; save again to update.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/review_dialog.py" line="428"/>
        <source>Tersimpan.</source>
        <translation>Saved.</translation>
    </message>
</context>
<context>
    <name>VerdictChoice</name>
    <message>
        <location filename="../../humas_desktop/gui/interview_widgets.py" line="113"/>
        <source>K</source>
        <translation>C</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/interview_widgets.py" line="114"/>
        <source>BK</source>
        <translation>NYC</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/interview_widgets.py" line="115"/>
        <location filename="../../humas_desktop/gui/interview_widgets.py" line="117"/>
        <source>Kompeten</source>
        <translation>Competent</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/interview_widgets.py" line="116"/>
        <location filename="../../humas_desktop/gui/interview_widgets.py" line="118"/>
        <source>Belum kompeten</source>
        <translation>Not yet competent</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <location filename="../../humas_desktop/gui/verify_dialog.py" line="44"/>
        <location filename="../../humas_desktop/gui/verify_dialog.py" line="174"/>
        <source>Verifikasi sertifikat</source>
        <translation>Verify certificate</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/verify_dialog.py" line="47"/>
        <source>Kode QR sertifikat</source>
        <translation>Certificate QR code</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/verify_dialog.py" line="48"/>
        <source>Tempel teks kode QR (HD1S.…), atau pilih berkas PDF/gambar sertifikat.</source>
        <translation>Paste the QR code text (HD1S.…), or choose a certificate PDF/image file.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/verify_dialog.py" line="51"/>
        <source>Pilih &amp;berkas PDF/gambar…</source>
        <translation>Choose PDF/image &amp;file…</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/verify_dialog.py" line="55"/>
        <source>Pilih kunci &amp;publik LSP…</source>
        <translation>Choose LSP &amp;public key…</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/verify_dialog.py" line="60"/>
        <source>&amp;Periksa</source>
        <translation>&amp;Check</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/verify_dialog.py" line="69"/>
        <source>Nomor sertifikat</source>
        <translation>Certificate number</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/verify_dialog.py" line="70"/>
        <source>Nomor registrasi</source>
        <translation>Registration number</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/verify_dialog.py" line="71"/>
        <source>Skema</source>
        <translation>Scheme</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/verify_dialog.py" line="71"/>
        <source>Tanggal terbit</source>
        <translation>Issue date</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/verify_dialog.py" line="72"/>
        <source>Berlaku sampai</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/verify_dialog.py" line="73"/>
        <source>Pemegang</source>
        <translation>Holder</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/verify_dialog.py" line="73"/>
        <source>Sidik kunci LSP</source>
        <translation>LSP key fingerprint</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/verify_dialog.py" line="81"/>
        <source>Nama pemegang (opsional)</source>
        <translation>Holder name (optional)</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/verify_dialog.py" line="82"/>
        <source>NIK pemegang (opsional)</source>
        <translation>Holder NIK (optional)</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/verify_dialog.py" line="130"/>
        <source>Kunci publik LSP: %1</source>
        <translation>LSP public key: %1</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/verify_dialog.py" line="136"/>
        <source>Kunci publik LSP</source>
        <translation>LSP public key</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/verify_dialog.py" line="137"/>
        <source>Kunci publik (*.pem)</source>
        <translation>Public key (*.pem)</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/verify_dialog.py" line="143"/>
        <source>Berkas sertifikat</source>
        <translation>Certificate file</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/verify_dialog.py" line="144"/>
        <source>Sertifikat atau gambar (*.pdf *.png *.jpg *.jpeg)</source>
        <translation>Certificates or images (*.pdf *.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/verify_dialog.py" line="173"/>
        <source>Memeriksa…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/verify_dialog.py" line="192"/>
        <source>tidak diperiksa (isi nama dan NIK)</source>
        <translation>not checked (enter name and NIK)</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/verify_dialog.py" line="193"/>
        <source>cocok dengan nama dan NIK yang diisi</source>
        <translation>matches the name and NIK entered</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/verify_dialog.py" line="194"/>
        <source>TIDAK cocok dengan nama dan NIK yang diisi</source>
        <translation>does NOT match the name and NIK entered</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/verify_dialog.py" line="74"/>
        <source>Daftar pencabutan</source>
        <translation>Revocation list</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../humas_desktop/gui/welcome.py" line="17"/>
        <source>Uji kompetensi humas tanpa internet. Belum ada acara terbuka di laptop ini.</source>
        <translation>PR competency assessment without internet. No event is open on this laptop yet.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/welcome.py" line="20"/>
        <source>Buka acara…</source>
        <translation>Open event…</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/welcome.py" line="21"/>
        <source>Buat acara baru…</source>
        <translation>Create a new event…</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/gui/welcome.py" line="22"/>
        <source>Coba dengan acara demo</source>
        <translation>Try it with the demo event</translation>
    </message>
</context>
</TS>
