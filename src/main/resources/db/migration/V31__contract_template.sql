-- An organisation's own contract templates, saved from one of its contracts (issue 15, point 1). The portal's own
-- templates are in the code (BuiltInTemplates). Runs on H2 (MariaDB mode) and MariaDB 10.11.
create table contract_template (
    id              uuid         not null,
    organisation_id uuid         not null,
    activity        varchar(30)  not null,
    name            varchar(200) not null,
    terms           longtext     not null,
    created_by      uuid         not null,
    created_at      timestamp(6) not null,
    constraint pk_contract_template primary key (id)
);

create index ix_contract_template_org on contract_template (organisation_id, activity);
