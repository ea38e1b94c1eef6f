-- What the activity cost the PME in-house before it was outsourced (issue 15, point 3): the PME's own figures, never
-- shown to the provider. One row per contract. Runs on H2 (MariaDB mode) and MariaDB 10.11.
create table inhouse_cost (
    contract_id     uuid          not null,
    -- the scope item whose cost per deliverable it is compared with (its unit), or null for the contract as a whole
    scope_item_key  varchar(64),
    people          decimal(6,2)  not null,
    staff_monthly   decimal(12,2) not null,
    tools_monthly   decimal(12,2) not null,
    hours_monthly   int           not null,
    units_monthly   bigint        not null,
    note            varchar(500)  not null,
    updated_by      uuid          not null,
    updated_at      timestamp(6)  not null,
    constraint pk_inhouse_cost primary key (contract_id),
    constraint fk_inhouse_cost_contract foreign key (contract_id) references contract (id)
);
