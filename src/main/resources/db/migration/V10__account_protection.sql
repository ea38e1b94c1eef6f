-- Account protection: an organisation admin may suspend (enabled = false) or remove an account. A removed
-- account is disabled and keeps its row (contracts, changes and the audit trail name it); removed_at says
-- when, and that the removal is final.
alter table user_account add column removed_at timestamp(6);
