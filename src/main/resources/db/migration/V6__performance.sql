-- Performance: deliverables, their monthly totals, service-level measurements and monthly statements.
-- Runs on H2 (MariaDB mode) and MariaDB 10.11. contract_id refers to the contract module's table: no foreign
-- key crosses modules.

-- One deliverable. period_month (yyyymm) is the month it counts in: its delivery month, or its due month
-- while pending. on_time is null while pending.
create table deliverable (
    id             uuid          not null,
    contract_id    uuid          not null,
    reference      varchar(80)   not null,
    scope_item_key varchar(100)  not null,
    due_date       date          not null,
    delivered_on   date,
    period_month   int           not null,
    delivered      boolean       not null,
    on_time        boolean,
    units          bigint        not null,
    quality        varchar(20),
    cost           decimal(14, 2),
    source         varchar(10)   not null,
    recorded_by    varchar(200)  not null,
    recorded_at    timestamp(6)  not null,
    version        bigint        not null,
    constraint pk_deliverable primary key (id),
    -- idempotency of the API: one reference per contract
    constraint uk_deliverable_reference unique (contract_id, reference)
);

-- lists by month and state; recomputing a month's totals reads this index only
create index ix_deliverable_period on deliverable (contract_id, delivered, period_month, scope_item_key);
-- due and overdue deliverables
create index ix_deliverable_due on deliverable (contract_id, delivered, due_date);

-- Totals of the deliverables delivered in a month, per scope item, kept in step with deliverable by every
-- write (recomputed for the months a write touches, under the contract's row lock), so indicators over
-- months and years read a few rows instead of millions.
create table deliverable_month_total (
    contract_id    uuid           not null,
    period_month   int            not null,
    scope_item_key varchar(100)   not null,
    delivered      bigint         not null,
    on_time        bigint         not null,
    first_pass     bigint         not null,
    after_rework   bigint         not null,
    rejected       bigint         not null,
    billable_units bigint         not null,
    recorded_cost  decimal(16, 2) not null,
    constraint pk_deliverable_month_total primary key (contract_id, period_month, scope_item_key)
);

-- The measured percentage of one service level for one month (replaced until the month is locked).
create table sla_measurement (
    id                uuid          not null,
    contract_id       uuid          not null,
    period_month      int           not null,
    service_level_key varchar(100)  not null,
    measured_percent  decimal(7, 3) not null,
    recorded_by       varchar(200)  not null,
    recorded_at       timestamp(6)  not null,
    version           bigint        not null,
    constraint pk_sla_measurement primary key (id),
    constraint uk_sla_measurement unique (contract_id, period_month, service_level_key)
);

-- A month's statement revisions: revision 1 is created when someone first validates; each later revision
-- reopens a locked month with a reason. locked is true once both sides validated the revision.
create table monthly_statement (
    id                     uuid           not null,
    contract_id            uuid           not null,
    period_month           int            not null,
    revision               int            not null,
    opened_by              varchar(200),
    opened_at              timestamp(6),
    reason                 varchar(2000),
    client_validated_by    varchar(200),
    client_validated_at    timestamp(6),
    provider_validated_by  varchar(200),
    provider_validated_at  timestamp(6),
    locked                 boolean        not null,
    locked_total_due       decimal(16, 2),
    version                bigint         not null,
    constraint pk_monthly_statement primary key (id),
    constraint uk_monthly_statement unique (contract_id, period_month, revision)
);
