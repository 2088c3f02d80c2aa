-- Two-way WhatsApp, conversations (issue 11): the media residents send (a photo of their KK, a
-- scanned form, a voice note) fetched through the Cloud API's media endpoint and kept here, up to a
-- configured size, for the clerks' thread. A row is queued in the transaction that stores its
-- message; a worker claims it (FOR UPDATE SKIP LOCKED) with a lease, as the outbox does, so that two
-- app instances never fetch the same media, and a claim whose worker died is taken again once its
-- lease has expired.
create table inbound_media (
    id                 bigserial primary key,
    inbound_message_id bigint not null unique references inbound_message (id) on delete cascade,
    -- The Cloud API media id the message named (V10).
    media_id           text not null check (length(media_id) between 1 and 256),
    -- What Meta's media endpoint says it is, else what the message said.
    mime_type          text check (length(mime_type) <= 200),
    -- The stored size; for TOO_LARGE the size Meta declared (null when its declaration was false and
    -- the download went past the limit).
    size_bytes         bigint check (size_bytes >= 0),
    -- Of the stored bytes, lower-case hex; checked against Meta's before storing.
    sha256             text check (sha256 ~ '^[0-9a-f]{64}$'),
    -- PENDING waits for its (next) attempt, FETCHING is claimed by a worker, STORED has its bytes in
    -- inbound_media_content, TOO_LARGE is over the limit and not stored, FAILED is given up.
    status             text not null check (status in ('PENDING', 'FETCHING', 'STORED', 'TOO_LARGE', 'FAILED')),
    attempts           integer not null default 0 check (attempts >= 0),
    next_attempt_at    timestamptz not null,
    lease_until        timestamptz,
    -- The last failure: Meta's error code, http.<status>, timeout, io, sha256, size.exceeded; and its text.
    last_error_code    text check (length(last_error_code) between 1 and 40),
    last_error_text    text check (length(last_error_text) <= 500),
    created_at         timestamptz not null,
    updated_at         timestamptz not null,
    fetched_at         timestamptz,
    check ((status = 'FETCHING') = (lease_until is not null)),
    check (status <> 'STORED' or (size_bytes is not null and sha256 is not null and fetched_at is not null))
);
-- What the worker claims: due pending rows, and claims whose lease has expired.
create index inbound_media_due_idx on inbound_media (next_attempt_at, id) where status = 'PENDING';
create index inbound_media_lease_idx on inbound_media (lease_until) where status = 'FETCHING';

-- The bytes, apart from the queue, so that claiming and listing never touch them.
create table inbound_media_content (
    media_row_id bigint primary key references inbound_media (id) on delete cascade,
    -- Upper bound whatever the configured limit: WhatsApp's largest media (documents) are 100 MB.
    bytes        bytea not null check (octet_length(bytes) between 1 and 104857600)
);
-- Photos and PDFs are compressed already: kept out of line without another compression attempt.
alter table inbound_media_content alter column bytes set storage external;

-- Media of messages that arrived before this version: queued like new ones. Meta keeps media for a
-- limited time; what it no longer has ends as FAILED with its error code.
insert into inbound_media (inbound_message_id, media_id, mime_type, status, next_attempt_at, created_at, updated_at)
select id, media_id, mime_type, 'PENDING', now(), now(), now()
from inbound_message
where media_id is not null;
