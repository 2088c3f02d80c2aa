-- One definition of each meaning (issue 10). "An open case" and "an online channel" were written
-- out as status and channel lists in partial indexes and in about ten queries; each is now one SQL
-- function, with analytics_day() of V4 (a timestamp's WITA calendar day) beside them. They are
-- LANGUAGE sql, IMMUTABLE and PARALLEL SAFE, not STRICT: the planner inlines them into the
-- expression they return, so a query that calls a function matches a partial index whose predicate
-- calls the same function, and a parallel plan stays possible. Java keeps the same definitions
-- (CaseStatus.isOpen(), CaseStatus.unifies(), Channel.isOnline(), Wita.ZONE); MeaningFunctionsIT
-- checks that both agree for every status and channel.
--
-- Changing a function's body later means rebuilding the indexes that use it (REINDEX) in the same
-- migration: an index keeps the rows the old definition chose.

-- Open: not yet COMPLETED, REJECTED or MERGED (the backlog, CaseStatus.isOpen()).
create function case_is_open(status text) returns boolean
    language sql immutable parallel safe
    return status not in ('COMPLETED', 'REJECTED', 'MERGED');

-- Unifies: an open case that is not waiting in TRIAGE. A new request of the same NIK and service is
-- merged into it, and a citizen has at most one such case per service (CaseStatus.unifies()).
create function case_unifies(status text) returns boolean
    language sql immutable parallel safe
    return case_is_open(status) and status <> 'TRIAGE';

-- Online: the web portal, the GOPPU app and WhatsApp; OFFICE and OUTREACH are in person (Channel.isOnline()).
create function channel_is_online(channel text) returns boolean
    language sql immutable parallel safe
    return channel in ('WEB', 'APP', 'WHATSAPP');

-- The partial indexes that meant these, rebuilt on the functions under their old names.
drop index case_rollup_day_open_idx;
create index case_rollup_day_open_idx on case_rollup_day (day) where case_is_open(status);

drop index service_case_open_nik_idx;
create index service_case_open_nik_idx on service_case (nik, service_type) where case_is_open(status);

drop index service_case_open_citizen_key;
create unique index service_case_open_citizen_key on service_case (nik, service_type) where case_unifies(status);
