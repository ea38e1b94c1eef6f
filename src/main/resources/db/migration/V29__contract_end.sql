-- The end of a contract (issue 15, point 4): when both sides finished the exit checklist, and who ticked each
-- of its items for each side. Runs on H2 (MariaDB mode) and MariaDB 10.11.

-- set once both sides ticked every item of the exit checklist: the provider's accesses ended then
alter table contract add column exit_completed_at timestamp(6);

create table contract_exit_check (
    contract_id uuid        not null,
    -- DATA_RETURNED, ACCESSES_REVOKED, DOCUMENTS_HANDED_OVER
    item        varchar(30) not null,
    -- CLIENT or PROVIDER: each side ticks its own
    side        varchar(20) not null,
    ticked_by   uuid        not null,
    ticked_at   timestamp(6) not null,
    constraint pk_contract_exit_check primary key (contract_id, item, side),
    constraint fk_contract_exit_check_contract foreign key (contract_id) references contract (id)
);
