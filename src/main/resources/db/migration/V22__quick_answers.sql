-- Quick answers ("jawaban cepat", issue 11): texts a clerk picks in the triage reply and edits before
-- sending, per service (service_type) or for any service (null). Answers marked as the service's
-- requirements (requirements = true) are also the automatic reply to "SYARAT <service>" and the
-- documents to bring in the WAITING_IN_PERSON notification: the one place the office keeps its
-- requirement texts. Administrators edit them on the "Jawaban Cepat" screen (intake.QuickAnswers).
create table quick_answer (
    id           bigserial primary key,
    service_type text check (service_type in
                     ('KTP', 'KK', 'KIA', 'BIRTH_CERT', 'MARRIAGE_CERT', 'DIVORCE_CERT', 'DEATH_CERT')),
    title        text not null check (length(title) between 1 and 80 and title = btrim(title)),
    -- WhatsApp's limit of a text message's body (intake.OutboundContent.MAX_TEXT).
    body         text not null check (length(body) between 1 and 4096 and body = btrim(body)),
    sort_order   integer not null default 0 check (sort_order between 0 and 999),
    active       boolean not null default true,
    requirements boolean not null default false,
    updated_by   text not null,
    updated_at   timestamptz not null,
    version      bigint not null default 0,
    -- A general answer is no service's requirements.
    constraint quick_answer_requirements_need_a_service check (not requirements or service_type is not null)
);

-- One title per service (and one among the general answers), whatever its case.
create unique index quick_answer_title_idx on quick_answer (coalesce(service_type, ''), lower(title));
-- The reply picker's and the SYARAT answer's reading: a service's active answers in their order.
create index quick_answer_service_idx on quick_answer (service_type, sort_order, id) where active;

