-- Two-way WhatsApp, sending (issue 11): a transactional outbox. A message to a resident is
-- written here in the same transaction as the change that causes it, and a worker sends it through
-- the Cloud API. Each row goes out once: its idempotency key makes a second enqueue of the same
-- cause a no-op, a worker claims it (FOR UPDATE SKIP LOCKED) with a lease so that a second app
-- instance never takes it while it is in flight, and a claim whose worker died is taken again once
-- the lease has expired.
create table outbound_message (
    id                bigserial primary key,
    -- Names the cause (e.g. a case event), never personal data; also sent to Meta as
    -- biz_opaque_callback_data, which comes back in the delivery statuses.
    idempotency_key   text not null unique check (length(idempotency_key) between 1 and 200),
    case_id           bigint references service_case (id) on delete set null,
    -- The resident's WhatsApp number in international form without "+" (62812...).
    recipient         text not null check (recipient ~ '^[1-9][0-9]{7,14}$'),
    kind              text not null check (kind ~ '^[A-Z_]{2,40}$'),
    -- Free text (inside the 24-hour customer-service window) or an approved template with its
    -- language and body parameters (a JSON array of strings): exactly one of the two.
    body              text check (length(body) between 1 and 4096),
    template_name     text check (template_name ~ '^[a-z0-9_]+$' and length(template_name) <= 512),
    template_language text check (template_language ~ '^[a-z]{2,3}(_[A-Z]{2})?$'),
    template_params   jsonb check (template_params is null or jsonb_typeof(template_params) = 'array'),
    status            text not null check (status in ('PENDING', 'SENDING', 'SENT', 'DELIVERED', 'READ', 'FAILED')),
    attempts          integer not null default 0 check (attempts >= 0),
    next_attempt_at   timestamptz not null,
    -- While SENDING: the worker that claimed the row holds it until then.
    lease_until       timestamptz,
    -- The last failure: Meta's error code (131047), http.<status>, timeout, io; and its text.
    last_error_code   text check (length(last_error_code) between 1 and 40),
    last_error_text   text check (length(last_error_text) <= 500),
    -- Meta's message id (wamid...), by which the delivery statuses find the row.
    wa_message_id     text unique check (length(wa_message_id) between 1 and 256),
    created_by        text not null check (length(created_by) between 1 and 100),
    created_at        timestamptz not null,
    updated_at        timestamptz not null,
    sent_at           timestamptz,
    delivered_at      timestamptz,
    read_at           timestamptz,
    check ((body is null) <> (template_name is null)),
    check ((template_name is null) = (template_language is null)),
    check ((template_name is null) or (template_params is not null)),
    check ((status = 'SENDING') = (lease_until is not null))
);
-- What the worker claims: due pending rows, and claims whose lease has expired.
create index outbound_message_due_idx on outbound_message (next_attempt_at, id) where status = 'PENDING';
create index outbound_message_lease_idx on outbound_message (lease_until) where status = 'SENDING';
-- The administrators' "Pesan Keluar" list, newest first, by status.
create index outbound_message_created_idx on outbound_message (created_at desc, id desc);
create index outbound_message_status_idx on outbound_message (status, created_at desc, id desc);
create index outbound_message_case_idx on outbound_message (case_id) where case_id is not null;

-- The 24-hour customer-service window starts at the resident's last inbound message.
create index inbound_message_sender_idx on inbound_message (sender, received_at desc);
