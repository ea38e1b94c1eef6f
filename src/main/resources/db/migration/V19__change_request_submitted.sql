-- When and by whom a change request was submitted: a step of the request's timeline (docs/decisions/0025).
-- Null for drafts, and for requests submitted before this column existed (the timeline then omits the step).
alter table change_request add column submitted_at timestamp(6) null;
alter table change_request add column submitted_by uuid null;
