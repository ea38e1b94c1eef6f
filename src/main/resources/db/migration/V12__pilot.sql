-- Pilot phase (un essai sur un volume limité) and the contract's status history. Runs on H2 (MariaDB mode)
-- and MariaDB 10.11.

-- the pilot's terms, set when the PME owner starts it; null when the contract never had a pilot phase
alter table contract add column pilot_volume_cap bigint;
alter table contract add column pilot_end_date date;
alter table contract add column pilot_started_at timestamp(6);
alter table contract add column pilot_started_by uuid;

-- who moved the contract from which status to which (and why), who named which contact person, and when
create table contract_status_change (
    id              uuid         not null,
    contract_id     uuid         not null,
    -- STATUS, PILOT_STARTED, CONTACT_PERSON
    kind            varchar(20)  not null,
    from_status     varchar(20),
    to_status       varchar(20),
    -- the side whose contact person was named (CONTACT_PERSON only)
    side            varchar(20),
    contact_user_id uuid,
    note            varchar(500),
    -- null when the application itself did it
    changed_by      uuid,
    changed_at      timestamp(6) not null,
    version         bigint       not null,
    constraint pk_contract_status_change primary key (id),
    constraint fk_contract_status_change_contract foreign key (contract_id) references contract (id)
);

create index ix_contract_status_change on contract_status_change (contract_id, changed_at);
