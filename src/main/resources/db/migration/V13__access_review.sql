-- Access review (issue 5 points 6-7): a provider member's access end date, each member's last
-- re-certification, and the contract's open re-certification round. Runs on H2 (MariaDB mode) and MariaDB 10.11.

-- the day from which a (provider) member no longer has access; null: no end date
alter table contract_membership add column expires_on date;
-- when and by whom the member's access was last confirmed by their side's owner
alter table contract_membership add column certified_at timestamp(6);
alter table contract_membership add column certified_by uuid;

-- the open re-certification round (after a steering review): editors and viewers not certified since
-- recertification_from lose access once recertification_due has passed; null when no round was ever opened
alter table contract add column recertification_from timestamp(6);
alter table contract add column recertification_due date;

-- "last access" per member: the latest CONTRACT_VIEWED of each actor on a contract, read from the index alone
create index ix_audit_entry_last_access on audit_entry (contract_id, action, actor_user_id, occurred_at);
