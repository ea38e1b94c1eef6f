-- Access register and RGPD article 28 checklist of a contract, both reviewed at each comité de pilotage.
-- Runs on H2 (MariaDB mode) and MariaDB 10.11.

-- a system or data set of the PME the provider touches, from when access was granted until it is revoked
create table register_entry (
    id              uuid         not null,
    contract_id     uuid         not null,
    system_name     varchar(120) not null,
    data_categories varchar(300) not null,
    personal_data   boolean      not null,
    granted_on      date         not null,
    -- null while the access is open; a date at or after granted_on once revoked (or planned to be)
    revoked_on      date,
    note            varchar(500) not null,
    created_by      uuid         not null,
    created_at      timestamp(6) not null,
    updated_by      uuid         not null,
    updated_at      timestamp(6) not null,
    version         bigint       not null,
    constraint pk_register_entry primary key (id),
    constraint fk_register_entry_contract foreign key (contract_id) references contract (id)
);

-- a contract's list (active first, then revoked) and its counts
create index ix_register_entry_contract on register_entry (contract_id, revoked_on);

-- one row per article 28(3) item once someone set it; an item without a row is still "à vérifier"
create table art28_check (
    id          uuid         not null,
    contract_id uuid         not null,
    -- INSTRUCTIONS, CONFIDENTIALITY, SECURITY, SUB_PROCESSORS, DATA_SUBJECT_RIGHTS, ASSISTANCE, END_OF_CONTRACT, AUDITS
    item        varchar(30)  not null,
    -- CONFORME, NON_CONFORME, A_VERIFIER
    status      varchar(20)  not null,
    comment     varchar(500) not null,
    changed_by  uuid         not null,
    changed_at  timestamp(6) not null,
    version     bigint       not null,
    constraint pk_art28_check primary key (id),
    constraint uk_art28_check_item unique (contract_id, item),
    constraint fk_art28_check_contract foreign key (contract_id) references contract (id)
);

-- the last time the register and checklist were gone through at a comité (and at which one, if said)
create table register_review (
    contract_id uuid         not null,
    reviewed_at timestamp(6) not null,
    reviewed_by uuid         not null,
    review_id   uuid,
    version     bigint       not null,
    constraint pk_register_review primary key (contract_id),
    constraint fk_register_review_contract foreign key (contract_id) references contract (id),
    constraint fk_register_review_review foreign key (review_id) references review (id)
);
