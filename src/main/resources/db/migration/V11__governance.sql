-- Governance: scheduled reviews (comités de pilotage), their attendees, minutes, decisions and action
-- items; each user's secret calendar feed. Runs on H2 (MariaDB mode) and MariaDB 10.11.

-- how often a contract's review comes round (MONTHLY, QUARTERLY, NONE); no row means NONE
create table review_cadence (
    contract_id uuid        not null,
    cadence     varchar(20) not null,
    version     bigint      not null,
    constraint pk_review_cadence primary key (contract_id),
    constraint fk_review_cadence_contract foreign key (contract_id) references contract (id)
);

create table review (
    id               uuid         not null,
    contract_id      uuid         not null,
    -- UTC (hibernate.jdbc.time_zone=UTC)
    starts_at        timestamp(6) not null,
    duration_minutes int          not null,
    agenda           longtext     not null,
    minutes          longtext     not null,
    decisions        longtext     not null,
    -- PLANNED, then HELD (minutes and decisions closed)
    status           varchar(20)  not null,
    created_by       uuid         not null,
    created_at       timestamp(6) not null,
    held_by          uuid,
    held_at          timestamp(6),
    version          bigint       not null,
    constraint pk_review primary key (id),
    constraint fk_review_contract foreign key (contract_id) references contract (id)
);

-- a contract's list (upcoming first, then past) and the calendar feed (every review of some contracts)
create index ix_review_contract on review (contract_id, starts_at);

create table review_attendee (
    review_id uuid not null,
    user_id   uuid not null,
    constraint pk_review_attendee primary key (review_id, user_id),
    constraint fk_review_attendee_review foreign key (review_id) references review (id)
);

create table action_item (
    id          uuid         not null,
    review_id   uuid         not null,
    contract_id uuid         not null,
    description varchar(500) not null,
    owner_id    uuid         not null,
    due_date    date         not null,
    created_by  uuid         not null,
    created_at  timestamp(6) not null,
    done_by     uuid,
    done_at     timestamp(6),
    version     bigint       not null,
    constraint pk_action_item primary key (id),
    constraint fk_action_item_review foreign key (review_id) references review (id),
    constraint fk_action_item_contract foreign key (contract_id) references contract (id)
);

-- a review's items; a contract's open items by due date (overdue on the overview); a user's open items (feed)
create index ix_action_item_review on action_item (review_id, due_date);
create index ix_action_item_contract on action_item (contract_id, done_at, due_date);
create index ix_action_item_owner on action_item (owner_id, done_at);

-- one secret feed per user: only the SHA-256 of the token in the URL is stored; revoking deletes the row
create table calendar_feed (
    user_id    uuid         not null,
    token_hash varchar(64)  not null,
    created_at timestamp(6) not null,
    version    bigint       not null,
    constraint pk_calendar_feed primary key (user_id),
    constraint uk_calendar_feed_hash unique (token_hash),
    constraint fk_calendar_feed_user foreign key (user_id) references user_account (id)
);
