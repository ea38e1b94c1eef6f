-- In-app notifications, one row per recipient; only read_at ever changes.
create table notification (
    id                    uuid         not null,
    recipient_id          uuid         not null,
    contract_id           uuid         not null,
    change_request_id     uuid         not null,
    change_request_number int          not null,
    produced_version      int,
    kind                  varchar(30)  not null,
    actor_id              uuid         not null,
    created_at            timestamp(6) not null,
    read_at               timestamp(6),
    version               bigint       not null,
    constraint pk_notification primary key (id)
);

create index ix_notification_recipient on notification (recipient_id, created_at);
