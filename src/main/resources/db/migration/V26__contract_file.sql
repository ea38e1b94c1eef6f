-- Files kept with a contract (issue 14, point 3): the signed contract, annexes, procedures. The bytes are stored
-- content-addressed (by their SHA-256) outside the database, behind document.attachment.FileStore; a row says
-- which contract holds which content under which name, who added it, and whether it was removed since.
create table contract_file (
    id           uuid          not null,
    contract_id  uuid          not null,
    file_name    varchar(200)  not null,
    media_type   varchar(120)  not null,
    size_bytes   bigint        not null,
    sha256       varchar(64)   not null,
    added_by     uuid          not null,
    added_side   varchar(10)   not null,
    added_at     timestamp(6)  not null,
    removed_by   uuid,
    removed_at   timestamp(6),
    version      bigint        not null,
    constraint pk_contract_file primary key (id),
    constraint fk_contract_file_contract foreign key (contract_id) references contract (id)
);

create index ix_contract_file_contract on contract_file (contract_id, added_at);
