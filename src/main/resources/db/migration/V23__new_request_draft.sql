-- What a person typed in the "new change request" dialog (title, reason, objective) before creating it, kept per
-- person and contract so that a reload, a lost connection or a closed browser loses nothing (docs/decisions/0030,
-- addendum). Only its author ever reads it; it goes when the request is created or the person cancels, and after
-- 30 days. No foreign key to contract: no foreign key crosses modules. Runs on H2 (MariaDB mode) and MariaDB.
create table new_request_draft (
    id          uuid         not null,
    user_id     uuid         not null,
    contract_id uuid         not null,
    title       longtext     not null,
    reason      longtext     not null,
    serves      varchar(20),
    updated_at  timestamp(6) not null,
    constraint pk_new_request_draft primary key (id),
    constraint uq_new_request_draft unique (user_id, contract_id)
);

create index ix_new_request_draft_updated on new_request_draft (updated_at);
