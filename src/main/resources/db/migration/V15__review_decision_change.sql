-- A comité's decision followed up by a draft change request: which review decided it, which change request
-- carries it, who opened it and when. Runs on H2 (MariaDB mode) and MariaDB 10.11.
create table review_decision_change (
    -- one change request follows one decision: its id is the key
    change_request_id     uuid         not null,
    review_id             uuid         not null,
    -- the request's number on its contract (DM n°7), immutable: kept so the review lists it without a lookup
    change_request_number int          not null,
    decision              varchar(200) not null,
    created_by            uuid         not null,
    created_at            timestamp(6) not null,
    version               bigint       not null,
    constraint pk_review_decision_change primary key (change_request_id),
    constraint fk_review_decision_change_review foreign key (review_id) references review (id),
    constraint fk_review_decision_change_request foreign key (change_request_id) references change_request (id)
);

-- a review's followed decisions, oldest first
create index ix_review_decision_change_review on review_decision_change (review_id, created_at);
