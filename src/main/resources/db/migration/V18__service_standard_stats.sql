-- The service-standard figures (analytics.ServiceStandardStats, GET /api/v1/stats/service-standards):
-- completed requests by completion time, with what the figures read, so that a period's counts,
-- within-standard shares and median working days per service, channel or district come from an
-- index-only scan. The overdue backlog uses service_case_running_due_idx of V16.
create index service_case_completed_idx on service_case (completed_at)
    include (service_type, channel, district_code, due_on, working_days_taken)
    where status = 'COMPLETED';
