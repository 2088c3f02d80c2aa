-- Synthetic cases for the dashboard benchmark: bench_generate_cases(first, last, today) inserts
-- cases first..last in one statement, spread from 2019-01-01 to the day before today with volume
-- growing over time, online share rising from about 15% to about 67% (higher while the office had
-- limited hours in 2020, ~95% in its two closed fortnights), lower in hard-to-reach villages and
-- in Sepaku and Babulu, villages weighted by population, lognormal turnaround around 40 hours,
-- and recent cases still open. Repeatable: each call seeds the generator from first.
create or replace function bench_generate_cases(first_g bigint, last_g bigint, today date) returns bigint
    language plpgsql as
$$
declare
    span double precision := extract(epoch from ((today - 1)::timestamp - timestamp '2019-01-01'));
    inserted bigint;
begin
    perform setseed((first_g % 99991) / 99991.0);
    -- 1,000 slots shared out among the villages by population: a uniform slot picks a resident's village.
    create temporary table if not exists bench_slot as
        select s.slot, v.code, v.district_code, v.hard_to_reach
        from generate_series(0, 999) s(slot)
        join (select code, district_code, hard_to_reach,
                     coalesce(sum(population) over w - population, 0)::double precision / sum(population) over () as lo,
                     sum(population) over w::double precision / sum(population) over () as hi
              from village window w as (order by code rows between unbounded preceding and current row)) v
          on s.slot / 1000.0 >= v.lo and s.slot / 1000.0 < v.hi;
    insert into service_case (case_number, channel, service_type, status, nik, applicant_name, village_code,
                              district_code, submitted_at, updated_at, completed_at)
    select 'SYN-' || lpad(g::text, 9, '0'), channel, service, status,
           '6409' || right(district, 2) || lpad(((g * 7919) % 9999999999)::text, 10, '0'),
           (array['Ahmad', 'Siti', 'Muhammad', 'Nur', 'Dewi', 'Budi', 'Rahmawati', 'Agus', 'Sri', 'Hendra'])[1 + g % 10]
               || ' ' || (array['Saputra', 'Aminah', 'Hidayat', 'Lestari', 'Wijaya', 'Fauzi', 'Pratama', 'Yusuf'])[1 + (g / 10) % 8],
           village, district, submitted, coalesce(completed, submitted), completed
    from (
        select g, village, district, submitted, service,
               case when online_roll < online_p
                    then (array['WEB', 'WEB', 'APP', 'APP', 'WHATSAPP'])[1 + (g % 5)]
                    else (array['OFFICE', 'OFFICE', 'OFFICE', 'OFFICE', 'OFFICE', 'OFFICE', 'OUTREACH'])[1 + (g % 7)] end as channel,
               case when open_case then (array['SUBMITTED', 'VERIFIED', 'NEEDS_CORRECTION', 'WAITING_IN_PERSON', 'IN_PROCESS', 'READY'])[1 + (g % 6)]
                    when status_roll < 0.95 then 'COMPLETED'
                    else 'REJECTED' end as status,
               case when not open_case then submitted + turnaround end as completed
        from (
            select g, s.code as village, s.district_code as district, submitted, turnaround, status_roll, online_roll,
                   (array['KTP', 'KTP', 'KTP', 'KK', 'KK', 'KK', 'KIA', 'KIA', 'BIRTH_CERT', 'BIRTH_CERT', 'MARRIAGE_CERT',
                          'DIVORCE_CERT', 'DEATH_CERT'])[1 + (g * 31 % 13)] as service,
                   -- Open: not finished by today, or one of the few requests that got stuck.
                   submitted + turnaround >= today::timestamptz or (status_roll >= 0.985 and (today - submitted::date < 90 or status_roll >= 0.998))
                       as open_case,
                   least(0.97, greatest(0.03, 0.15 + 0.52 * frac
                       + case when submitted >= timestamptz '2020-04-13 00:00+08' and submitted < timestamptz '2020-04-27 00:00+08' then 0.6
                              when submitted >= timestamptz '2020-09-21 00:00+08' and submitted < timestamptz '2020-10-05 00:00+08' then 0.6
                              when submitted >= timestamptz '2020-04-01 00:00+08' and submitted < timestamptz '2021-02-01 00:00+08' then 0.1
                              else 0 end
                       - case when s.hard_to_reach then 0.15 else 0 end
                       - case s.district_code when '64.09.04' then 0.08 when '64.09.03' then 0.04 else 0 end)) as online_p
            from (
                select g, power(r1, 0.75) as frac,
                       timestamptz '2019-01-01 04:00+08' + make_interval(secs => span * power(r1, 0.75) + 28800 * r2) as submitted,
                       make_interval(secs => 3600 * exp(ln(40) + 0.9 * sqrt(-2 * ln(1 - r3)) * cos(2 * pi() * r4))) as turnaround,
                       r5 as status_roll, r7 as online_roll, floor(r6 * 1000)::int as slot
                from (select g, random() as r1, random() as r2, random() as r3, random() as r4, random() as r5, random() as r6,
                             random() as r7
                      from generate_series(first_g, last_g) g) r
            ) x
            join bench_slot s on s.slot = x.slot
        ) y
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
