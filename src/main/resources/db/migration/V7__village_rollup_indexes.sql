-- A district's village list reads the village-month rollups village by village (the planner joins
-- the district's villages to the rollup rows). Their primary keys start with the month, so each
-- village scanned the whole month range of every village: 150 ms for all years of one district at
-- 5,000,000 cases (docs/BENCHMARKS.md). Indexes led by the village make each lookup read only that
-- village's rows.
create index case_rollup_village_month_village_idx on case_rollup_village_month (village_code, month);
create index case_turnaround_village_month_village_idx on case_turnaround_village_month (village_code, month);
