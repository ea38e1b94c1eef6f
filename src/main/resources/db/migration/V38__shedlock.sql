-- Issue 17 (decision 0054): with several nodes, each scheduled job (alerts, digests, mail, retention) runs on one
-- node at a time. ShedLock's table: one row per job, held until lock_until (database time).
create table shedlock (
    name varchar(64) not null,
    lock_until timestamp(3) not null,
    locked_at timestamp(3) not null,
    locked_by varchar(255) not null,
    primary key (name)
);
