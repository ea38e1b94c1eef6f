-- Contracts, their members and their immutable versions. Runs on H2 (MariaDB mode) and MariaDB 10.11.
-- Organisation and user ids refer to the identity module's tables; no foreign key crosses modules so
-- that each module owns its tables.
create table contract (
    id                       uuid         not null,
    reference                varchar(40)  not null,
    title                    varchar(200) not null,
    client_organisation_id   uuid         not null,
    provider_organisation_id uuid         not null,
    status                   varchar(20)  not null,
    current_version          int          not null,
    client_contact_user_id   uuid,
    provider_contact_user_id uuid,
    created_at               timestamp(6) not null,
    last_changed_at          timestamp(6) not null,
    version                  bigint       not null,
    constraint pk_contract primary key (id),
    constraint uk_contract_reference unique (reference)
);

create index ix_contract_last_changed on contract (last_changed_at);

create table contract_version (
    id                   uuid         not null,
    contract_id          uuid         not null,
    number               int          not null,
    terms                longtext     not null,
    summary              varchar(500) not null,
    client_approver_id   uuid         not null,
    client_approved_at   timestamp(6) not null,
    provider_approver_id uuid         not null,
    provider_approved_at timestamp(6) not null,
    adopted_at           timestamp(6) not null,
    constraint pk_contract_version primary key (id),
    constraint uk_contract_version_number unique (contract_id, number),
    constraint fk_contract_version_contract foreign key (contract_id) references contract (id)
);

create table contract_membership (
    id          uuid         not null,
    contract_id uuid         not null,
    user_id     uuid         not null,
    role        varchar(30)  not null,
    since       timestamp(6) not null,
    granted_by  uuid,
    version     bigint       not null,
    constraint pk_contract_membership primary key (id),
    constraint uk_contract_membership unique (contract_id, user_id),
    constraint fk_contract_membership_contract foreign key (contract_id) references contract (id)
);

create index ix_contract_membership_user on contract_membership (user_id);
