-- Files attached to a change request (issue 14, point 3): the draft annex, the procedure a request changes. They are
-- contract files with the request they were attached to; the contract's own list keeps those without one.
alter table contract_file add column change_request_id uuid;

create index ix_contract_file_request on contract_file (change_request_id, added_at);
