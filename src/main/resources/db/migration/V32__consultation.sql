-- Consulting providers before choosing one (issue 15, point 2): the need a PME puts to one to three providers, and
-- each provider's offer. Runs on H2 (MariaDB mode) and MariaDB 10.11.
create table consultation (
    id                     uuid          not null,
    client_organisation_id uuid          not null,
    title                  varchar(200)  not null,
    activity               varchar(30)   not null,
    serves                 varchar(30)   not null,
    need                   longtext      not null,
    questions              varchar(300)  not null,
    answer_by              date          not null,
    status                 varchar(10)   not null,
    created_by             uuid          not null,
    created_at             timestamp(6)  not null,
    decided_by             uuid,
    decided_at             timestamp(6),
    decision_reason        varchar(1000),
    -- the weights the comparison had when the PME chose ("50,30,20": cost, levels, security)
    decision_weights       varchar(20),
    chosen_offer_id        uuid,
    contract_id            uuid,
    change_request_id      uuid,
    constraint pk_consultation primary key (id)
);

create index ix_consultation_client on consultation (client_organisation_id, created_at);

create table consultation_offer (
    id                       uuid          not null,
    consultation_id          uuid          not null,
    provider_organisation_id uuid          not null,
    status                   varchar(12)   not null,
    terms                    longtext,
    answers                  longtext,
    note                     varchar(2000) not null,
    answered_at              timestamp(6),
    answered_by              uuid,
    decline_reason           varchar(1000) not null,
    constraint pk_consultation_offer primary key (id),
    constraint uk_consultation_offer unique (consultation_id, provider_organisation_id),
    constraint fk_consultation_offer foreign key (consultation_id) references consultation (id)
);

create index ix_consultation_offer_provider on consultation_offer (provider_organisation_id, status);
