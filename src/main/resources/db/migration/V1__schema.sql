-- Core schema: regions, staff accounts, cases and their append-only history.
-- Every case row carries its region codes so the table can later be distributed by regency
-- (Citus) or partitioned by time without joins to find a row's home.

create extension if not exists pg_trgm;

create table district (
    code              text primary key check (code ~ '^[0-9]{2}\.[0-9]{2}\.[0-9]{2}$'),
    name              text not null,
    population        integer not null check (population >= 0),
    population_as_of  date,
    wajib_ktp         integer check (wajib_ktp >= 0),
    area_km2          numeric(10, 2),
    distance_km       numeric(6, 1) not null check (distance_km >= 0),
    seat_village_code text
);

create table village (
    code                 text primary key check (code ~ '^[0-9]{2}\.[0-9]{2}\.[0-9]{2}\.[0-9]{4}$'),
    name                 text not null,
    kind                 text not null check (kind in ('KELURAHAN', 'DESA')),
    district_code        text not null references district (code),
    population           integer not null check (population >= 0),
    population_estimated boolean not null,
    lat                  double precision,
    lng                  double precision,
    distance_km          numeric(6, 1) not null check (distance_km >= 0),
    hard_to_reach        boolean not null,
    ikn_status           text not null check (ikn_status in ('NO', 'YES', 'PARTIAL')),
    note                 text
);
create index village_district_idx on village (district_code);

create table app_user (
    id              bigserial primary key,
    username        text not null unique check (username ~ '^[a-z0-9._-]{3,40}$'),
    display_name    text not null,
    password_hash   text not null,
    enabled         boolean not null default true,
    failed_attempts integer not null default 0 check (failed_attempts >= 0),
    locked_until    timestamptz,
    version         bigint not null default 0
);

create table app_user_role (
    user_id bigint not null references app_user (id) on delete cascade,
    role    text not null check (role in ('KEPALA', 'PERENCANA', 'PETUGAS', 'ADMIN')),
    primary key (user_id, role)
);

create sequence case_number_seq;

create table service_case (
    id             bigserial primary key,
    case_number    text not null unique,
    channel        text not null check (channel in ('WEB', 'APP', 'WHATSAPP', 'OFFICE', 'OUTREACH')),
    service_type   text not null check (service_type in
                       ('KTP', 'KK', 'KIA', 'BIRTH_CERT', 'MARRIAGE_CERT', 'DIVORCE_CERT', 'DEATH_CERT')),
    status         text not null check (status in
                       ('SUBMITTED', 'TRIAGE', 'VERIFIED', 'NEEDS_CORRECTION', 'WAITING_IN_PERSON',
                        'IN_PROCESS', 'READY', 'COMPLETED', 'REJECTED', 'MERGED')),
    -- NIK as text (not char(16)): a char column skips its index for text parameters.
    nik            text check (nik ~ '^[0-9]{16}$'),
    applicant_name text check (length(applicant_name) <= 120),
    phone          text check (phone ~ '^\+?[0-9]{8,15}$'),
    village_code   text references village (code),
    district_code  text references district (code),
    submitted_at   timestamptz not null,
    updated_at     timestamptz not null,
    completed_at   timestamptz,
    merged_into_id bigint references service_case (id),
    external_id    text,
    notes          text check (length(notes) <= 2000),
    version        bigint not null default 0,
    -- Lower-cased haystack for the clerks' free-text search (case number, NIK, name).
    search_text    text generated always as (
                       lower(case_number || ' ' || coalesce(nik, '') || ' ' || coalesce(applicant_name, ''))) stored,
    check (status = 'TRIAGE' or (nik is not null and applicant_name is not null)),
    check ((status = 'MERGED') = (merged_into_id is not null)),
    check (completed_at is null or completed_at >= submitted_at)
);

create index service_case_submitted_idx on service_case (submitted_at desc, id desc);
create index service_case_nik_idx on service_case (nik);
create index service_case_status_idx on service_case (status, submitted_at desc);
create index service_case_village_idx on service_case (village_code, submitted_at desc);
create index service_case_district_idx on service_case (district_code, submitted_at desc);
create index service_case_search_trgm_idx on service_case using gin (search_text gin_trgm_ops);
create unique index service_case_external_idx on service_case (channel, external_id) where external_id is not null;

create table case_event (
    id          bigserial primary key,
    case_id     bigint not null references service_case (id),
    occurred_at timestamptz not null,
    actor       text not null,
    type        text not null check (type in
                    ('CREATED', 'STATUS_CHANGED', 'EDITED', 'NOTE', 'MERGED', 'CHANNEL_TOUCHED')),
    from_status text,
    to_status   text,
    detail      text check (length(detail) <= 4000)
);
create index case_event_case_idx on case_event (case_id, occurred_at, id);
