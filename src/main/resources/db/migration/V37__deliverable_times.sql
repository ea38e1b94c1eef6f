-- Issue 16, point 4 (decision 0053): a deliverable may carry the moment it was requested and delivered, and the
-- moment a service level's deadline makes it due. Local times of the contract (France), so datetime, never
-- converted through a session's time zone; null for deliverables known by their days only, as before.
alter table deliverable add column requested_at datetime(6);
alter table deliverable add column due_at datetime(6);
alter table deliverable add column delivered_at datetime(6);
