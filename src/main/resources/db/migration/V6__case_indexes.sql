-- Deleting or merging a case checks service_case.merged_into_id; without an index each check scans the table.
create index service_case_merged_into_idx on service_case (merged_into_id) where merged_into_id is not null;

-- The case list sorts by name with the id as tie-breaker; at 1,000,000 cases a sort without this index takes ~1 s.
create index service_case_name_sort_idx on service_case (applicant_name, id);
-- A typed case-number prefix ("PPU-2024-05") matches thousands of rows through the trigram index (0.6 s at
-- 1,000,000 cases) but walks this btree in order.
create index service_case_number_prefix_idx on service_case (case_number text_pattern_ops);
