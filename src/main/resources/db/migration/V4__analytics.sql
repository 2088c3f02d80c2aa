-- Analytics: rollups of service_case that the dashboard and the open statistics read instead of
-- the raw rows, kept correct by statement triggers on service_case, and the office's service mode.
--
-- What the rollups count: every request once, by the channel it first arrived through. A
-- duplicate folded into another case (status MERGED) is not counted at all; the surviving case
-- is the first arrival and keeps its channel. Days and months are WITA (UTC+8) calendar days of
-- the submission. Status is the case's current status. A case without a region or service yet (a
-- WhatsApp message in triage) is kept under the empty code ''.
--
-- Why triggers: cases are written by the clerks' forms, the intake API, the WhatsApp webhook,
-- CSV imports and COPY loads of demo data. A trigger on the table covers every path, in the
-- writing transaction. They are statement triggers with transition tables, so a COPY of 100,000
-- rows costs one aggregated upsert per rollup instead of 100,000, and rollup rows are upserted
-- in key order, so two concurrent writers lock them in the same order (no deadlocks).
-- analytics_rebuild() recomputes everything from scratch (after a load with triggers disabled).

-- A timestamp's calendar day in WITA. Immutable because WITA has had no daylight saving since 1932.
create function analytics_day(ts timestamptz) returns date
    language sql immutable parallel safe
    return (ts at time zone 'Asia/Makassar')::date;

-- Turnaround histogram bucket: floor(10 ln hours), so each bucket is 10.5% wide (log scale).
-- Medians and percentiles read from it are within a few percent of the exact value (see
-- docs/BENCHMARKS.md). Anything faster than 6 minutes falls into the first bucket.
create function analytics_bucket(submitted timestamptz, completed timestamptz) returns smallint
    language sql immutable parallel safe
    return floor(10 * ln(greatest(extract(epoch from completed - submitted) / 3600.0, 0.1)))::smallint;

-- Counted requests per submission day, district, channel, service and current status.
create table case_rollup_day (
    day           date not null,
    district_code text not null,
    channel       text not null,
    service_type  text not null,
    status        text not null,
    cases         integer not null,
    primary key (day, district_code, channel, service_type, status)
);
-- The backlog reads only the open statuses.
create index case_rollup_day_open_idx on case_rollup_day (day)
    where status not in ('COMPLETED', 'REJECTED', 'MERGED');

-- The same at month grain: what whole-month periods, the trend and the heatmap read.
create table case_rollup_month (
    month         date not null check (extract(day from month) = 1),
    district_code text not null,
    channel       text not null,
    service_type  text not null,
    status        text not null,
    cases         integer not null,
    primary key (month, district_code, channel, service_type, status)
);

-- Villages at month grain only (at day grain the rollup would be barely smaller than the table).
create table case_rollup_village_month (
    month        date not null check (extract(day from month) = 1),
    village_code text not null,
    channel      text not null,
    service_type text not null,
    status       text not null,
    cases        integer not null,
    primary key (month, village_code, channel, service_type, status)
);

-- Turnaround histograms of COMPLETED requests (analytics_bucket), per submission month and per
-- submission year (first day of the year). Besides each district's rows there are regency-wide
-- rows under district_code '*', so a regency-wide median reads a quarter of the rows, and a long
-- period reads whole years: the dashboard's "all since 2019" reads about 35,000 rows at 5,000,000
-- cases instead of 700,000.
create table case_turnaround_month (
    district_code text not null,
    month         date not null check (extract(day from month) = 1),
    channel       text not null,
    service_type  text not null,
    bucket        smallint not null,
    cases         integer not null,
    primary key (district_code, month, channel, service_type, bucket)
);

create table case_turnaround_year (
    district_code text not null,
    year          date not null check (extract(doy from year) = 1),
    channel       text not null,
    service_type  text not null,
    bucket        smallint not null,
    cases         integer not null,
    primary key (district_code, year, channel, service_type, bucket)
);

