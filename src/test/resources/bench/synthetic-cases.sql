-- Synthetic cases for the dashboard benchmark (and for looking at the dashboard without the demo
-- generator): bench_generate_cases(first, last, today) inserts cases first..last, spread from
-- 2019-01-01 to the day before today with volume growing over time, online share rising from
-- about 15% to about 67% (higher while the office had limited hours in 2020, ~95% in its two closed fortnights),
-- lower in hard-to-reach villages, districts weighted by population, lognormal turnaround around
-- two days, and recent cases still open. Deterministic for a given seed (setseed).
create or replace function bench_generate_cases(first_g bigint, last_g bigint, today date) returns bigint
    language plpgsql as
$$
declare
    span double precision := extract(epoch from (today::timestamp - timestamp '2019-01-01'));
    inserted bigint;
begin
    create temporary table if not exists bench_village as
        select row_number() over (order by code) - 1 as i, code, district_code, hard_to_reach,
               sum(population) over (order by code) :: double precision / sum(population) over () as cum
        from village;
    insert into service_case (case_number, channel, service_type, status, nik, applicant_name, village_code,
                              district_code, submitted_at, updated_at, completed_at)
    select 'SYN-' || lpad(g::text, 9, '0'), channel, service, status,
           '6409' || right(district, 2) || lpad(((g * 7919) % 9999999999)::text, 10, '0'),
           (array['Ahmad', 'Siti', 'Muhammad', 'Nur', 'Dewi', 'Budi', 'Rahmawati', 'Agus', 'Sri', 'Hendra'])[1 + g % 10]
               || ' ' || (array['Saputra', 'Aminah', 'Hidayat', 'Lestari', 'Wijaya', 'Fauzi', 'Pratama', 'Yusuf'])[1 + (g / 10) % 8],
           village, district, submitted, coalesce(completed, submitted), completed
    from (
        select g, village, district, submitted, channel, service,
               case when status_roll >= 0.985 and (age_days < 90 or status_roll >= 0.998)
                    then (array['SUBMITTED', 'VERIFIED', 'NEEDS_CORRECTION', 'WAITING_IN_PERSON', 'IN_PROCESS', 'READY'])[1 + (g % 6)]
                    when status_roll < 0.95 then 'COMPLETED'
                    else 'REJECTED'
               end as status_pick,
               case when submitted + turnaround < today::timestamptz then submitted + turnaround end as completed_pick,
               status_roll
        from (
            select g, v.code as village, v.district_code as district, s.submitted, s.age_days, s.frac,
                   case when online_roll < online_p
                        then (array['WEB', 'WEB', 'APP', 'APP', 'WHATSAPP'])[1 + (g % 5)]
                        else (array['OFFICE', 'OFFICE', 'OFFICE', 'OFFICE', 'OFFICE', 'OFFICE', 'OUTREACH'])[1 + (g % 7)] end as channel,
                   (array['KTP', 'KTP', 'KTP', 'KK', 'KK', 'KK', 'KIA', 'KIA', 'BIRTH_CERT', 'BIRTH_CERT', 'MARRIAGE_CERT', 'DIVORCE_CERT', 'DEATH_CERT'])
                       [1 + (g * 31 % 13)] as service,
                   make_interval(secs => 3600 * exp(ln(40) + 0.9 * sqrt(-2 * ln(1 - r3)) * cos(2 * pi() * r4))) as turnaround,
                   r5 as status_roll
            from (
                select g, random() as r1, random() as r2, random() as r3, random() as r4, random() as r5, random() as r6,
                       random() as online_roll
                from generate_series(first_g, last_g) g
            ) r
            cross join lateral (
                select timestamptz '2019-01-01 08:00+08' + make_interval(secs => span * power(r1, 0.75))
                           + make_interval(secs => 28800 * r2) - make_interval(secs => 28800 * 0.5) as submitted,
                       power(r1, 0.75) as frac,
                       today - (timestamptz '2019-01-01 08:00+08' + make_interval(secs => span * power(r1, 0.75)))::date as age_days
            ) s
            cross join lateral (select * from bench_village bv where bv.cum >= r6 order by bv.cum limit 1) v
            cross join lateral (
                select least(0.97, greatest(0.03,
                    0.15 + 0.52 * s.frac
                    + case when s.submitted >= timestamptz '2020-04-13 00:00+08' and s.submitted < timestamptz '2020-04-27 00:00+08' then 0.6
                           when s.submitted >= timestamptz '2020-09-21 00:00+08' and s.submitted < timestamptz '2020-10-05 00:00+08' then 0.6
                           when s.submitted >= timestamptz '2020-04-01 00:00+08' and s.submitted < timestamptz '2021-02-01 00:00+08' then 0.1
                           else 0 end
                    - case when v.hard_to_reach then 0.15 else 0 end
                    - case v.district_code when '64.09.04' then 0.08 when '64.09.03' then 0.04 else 0 end)) as online_p
            ) o
        ) x
    ) y
    cross join lateral (
        select case when completed_pick is null and status_pick in ('COMPLETED', 'REJECTED')
                    then (array['SUBMITTED', 'VERIFIED', 'WAITING_IN_PERSON', 'IN_PROCESS', 'READY'])[1 + (g % 5)]
                    else status_pick end as status,
               case when status_pick in ('COMPLETED', 'REJECTED') then completed_pick end as completed
    ) z;
    get diagnostics inserted = row_count;
    return inserted;
end
$$;

-- Folds about 1.5% of the cases into the case before them as duplicates (status MERGED).
create or replace function bench_merge_duplicates(first_g bigint, last_g bigint) returns bigint
    language plpgsql as
$$
declare
    merged bigint;
begin
    update service_case c set status = 'MERGED', merged_into_id = p.id, completed_at = null
    from service_case p
    where c.case_number between 'SYN-' || lpad(first_g::text, 9, '0') and 'SYN-' || lpad(last_g::text, 9, '0')
      and (substr(c.case_number, 5)::bigint * 2654435761) % 1000 < 15
      and p.case_number = 'SYN-' || lpad((substr(c.case_number, 5)::bigint - 1)::text, 9, '0')
      and p.status <> 'MERGED';
    get diagnostics merged = row_count;
    return merged;
end
$$;
