-- One append-only audit trail (UU 27/2022): who read which case's personal data, and every
-- administrative act (accounts, sign-ins, API keys, service mode, outreach settings, holidays).
-- No personal data goes into it: a case is named by id and number, an account by its username.
create table audit_event (
    id          bigserial primary key,
    occurred_at timestamptz not null,
    actor       text not null check (length(actor) between 1 and 100),
    kind        text not null check (kind ~ '^[A-Z_]{3,40}$'),
    case_id     bigint,
    case_number text check (length(case_number) <= 40),
    subject     text check (length(subject) <= 200),
    detail      text check (length(detail) <= 1000)
);
create index audit_event_time_idx on audit_event (occurred_at desc, id desc);
create index audit_event_actor_idx on audit_event (actor, occurred_at desc, id desc);
create index audit_event_case_idx on audit_event (case_number, occurred_at desc, id desc) where case_number is not null;
create index audit_event_kind_idx on audit_event (kind, occurred_at desc, id desc);

-- The application never changes or removes an entry; the database refuses it too.
create function audit_event_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_event is append-only';
end;
$$;
create trigger audit_event_no_update_or_delete
    before update or delete on audit_event
    for each row execute function audit_event_append_only();
