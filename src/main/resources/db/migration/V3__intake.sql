-- Omnichannel intake: unification of requests across channels, WhatsApp messages and channel API keys.

-- A WhatsApp message may not say which document the citizen wants: a TRIAGE case may leave the
-- service open until a clerk completes it, as it may leave NIK and name open. A TRIAGE case that
-- is no request at all (spam, a question) is REJECTED as it is, so REJECTED may lack them too.
-- (service_case_check is V1's unnamed "TRIAGE or NIK and name" check.)
alter table service_case drop constraint service_case_check;
alter table service_case add constraint service_case_applicant_known_check
    check (status in ('TRIAGE', 'REJECTED') or (nik is not null and applicant_name is not null));
alter table service_case alter column service_type drop not null;
alter table service_case add constraint service_case_service_known_check
    check (status in ('TRIAGE', 'REJECTED') or service_type is not null);

-- Unification looks for the citizen's open case of the same service (NIK + service type).
create index service_case_open_nik_idx on service_case (nik, service_type)
    where status not in ('COMPLETED', 'REJECTED', 'MERGED');
-- A WhatsApp sender's open TRIAGE case, to append further messages to it.
create index service_case_triage_phone_idx on service_case (channel, phone) where status = 'TRIAGE';

-- Channels a case was touched by besides the one it arrived through (service_case.channel):
-- a citizen who wrote on WhatsApp and then came to the desk leaves (case, OFFICE) here.
create table case_channel (
    case_id          bigint not null references service_case (id) on delete cascade,
    channel          text not null check (channel in ('WEB', 'APP', 'WHATSAPP', 'OFFICE', 'OUTREACH')),
    first_touched_at timestamptz not null,
    primary key (case_id, channel)
);

-- Every inbound WhatsApp message, kept once per message id (redelivery is idempotent) and linked
-- to the case it created or was appended to. The text is what clerks triage.
create table inbound_message (
    id           bigserial primary key,
    channel      text not null check (channel in ('WHATSAPP')),
    message_id   text not null check (length(message_id) between 1 and 200),
    sender       text not null check (length(sender) between 1 and 32),
    sender_name  text check (length(sender_name) <= 200),
    message_type text not null check (length(message_type) <= 40),
    body         text check (length(body) <= 8000),
    received_at  timestamptz not null,
    case_id      bigint references service_case (id) on delete cascade,
    unique (channel, message_id)
);
create index inbound_message_case_idx on inbound_message (case_id, received_at);

-- API keys of the channels and scripts: only a SHA-256 hash of the key is stored; the key itself
-- is shown once at creation. A submit key belongs to exactly one channel.
create table api_key (
    id           bigserial primary key,
    name         text not null check (length(name) between 3 and 80),
    key_prefix   text not null check (length(key_prefix) between 4 and 16),
    key_hash     text not null unique check (key_hash ~ '^[0-9a-f]{64}$'),
    scope_submit boolean not null,
    scope_import boolean not null,
    scope_read   boolean not null,
    channel      text check (channel in ('WEB', 'APP', 'WHATSAPP', 'OFFICE', 'OUTREACH')),
    created_at   timestamptz not null,
    created_by   text not null,
    last_used_at timestamptz,
    revoked_at   timestamptz,
    revoked_by   text,
    version      bigint not null default 0,
    check (scope_submit or scope_import or scope_read),
    check (scope_submit = (channel is not null)),
    check ((revoked_at is null) = (revoked_by is null))
);
create index api_key_created_idx on api_key (created_at desc, id desc);