-- The same per village, without the channel (for the open statistics grouped by village).
create table case_turnaround_village_month (
    month        date not null check (extract(day from month) = 1),
    village_code text not null,
    service_type text not null,
    bucket       smallint not null,
    cases        integer not null,
    primary key (month, village_code, service_type, bucket)
);

-- One changed row as the triggers hand it over: n = +1 for a new row, -1 for an old row.
create type analytics_change as (
    submitted_at  timestamptz,
    completed_at  timestamptz,
    district_code text,
    village_code  text,
    channel       text,
    service_type  text,
    status        text,
    n             integer
);

-- Adds changed rows to every rollup. Static SQL, so PL/pgSQL caches its plan: a clerk's status
-- change costs about half a millisecond more; a COPY chunk costs one upsert per rollup.
create function analytics_apply(changes analytics_change[]) returns void
    language plpgsql set work_mem = '64MB' as
$$
begin
    with delta as materialized (
        select analytics_day(submitted_at) as day,
               coalesce(district_code, left(village_code, 8), '') as district_code,
               coalesce(village_code, '') as village_code,
               channel, coalesce(service_type, '') as service_type, status,
               case when status = 'COMPLETED' and completed_at is not null
                    then analytics_bucket(submitted_at, completed_at) end as bucket,
               n
        from unnest(changes) c
        where status <> 'MERGED'
    ),
    d as (
        insert into case_rollup_day as r (day, district_code, channel, service_type, status, cases)
        select day, district_code, channel, service_type, status, sum(n) from delta
        group by 1, 2, 3, 4, 5 having sum(n) <> 0 order by 1, 2, 3, 4, 5
        on conflict (day, district_code, channel, service_type, status) do update set cases = r.cases + excluded.cases
    ),
    m as (
        insert into case_rollup_month as r (month, district_code, channel, service_type, status, cases)
        select date_trunc('month', day)::date, district_code, channel, service_type, status, sum(n) from delta
        group by 1, 2, 3, 4, 5 having sum(n) <> 0 order by 1, 2, 3, 4, 5
        on conflict (month, district_code, channel, service_type, status) do update set cases = r.cases + excluded.cases
    ),
    vm as (
        insert into case_rollup_village_month as r (month, village_code, channel, service_type, status, cases)
        select date_trunc('month', day)::date, village_code, channel, service_type, status, sum(n) from delta
        group by 1, 2, 3, 4, 5 having sum(n) <> 0 order by 1, 2, 3, 4, 5
        on conflict (month, village_code, channel, service_type, status) do update set cases = r.cases + excluded.cases
    ),
    turnaround as materialized (
        select d.district_code, day, channel, service_type, bucket, n
        from delta cross join lateral (values (delta.district_code), ('*')) d(district_code)
        where bucket is not null
    ),
    t as (
        insert into case_turnaround_month as r (district_code, month, channel, service_type, bucket, cases)
        select district_code, date_trunc('month', day)::date, channel, service_type, bucket, sum(n) from turnaround
        group by 1, 2, 3, 4, 5 having sum(n) <> 0 order by 1, 2, 3, 4, 5
        on conflict (district_code, month, channel, service_type, bucket) do update set cases = r.cases + excluded.cases
    ),
    ty as (
        insert into case_turnaround_year as r (district_code, year, channel, service_type, bucket, cases)
        select district_code, date_trunc('year', day)::date, channel, service_type, bucket, sum(n) from turnaround
        group by 1, 2, 3, 4, 5 having sum(n) <> 0 order by 1, 2, 3, 4, 5
        on conflict (district_code, year, channel, service_type, bucket) do update set cases = r.cases + excluded.cases
    )
    insert into case_turnaround_village_month as r (month, village_code, service_type, bucket, cases)
    select date_trunc('month', day)::date, village_code, service_type, bucket, sum(n) from delta
    where bucket is not null
    group by 1, 2, 3, 4 having sum(n) <> 0 order by 1, 2, 3, 4
    on conflict (month, village_code, service_type, bucket) do update set cases = r.cases + excluded.cases;
