-- Audit trail: append-only, each entry chained to the previous one by a SHA-256 (see AuditChain).
-- The application only ever inserts into audit_entry; on MariaDB its database user has no UPDATE or
-- DELETE right on it (config/mariadb-app-user.sql). Runs on H2 (MariaDB mode) and MariaDB 10.11.

create table audit_entry (
    -- assigned by the application from audit_head, strictly increasing without gaps
    seq             bigint        not null,
    occurred_at     timestamp(6)  not null,
    -- null when nobody is known (a failed login names only the username attempted, in details)
    actor_user_id   uuid,
    actor_name      varchar(200)  not null,
    organisation_id uuid,
    contract_id     uuid,
    action          varchar(40)   not null,
    details         varchar(2000) not null,
    -- hash of the previous entry (64 zeros for the first one), and this entry's own hash
    previous_hash   varchar(64)   not null,
    hash            varchar(64)   not null,
    constraint pk_audit_entry primary key (seq)
);

-- a contract's trail, in order
create index ix_audit_entry_contract on audit_entry (contract_id, seq);

-- The end of the chain: one row, locked for update by every append so appends are serialised. It is the
-- only row the application updates (never deletes); it also lets verification notice a truncated tail.
create table audit_head (
    id        int          not null,
    last_seq  bigint       not null,
    last_hash varchar(64)  not null,
    constraint pk_audit_head primary key (id)
);

insert into audit_head (id, last_seq, last_hash)
values (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