-- The seeded texts follow the national requirements of Perpres 96/2018 (Persyaratan dan Tata Cara
-- Pendaftaran Penduduk dan Pencatatan Sipil) and Permendagri 108/2019 (its implementation), with the
-- KIA of Permendagri 2/2016 and the reporting deadlines of UU 23/2006 as amended by UU 24/2013.
-- They were written from those rules as commonly published, NOT checked against the regulations' text
-- or the office's own service standard (Keputusan Kadisdukcapil PPU 470/045/Dukcapil/VII/2019): the
-- office MUST check and correct them on the "Jawaban Cepat" screen before residents rely on them.
-- The general "Jam layanan" answer repeats the default OFFICE_HOURS; change both together.
insert into quick_answer (service_type, title, body, sort_order, requirements, updated_by, updated_at)
values
('KTP', 'Syarat KTP-el', $$Syarat KTP-el:
KTP-el baru (perekaman):
1. Berusia 17 tahun, atau sudah/pernah kawin.
2. Kartu Keluarga (KK).
3. Datang sendiri ke kantor Disdukcapil atau ke layanan jemput bola untuk perekaman foto, sidik jari dan iris mata.

Penggantian KTP-el:
- Rusak: KTP-el yang rusak dan KK.
- Hilang: surat keterangan kehilangan dari kepolisian dan KK.
- Perubahan data: KK yang sudah memuat data baru.
- Pindah datang: surat keterangan pindah dan KK baru.

Bawa dokumen asli. Layanan ini gratis.$$, 10, true, 'migration V22', now()),
('KK', 'Syarat Kartu Keluarga (KK)', $$Syarat Kartu Keluarga (KK):
KK baru (keluarga baru):
- Buku nikah/kutipan akta perkawinan atau kutipan akta perceraian; bila perkawinan belum tercatat: Surat Pernyataan Tanggung Jawab Mutlak (SPTJM) perkawinan belum tercatat.
- Surat keterangan pindah, bila datang dari daerah lain.

Perubahan KK (tambah/kurang anggota, pisah KK, perubahan data):
- KK lama.
- Dokumen peristiwanya: akta kelahiran, akta kematian, surat keterangan pindah, atau bukti perubahan data.

KK hilang atau rusak:
- Surat keterangan kehilangan dari kepolisian atau KK yang rusak, dan KTP-el kepala keluarga.

Formulir diisi di kantor. Bawa dokumen asli. Layanan ini gratis.$$, 10, true, 'migration V22', now()),
('KIA', 'Syarat Kartu Identitas Anak (KIA)', $$Syarat Kartu Identitas Anak (KIA), untuk anak di bawah 17 tahun yang belum kawin:
1. Fotokopi kutipan akta kelahiran anak (tunjukkan aslinya).
2. KK orang tua/wali.
3. KTP-el kedua orang tua/wali.
4. Untuk anak berusia 5 tahun ke atas: pas foto berwarna anak ukuran 2x3 sebanyak 2 lembar.

Bayi yang baru lahir mendapat KIA bersama akta kelahirannya. Bawa dokumen asli. Layanan ini gratis.$$, 10, true, 'migration V22', now()),
('BIRTH_CERT', 'Syarat Akta Kelahiran', $$Syarat Akta Kelahiran:
1. Surat keterangan kelahiran dari rumah sakit, puskesmas, dokter atau bidan (atau dari kepala desa/lurah).
2. Buku nikah/kutipan akta perkawinan orang tua; bila perkawinan belum tercatat: SPTJM kebenaran sebagai pasangan suami istri.
3. KK tempat anak didaftarkan.
4. KTP-el orang tua atau pelapor.
Bila tidak ada surat keterangan kelahiran: SPTJM kebenaran data kelahiran dengan 2 orang saksi.

Laporkan kelahiran paling lambat 60 hari sejak lahir. Bawa dokumen asli. Layanan ini gratis.$$, 10, true, 'migration V22', now()),
('DEATH_CERT', 'Syarat Akta Kematian', $$Syarat Akta Kematian:
1. Surat keterangan kematian dari rumah sakit, puskesmas atau dokter, atau dari kepala desa/lurah.
2. KK dan KTP-el almarhum/almarhumah.
3. KTP-el pelapor.
Bila tidak ada surat keterangan kematian: SPTJM kebenaran data kematian dengan 2 orang saksi.

Laporkan kematian paling lambat 30 hari sejak meninggal; KK keluarga sekaligus diperbarui. Bawa dokumen asli. Layanan ini gratis.$$, 10, true, 'migration V22', now()),
('MARRIAGE_CERT', 'Syarat Akta Perkawinan', $$Syarat Akta Perkawinan (bagi pemeluk agama selain Islam dan penghayat kepercayaan; perkawinan secara Islam dicatat di KUA):
1. Surat keterangan telah terjadinya perkawinan dari pemuka agama atau pemuka penghayat kepercayaan.
2. KTP-el dan KK kedua mempelai.
3. Pas foto berwarna suami dan istri berdampingan ukuran 4x6.
4. Akta kelahiran kedua mempelai.
5. Dua orang saksi dengan KTP-el.
6. Bagi yang pernah kawin: akta perceraian atau akta kematian pasangan terdahulu.

Laporkan paling lambat 60 hari sejak perkawinan. Bawa dokumen asli. Layanan ini gratis.$$, 10, true, 'migration V22', now()),
('DIVORCE_CERT', 'Syarat Akta Perceraian', $$Syarat Akta Perceraian (bagi pemeluk agama selain Islam; akta cerai perceraian secara Islam diterbitkan Pengadilan Agama):
1. Salinan putusan pengadilan yang telah berkekuatan hukum tetap.
2. Kutipan akta perkawinan asli.
3. KTP-el dan KK.

Laporkan paling lambat 60 hari sejak putusan berkekuatan hukum tetap. Bawa dokumen asli. Layanan ini gratis.$$, 10, true, 'migration V22', now()),
(null, 'Jam layanan', $$Kantor Disdukcapil Kabupaten Penajam Paser Utara melayani Senin-Jumat pukul 08.00-15.00 WITA, kecuali hari libur. Bawa dokumen asli saat datang.
Untuk menanyakan permohonan Anda, kirim STATUS diikuti nomor permohonan, misalnya STATUS PPU-2026-0012345. Untuk syarat layanan, kirim SYARAT diikuti nama layanan, misalnya SYARAT KTP.$$, 10, false, 'migration V22', now());
