-- Change requests: proposals against a base version, their numbered revisions (whole proposed terms as
-- one JSON document, like contract_version, in a table of their own), approvals of the latest revision and the comment thread.
-- Runs on H2 (MariaDB mode) and MariaDB 10.11. contract_id and user ids refer to other modules' tables:
-- no foreign key crosses modules (each module owns its tables).
create table change_request (
    id               uuid          not null,
    contract_id      uuid          not null,
    number           int           not null,
    title            varchar(200)  not null,
    reason           varchar(2000) not null,
    serves           varchar(20)   not null,
    status           varchar(20)   not null,
    author_user_id   uuid          not null,
    author_side      varchar(10)   not null,
    created_at       timestamp(6)  not null,
    updated_at       timestamp(6)  not null,
    last_revised_by  varchar(100)  not null,
    latest_revision  int           not null,
    base_version     int           not null,
    rejection_reason varchar(2000),
    produced_version int,
    version          bigint        not null,
    constraint pk_change_request primary key (id),
    constraint uk_change_request_number unique (contract_id, number)
);

-- the list per contract, filtered by status, newest first (the unique key serves the unfiltered list)
create index ix_change_request_status on change_request (contract_id, status, number);

-- a revision's proposed terms in a row of their own, read only when needed (the latest one, mostly)
create table change_request_revision_terms (
    id       uuid     not null,
    proposed longtext not null,
    constraint pk_change_request_revision_terms primary key (id)
);

create table change_request_revision (
    id                uuid         not null,
    change_request_id uuid         not null,
    number            int          not null,
    side              varchar(10)  not null,
    author_user_id    uuid         not null,
    created_at        timestamp(6) not null,
    base_version      int          not null,
    note              varchar(500) not null,
    terms_id          uuid         not null,
    constraint pk_change_request_revision primary key (id),
    constraint uk_change_request_revision unique (change_request_id, number),
    -- no foreign key on terms_id: Hibernate may insert the revision before its terms row in the same flush
    constraint uk_change_request_revision_terms unique (terms_id),
    constraint fk_change_request_revision foreign key (change_request_id) references change_request (id)
);

create table change_request_approval (
    id                uuid         not null,
    change_request_id uuid         not null,
    side              varchar(10)  not null,
    user_id           uuid         not null,
    revision          int          not null,
    approved_at       timestamp(6) not null,
    constraint pk_change_request_approval primary key (id),
    constraint uk_change_request_approval unique (change_request_id, revision, side),
    constraint fk_change_request_approval foreign key (change_request_id) references change_request (id)
);

create table change_request_comment (
    id                uuid         not null,
    change_request_id uuid         not null,
    side              varchar(10)  not null,
    user_id           uuid         not null,
    posted_at         timestamp(6) not null,
    text              longtext     not null,
    constraint pk_change_request_comment primary key (id),
    constraint fk_change_request_comment foreign key (change_request_id) references change_request (id)
);

-- the thread of one request in the order it was written
create index ix_change_request_comment_thread on change_request_comment (change_request_id, posted_at);
