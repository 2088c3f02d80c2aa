-- The texts of the status notifications to residents (issue 11), editable by an administrator
-- ("Teks Notifikasi", intake.NotificationTexts). Named placeholders are filled in per case:
--   {nomor} case number, {layanan} service, {perbaikan} what to fix, {alasan} the reason of a
--   rejection, {syarat} what to bring, {jam_layanan} office hours, {tempat_ambil} where to collect,
--   {kunjungan} the next planned outreach visit to the resident's district (date and place).
-- WAITING_IN_PERSON has two texts: WAITING_IN_PERSON_VISIT when a visit is coming, WAITING_IN_PERSON
-- when none is. The opt-out line ("Balas BERHENTI ...") is added to every message, not stored here.
-- The defaults are the texts the notifications had before (i18n/resident.properties), with named
-- placeholders; default_body is what "kembalikan ke bawaan" restores.
create table notification_text (
    kind         text primary key check (kind in
                     ('NEEDS_CORRECTION', 'WAITING_IN_PERSON', 'WAITING_IN_PERSON_VISIT', 'READY', 'COMPLETED',
                      'REJECTED')),
    body         text not null check (length(btrim(body)) between 1 and 4096),
    default_body text not null check (length(btrim(default_body)) between 1 and 4096),
    version      bigint not null default 0 check (version >= 0),
    updated_by   text not null,
    updated_at   timestamptz not null,
    -- What each text must name (the application says so precisely; the table refuses it anyway).
    check (strpos(body, '{nomor}') > 0),
    check (kind <> 'NEEDS_CORRECTION' or strpos(body, '{perbaikan}') > 0),
    check (kind <> 'WAITING_IN_PERSON' or (strpos(body, '{syarat}') > 0 and strpos(body, '{jam_layanan}') > 0)),
    check (kind <> 'WAITING_IN_PERSON_VISIT' or (strpos(body, '{syarat}') > 0 and strpos(body, '{kunjungan}') > 0)),
    check (kind <> 'READY' or strpos(body, '{tempat_ambil}') > 0),
    check (kind <> 'REJECTED' or strpos(body, '{alasan}') > 0)
);

insert into notification_text (kind, body, default_body, updated_by, updated_at)
select kind, body, body, 'migration V23', now()
from (values
    ('NEEDS_CORRECTION',
     E'Permohonan {nomor} ({layanan}) perlu diperbaiki: {perbaikan}\nSilakan kirim perbaikannya melalui kanal tempat Anda mengajukan permohonan.'),
    ('WAITING_IN_PERSON',
     E'Permohonan {nomor} ({layanan}) menunggu kehadiran Anda di kantor Disdukcapil Kabupaten Penajam Paser Utara. Jam layanan: {jam_layanan}.\n\n{syarat}'),
    ('WAITING_IN_PERSON_VISIT',
     E'Permohonan {nomor} ({layanan}) menunggu kehadiran Anda. Layanan jemput bola Disdukcapil akan hadir pada {kunjungan}: Anda dapat datang ke sana, atau ke kantor Disdukcapil Kabupaten Penajam Paser Utara (jam layanan: {jam_layanan}).\n\n{syarat}'),
    ('READY',
     'Dokumen {layanan} untuk permohonan {nomor} sudah selesai dan dapat diambil di {tempat_ambil}. Jam layanan: {jam_layanan}. Sebutkan nomor permohonan ini saat mengambil.'),
    ('COMPLETED',
     'Permohonan {nomor} ({layanan}) telah selesai. Terima kasih telah menggunakan layanan Disdukcapil Kabupaten Penajam Paser Utara.'),
    ('REJECTED',
     E'Mohon maaf, permohonan {nomor} ({layanan}) tidak dapat diproses. Alasan: {alasan}\nAnda dapat mengajukan kembali setelah persyaratannya lengkap.')
) as t(kind, body);
