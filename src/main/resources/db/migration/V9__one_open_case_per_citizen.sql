-- One open case per citizen and service, guaranteed by the database. "Open" is what intake's
-- unification means by it (CaseStatus.unifies(): every status but TRIAGE, COMPLETED, REJECTED and
-- MERGED; a test keeps the index predicate and the Java definition equal).
--
-- A database made by an older version may already hold such duplicates: a clerk could change a
-- case's NIK or service to those of another open case, and the demo data could leave a second
-- request of the same citizen open. They are folded first, the way intake folds a new request:
-- every later duplicate becomes MERGED into the oldest (by submission, then id), with a MERGED
-- event on the duplicate and a CHANNEL_TOUCHED event on the survivor by actor 'system', and the
-- survivor records the duplicate's channel. The analytics triggers stop counting the duplicates.
with ranked as (
    select id, status, first_value(id) over w as survivor_id, row_number() over w as n
    from service_case
    where status not in ('TRIAGE', 'COMPLETED', 'REJECTED', 'MERGED')
    window w as (partition by nik, service_type order by submitted_at, id)
),
folded as (
    update service_case c
    set status = 'MERGED', merged_into_id = r.survivor_id, updated_at = greatest(c.updated_at, now()),
        version = c.version + 1
    from ranked r
    where r.id = c.id and r.n > 1
    returning c.id, c.case_number, c.channel, r.status as from_status, r.survivor_id
),
pairs as (
    select f.*, s.case_number as survivor_number, s.channel as survivor_channel
    from folded f join service_case s on s.id = f.survivor_id
),
touched as (
    update service_case c set updated_at = greatest(c.updated_at, now())
    where c.id in (select survivor_id from folded)
),
merged_events as (
    insert into case_event (case_id, occurred_at, actor, type, from_status, to_status, detail)
    select id, now(), 'system', 'MERGED', from_status, 'MERGED', '→ ' || survivor_number from pairs
),
touch_events as (
    insert into case_event (case_id, occurred_at, actor, type, from_status, to_status, detail)
    select survivor_id, now(), 'system', 'CHANNEL_TOUCHED', null, null, channel || ' ' || case_number from pairs
)
insert into case_channel (case_id, channel, first_touched_at)
select distinct survivor_id, channel, now() from pairs where channel <> survivor_channel
on conflict do nothing;

-- Intake (CaseRegistry) and the clerks' edits (CaseService) check for the open case under intake's
-- advisory lock and report it by number; this index is the last line of defence.
create unique index service_case_open_citizen_key on service_case (nik, service_type)
    where status not in ('TRIAGE', 'COMPLETED', 'REJECTED', 'MERGED');
