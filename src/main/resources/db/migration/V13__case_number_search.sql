-- Roles that may not see personal data search by case number only (never NIK or name: a match on a
-- hidden field would reveal it digit by digit). A part of a number ("0001234") matches through this
-- index instead of scanning the table.
create index service_case_number_trgm_idx on service_case using gin (case_number gin_trgm_ops);
