-- Deleting or merging a case checks service_case.merged_into_id; without an index each check scans the table.
create index service_case_merged_into_idx on service_case (merged_into_id) where merged_into_id is not null;
