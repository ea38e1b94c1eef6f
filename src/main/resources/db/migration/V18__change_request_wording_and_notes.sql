-- The title and reason of a change request can be edited until acceptance (docs/decisions/0023); each edit
-- keeps the wording it replaced, so both sides see what the request said when they read or approved it.
create table change_request_wording_edit (
    id                uuid         not null,
    change_request_id uuid         not null,
    side              varchar(10)  not null,
    user_id           uuid         not null,
    edited_at         timestamp(6) not null,
    title_before      varchar(200) not null,
    reason_before     longtext     not null,
    title_after       varchar(200) not null,
    reason_after      longtext     not null,
    constraint pk_change_request_wording_edit primary key (id),
    constraint fk_change_request_wording_edit foreign key (change_request_id) references change_request (id)
);

create index ix_change_request_wording_edit on change_request_wording_edit (change_request_id, edited_at);

-- Each side's internal notes on a request, never shown to the other side (docs/decisions/0024).
create table change_request_internal_note (
    id                uuid         not null,
    change_request_id uuid         not null,
    side              varchar(10)  not null,
    user_id           uuid         not null,
    posted_at         timestamp(6) not null,
    text              longtext     not null,
    constraint pk_change_request_internal_note primary key (id),
    constraint fk_change_request_internal_note foreign key (change_request_id) references change_request (id)
);

create index ix_change_request_internal_note on change_request_internal_note (change_request_id, side, posted_at);
