-- The deliverables list without a month filter is ordered by due date, newest first: an index on exactly
-- that order lets a page of a contract with a million deliverables be read without sorting them all.
create index ix_deliverable_list on deliverable (contract_id, due_date, reference);
