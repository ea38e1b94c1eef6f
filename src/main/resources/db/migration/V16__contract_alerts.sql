-- Notifications that are not about a change request (a new contact person, a notice deadline, the penalty cap
-- reached), and the alerts already sent so that each is sent once. Runs on H2 (MariaDB mode) and MariaDB 10.11.

-- a contract alert has no change request and no actor (the application itself sends it)
alter table notification modify column change_request_id uuid null;
alter table notification modify column change_request_number int null;
alter table notification modify column actor_id uuid null;
-- what the text needs besides the kind: a date (ISO), an amount (plain decimal) or a person's name ...
alter table notification add column detail varchar(200);
-- ... and the contract's reference or the side concerned
alter table notification add column context varchar(100);

-- one row per alert ever sent: the unique key is what makes the daily job and the listeners send it once
create table contract_alert (
    id          uuid         not null,
    contract_id uuid         not null,
    -- NOTICE_90, NOTICE_30, PENALTY_CAP
    kind        varchar(30)  not null,
    -- what the alert is about: the notice deadline (ISO date), the cap amount
    alert_key   varchar(60)  not null,
    sent_at     timestamp(6) not null,
    version     bigint       not null,
    constraint pk_contract_alert primary key (id),
    constraint uk_contract_alert unique (contract_id, kind, alert_key),
    constraint fk_contract_alert_contract foreign key (contract_id) references contract (id)
);