end
$$;

create function analytics_case_inserted() returns trigger
    language plpgsql as
$$
begin
    perform analytics_apply(array(
        select (submitted_at, completed_at, district_code, village_code, channel, service_type, status, 1)::analytics_change
        from new_rows));
    return null;
end
$$;

-- Only rows whose counted attributes changed reach the rollups (a note or a phone number does not).
create function analytics_case_updated() returns trigger
    language plpgsql as
$$
begin
    perform analytics_apply(array(
        with moved as (
            select o.submitted_at as o_submitted_at, o.completed_at as o_completed_at, o.district_code as o_district_code,
                   o.village_code as o_village_code, o.channel as o_channel, o.service_type as o_service_type,
                   o.status as o_status, n.submitted_at, n.completed_at, n.district_code, n.village_code, n.channel,
                   n.service_type, n.status
            from old_rows o join new_rows n on n.id = o.id
            where (o.submitted_at, o.completed_at, o.district_code, o.village_code, o.channel, o.service_type, o.status)
                  is distinct from
                  (n.submitted_at, n.completed_at, n.district_code, n.village_code, n.channel, n.service_type, n.status)
        )
        select (submitted_at, completed_at, district_code, village_code, channel, service_type, status, 1)::analytics_change
        from moved
        union all
        select (o_submitted_at, o_completed_at, o_district_code, o_village_code, o_channel, o_service_type, o_status, -1)::analytics_change
        from moved));
    return null;
end
$$;

create function analytics_case_deleted() returns trigger
    language plpgsql as
$$
begin
    perform analytics_apply(array(
        select (submitted_at, completed_at, district_code, village_code, channel, service_type, status, -1)::analytics_change
        from old_rows));
    return null;
end
$$;

create trigger service_case_analytics_insert after insert on service_case
    referencing new table as new_rows
    for each statement execute function analytics_case_inserted();
create trigger service_case_analytics_update after update on service_case
    referencing old table as old_rows new table as new_rows
    for each statement execute function analytics_case_updated();
create trigger service_case_analytics_delete after delete on service_case
    referencing old table as old_rows
    for each statement execute function analytics_case_deleted();

create function analytics_truncate_rollups() returns trigger
    language plpgsql as
$$
begin
    truncate case_rollup_day, case_rollup_month, case_rollup_village_month, case_turnaround_month,
        case_turnaround_year, case_turnaround_village_month;
    return null;
end
$$;

create trigger service_case_analytics_truncate after truncate on service_case
    for each statement execute function analytics_truncate_rollups();

-- Recomputes every rollup from service_case (two scans). TRUNCATE takes the rollups' exclusive
-- lock first, so a writer whose trigger has not yet reached the rollups waits and then adds its
-- change on top of a rebuild that did not see it; a writer that already committed is in it.
create function analytics_rebuild() returns void
    language plpgsql set work_mem = '256MB' as
