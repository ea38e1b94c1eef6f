-- Unsaved edits of the proposal editor, kept per person and request so that a closed browser, an expired session or
-- a restart of the portal loses nothing (docs/decisions/0030). Only their author ever reads them; they go when the
-- revision is saved or abandoned, when the request closes, and after 30 days. Runs on H2 (MariaDB mode) and MariaDB.
create table proposal_draft (
    id                uuid         not null,
    user_id           uuid         not null,
    change_request_id uuid         not null,
    revision          int          not null,
    in_force_version  int,
    started_from      longtext     not null,
    terms             longtext     not null,
    note              longtext     not null,
    updated_at        timestamp(6) not null,
    constraint pk_proposal_draft primary key (id),
    constraint uq_proposal_draft unique (user_id, change_request_id),
    constraint fk_proposal_draft_request foreign key (change_request_id) references change_request (id)
);

create index ix_proposal_draft_request on proposal_draft (change_request_id);
create index ix_proposal_draft_updated on proposal_draft (updated_at);
