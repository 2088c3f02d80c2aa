-- The clerks' search at 5,000,000 cases (issue 14; figures in docs/BENCHMARKS.md).

-- Case numbers sort, page (keyset: number then id) and match a typed prefix in byte order
-- (collation "C", whatever the database's collation): one index for all three. It replaces V6's
-- text_pattern_ops index, which served the prefix only, so a registration updates no more indexes.
create index service_case_number_c_idx on service_case (case_number collate "C", id);
drop index service_case_number_prefix_idx;

-- Whether a free-text search walks the newest cases until it has a page (a common name: at once) or
-- collects every match through the trigram index and sorts them (a rare one) depends on PostgreSQL's
-- guess of how many cases match. With the default sample it guesses 500 for anything it does not see
-- in 100 sampled values, so a name on 1 case in 80 ("siti aminah", 62,000 cases at 5,000,000) was
-- collected and sorted: 0.6-1.2 s instead of 10 ms. A sample of 1,000 values sees names down to 1 in
-- 1,000. It costs nothing on insert; ANALYZE of the table takes a few seconds longer.
alter table service_case alter column search_text set statistics 1000;
analyze service_case (search_text);