$$
begin
    truncate case_rollup_day, case_rollup_month, case_rollup_village_month, case_turnaround_month,
        case_turnaround_year, case_turnaround_village_month;
    insert into case_rollup_day (day, district_code, channel, service_type, status, cases)
        select analytics_day(submitted_at), coalesce(district_code, left(village_code, 8), ''), channel,
               coalesce(service_type, ''), status, count(*)
        from service_case where status <> 'MERGED'
        group by 1, 2, 3, 4, 5;
    insert into case_rollup_month (month, district_code, channel, service_type, status, cases)
        select date_trunc('month', day)::date, district_code, channel, service_type, status, sum(cases)
        from case_rollup_day group by 1, 2, 3, 4, 5;
    create temporary table analytics_rebuild_month on commit drop as
        select date_trunc('month', analytics_day(submitted_at))::date as month,
               coalesce(district_code, left(village_code, 8), '') as district_code,
               coalesce(village_code, '') as village_code, channel, coalesce(service_type, '') as service_type, status,
               case when status = 'COMPLETED' and completed_at is not null
                    then analytics_bucket(submitted_at, completed_at) end as bucket,
               count(*) as cases
        from service_case where status <> 'MERGED'
        group by 1, 2, 3, 4, 5, 6, 7;
    insert into case_rollup_village_month (month, village_code, channel, service_type, status, cases)
        select month, village_code, channel, service_type, status, sum(cases) from analytics_rebuild_month
        group by 1, 2, 3, 4, 5;
    insert into case_turnaround_month (district_code, month, channel, service_type, bucket, cases)
        select coalesce(district_code, '*'), month, channel, service_type, bucket, sum(cases) from analytics_rebuild_month
        where bucket is not null group by grouping sets ((district_code, month, channel, service_type, bucket),
                                                         (month, channel, service_type, bucket));
    insert into case_turnaround_year (district_code, year, channel, service_type, bucket, cases)
        select district_code, date_trunc('year', month)::date, channel, service_type, bucket, sum(cases)
        from case_turnaround_month group by 1, 2, 3, 4, 5;
    insert into case_turnaround_village_month (month, village_code, service_type, bucket, cases)
        select month, village_code, service_type, bucket, sum(cases) from analytics_rebuild_month
        where bucket is not null group by 1, 2, 3, 4;
    drop table analytics_rebuild_month;
    analyze case_rollup_day, case_rollup_month, case_rollup_village_month, case_turnaround_month,
        case_turnaround_year, case_turnaround_village_month;
end
$$;

-- The office's service mode over time: each row is a change, in force from effective_from
-- until the next change. Only the head changes it (ServiceModeService), with a reason.
create table service_mode_change (
    id             bigserial primary key,
    mode           text not null check (mode in ('NORMAL', 'LIMITED_HOURS', 'ONLINE_ONLY')),
    effective_from timestamptz not null,
    reason         text not null check (length(btrim(reason)) between 3 and 500),
    changed_by     text not null,
    changed_at     timestamptz not null
);
create index service_mode_change_from_idx on service_mode_change (effective_from desc, id desc);

-- The office's history since online services began. The dates are approximations from press
-- reports on Disdukcapil PPU during the pandemic (counter hours limited to 08:00-13:00 from April
-- 2020, the office closed to visitors for two fortnights while cases rose), not office records.
-- They are the same dates as the demo history (demo.DemoCalendar), so its trend and the shading agree.
insert into service_mode_change (mode, effective_from, reason, changed_by, changed_at) values
  ('NORMAL', timestamptz '2019-01-01 00:00+08', 'Layanan normal; layanan daring (portal, GOPPU, WhatsApp) tersedia sejak 2019', 'system', timestamptz '2019-01-01 00:00+08'),
  ('LIMITED_HOURS', timestamptz '2020-04-01 00:00+08', 'Pandemi COVID-19: loket buka 08.00-13.00, warga diarahkan ke layanan daring', 'system', timestamptz '2020-04-01 00:00+08'),
  ('ONLINE_ONLY', timestamptz '2020-04-13 00:00+08', 'Kasus COVID-19 meningkat: kantor tutup untuk tatap muka, layanan hanya daring', 'system', timestamptz '2020-04-13 00:00+08'),
  ('LIMITED_HOURS', timestamptz '2020-04-27 00:00+08', 'Kantor dibuka kembali dengan jam terbatas (tutup 13.00)', 'system', timestamptz '2020-04-27 00:00+08'),
  ('ONLINE_ONLY', timestamptz '2020-09-21 00:00+08', 'Kasus COVID-19 meningkat lagi: kantor tutup untuk tatap muka, layanan hanya daring', 'system', timestamptz '2020-09-21 00:00+08'),
  ('LIMITED_HOURS', timestamptz '2020-10-05 00:00+08', 'Kantor dibuka kembali dengan jam terbatas (tutup 13.00)', 'system', timestamptz '2020-10-05 00:00+08'),
  ('NORMAL', timestamptz '2021-02-01 00:00+08', 'Jam layanan kantor kembali normal', 'system', timestamptz '2021-02-01 00:00+08');
