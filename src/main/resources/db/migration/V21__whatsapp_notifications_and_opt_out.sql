-- Two-way WhatsApp, notifications and self-service (issue 11).

-- A status notification queued (or skipped) for the resident appears in the case's history.
alter table case_event drop constraint case_event_type_check;
alter table case_event add constraint case_event_type_check check (type in
    ('CREATED', 'STATUS_CHANGED', 'EDITED', 'NOTE', 'MERGED', 'CHANNEL_TOUCHED', 'TAKEN', 'RELEASED', 'HANDED_OVER',
     'NOTIFIED'));

-- A message to a number that opted out is kept as SKIPPED, never sent.
alter table outbound_message drop constraint outbound_message_status_check;
alter table outbound_message add constraint outbound_message_status_check check (status in
    ('PENDING', 'SENDING', 'SENT', 'DELIVERED', 'READ', 'FAILED', 'SKIPPED'));

-- Residents who wrote BERHENTI (and not MULAI since), by their WhatsApp number (62812...).
create table whatsapp_opt_out (
    wa_id          text primary key check (wa_id ~ '^[1-9][0-9]{7,14}$'),
    opted_out_at   timestamptz not null
);

-- A phone number as written (0812..., +62 812-..., 62812...) in WhatsApp's international form,
-- as intake.WhatsAppNumbers reads it; null if it is none. Residents asking "STATUS" find their
-- cases by it.
create function wa_id(phone text) returns text
    language sql immutable strict parallel safe
    return (select case when v ~ '^[1-9][0-9]{7,14}$' then v end
            from (select case when p like '+%' then substr(p, 2)
                              when p like '00%' then substr(p, 3)
                              when p like '0%' then '62' || substr(p, 2)
                              else p end as v
                  from (select regexp_replace(btrim(phone), '[\s\-.()]', '', 'g') as p) s) t);

create index service_case_wa_id_idx on service_case (wa_id(phone)) where phone is not null;
