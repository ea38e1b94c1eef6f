-- E-mail (issue 14, point 2; docs/decisions/0045).
-- The Modulith event publication registry never had a listener to serve: the mail outbox below is the one place
-- where messages wait, are retried and can be listed, so the registry and its table go.
drop table if exists event_publication;

-- where a person's e-mail goes; an invitation's address is the new account's first one
alter table user_account add column email varchar(254);
alter table invitation add column email varchar(254);

-- a person's choice per topic; no row means the default (immediately for what awaits them, daily for the rest)
create table mail_preference (
    user_id    uuid         not null,
    topic      varchar(30)  not null,
    delivery   varchar(12)  not null,
    changed_at timestamp(6) not null,
    constraint pk_mail_preference primary key (user_id, topic),
    constraint fk_mail_preference_user foreign key (user_id) references user_account (id)
);

-- the outbox: written in the transaction of what it tells, sent afterwards and retried until the server takes it.
-- A notification's and a summary's message are worded when they leave (subject and bodies null until then), so
-- that what leaves is checked against the contract's members at that moment; an invitation's is worded when queued.
-- Only the hash of a message's unsubscribe token is kept.
create table mail_message (
    id               uuid          not null,
    purpose          varchar(12)   not null,
    topic            varchar(30),
    recipient_id     uuid,
    organisation_id  uuid          not null,
    contract_id      uuid,
    notification_id  uuid,
    to_address       varchar(254),
    subject          varchar(400),
    text_body        longtext,
    html_body        longtext,
    unsubscribe_hash varchar(64),
    status           varchar(12)   not null,
    attempts         int           not null,
    next_attempt_at  timestamp(6)  not null,
    created_at       timestamp(6)  not null,
    sent_at          timestamp(6),
    last_error       varchar(500),
    stored_as        varchar(300),
    version          bigint        not null,
    constraint pk_mail_message primary key (id)
);

-- the sender's query: what is due now, oldest first
create index ix_mail_message_due on mail_message (status, next_attempt_at);
-- the organisation admin's list, newest first
create index ix_mail_message_organisation on mail_message (organisation_id, created_at);
-- an unsent message for a notification counted again is not queued twice
create index ix_mail_message_notification on mail_message (notification_id, status);
create unique index uk_mail_message_unsubscribe on mail_message (unsubscribe_hash);

-- what waits for a person's daily summary; gathered into that morning's message (message_id), worded when it
-- leaves and deleted once sent
create table mail_digest_item (
    user_id         uuid         not null,
    notification_id uuid         not null,
    added_at        timestamp(6) not null,
    message_id      uuid,
    constraint pk_mail_digest_item primary key (user_id, notification_id)
);

create index ix_mail_digest_item_message on mail_digest_item (message_id);
