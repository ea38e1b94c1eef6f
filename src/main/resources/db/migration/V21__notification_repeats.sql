-- The bell groups repeated events: one unread line per (recipient, change request, kind) counts its repeats and
-- moves to the top at the last one (docs/decisions/0027). Runs on H2 (MariaDB mode) and MariaDB 10.11.
alter table notification add column repeat_count int not null default 1;
alter table notification add column last_at timestamp(6);
update notification set last_at = created_at;
alter table notification modify column last_at timestamp(6) not null;

-- the bell's two lists read one recipient's newest lines by last event
create index ix_notification_recipient_last on notification (recipient_id, last_at);
