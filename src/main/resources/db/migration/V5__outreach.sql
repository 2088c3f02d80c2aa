-- Outreach ("jemput bola"): visits with the villages they cover and what they served, the
-- planner's public holidays and saved weights, and the link from a case to the visit it came from.

create table outreach_visit (
    id            bigserial primary key,
    visit_date    date not null,
    district_code text not null references district (code),
    status        text not null check (status in ('PLANNED', 'DONE', 'CANCELLED')),
    capacity      integer not null check (capacity between 1 and 1000),
    -- Residents taught to use the online channels: only a done visit has taught anyone.
    taught_online integer check (taught_online between 0 and 10000),
    note          text check (length(note) <= 1000),
    created_by    text not null,
    created_at    timestamptz not null,
    updated_by    text not null,
    updated_at    timestamptz not null,
    version       bigint not null default 0,
    check (status = 'DONE' or taught_online is null)
);
-- The regency has one outreach team: at most one visit a day that is not cancelled. This also
-- makes accepting the same proposal twice harmless.
create unique index outreach_visit_one_a_day on outreach_visit (visit_date) where status <> 'CANCELLED';
create index outreach_visit_date_idx on outreach_visit (visit_date, district_code);

create table outreach_visit_village (
    visit_id         bigint not null references outreach_visit (id) on delete cascade,
    village_code     text not null references village (code),
    expected_turnout integer not null check (expected_turnout between 0 and 1000),
    primary key (visit_id, village_code)
);
create index outreach_visit_village_village_idx on outreach_visit_village (village_code, visit_id);

create table outreach_visit_served (
    visit_id     bigint not null references outreach_visit (id) on delete cascade,
    service_type text not null check (service_type in
                     ('KTP', 'KK', 'KIA', 'BIRTH_CERT', 'MARRIAGE_CERT', 'DIVORCE_CERT', 'DEATH_CERT')),
    served       integer not null check (served between 0 and 1000),
    primary key (visit_id, service_type)
);

-- Cases registered on the spot during a visit point at it; only OUTREACH cases may.
alter table service_case add column outreach_visit_id bigint references outreach_visit (id);
alter table service_case add constraint service_case_outreach_visit_channel
    check (outreach_visit_id is null or channel = 'OUTREACH');
create index service_case_outreach_visit_idx on service_case (outreach_visit_id) where outreach_visit_id is not null;

-- Public holidays entered by the planner; the proposed schedule skips them.
create table outreach_holiday (
    day  date primary key,
    name text not null check (length(name) between 1 and 100)
);

-- The planner's saved weights and 2x2 thresholds (one row); without it the defaults apply.
create table outreach_settings (
    id                    smallint primary key check (id = 1),
    weight_demand         integer not null check (weight_demand between 0 and 100),
    weight_adoption_gap   integer not null check (weight_adoption_gap between 0 and 100),
    weight_under_service  integer not null check (weight_under_service between 0 and 100),
    weight_access         integer not null check (weight_access between 0 and 100),
    weight_recency        integer not null check (weight_recency between 0 and 100),
    access_good_pct       integer not null check (access_good_pct between 1 and 200),
    utilisation_good_pct  integer not null check (utilisation_good_pct between 1 and 100),
    updated_by            text not null,
    updated_at            timestamptz not null
);
