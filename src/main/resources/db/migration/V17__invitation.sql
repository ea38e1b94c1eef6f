-- Identity: an organisation admin invites a colleague instead of typing their password. The invitee
-- receives (from the admin, by any channel: Avenant sends no e-mail) a one-time link valid 7 days and
-- chooses their own password. Only the SHA-256 of the link's token is stored (see Invitations).
-- Runs on H2 (MariaDB mode) and MariaDB 10.11.

create table invitation (
    id                 uuid         not null,
    organisation_id    uuid         not null,
    -- the account to create: its username (lower-case), name shown and admin flag
    username           varchar(50)  not null,
    display_name       varchar(100) not null,
    organisation_admin boolean      not null,
    -- SHA-256 of the link's token, lower-case hex: what the link is looked up by
    token_hash         varchar(64)  not null,
    invited_by         uuid         not null,
    created_at         timestamp(6) not null,
    expires_at         timestamp(6) not null,
    -- set once: when the invitee chose a password (and which account it made), or when an admin revoked it
    accepted_at        timestamp(6),
    accepted_user_id   uuid,
    revoked_at         timestamp(6),
    revoked_by         uuid,
    version            bigint       not null,
    constraint pk_invitation primary key (id),
    constraint uk_invitation_token_hash unique (token_hash),
    constraint fk_invitation_organisation foreign key (organisation_id) references organisation (id),
    constraint fk_invitation_invited_by foreign key (invited_by) references user_account (id),
    constraint fk_invitation_accepted_user foreign key (accepted_user_id) references user_account (id),
    constraint fk_invitation_revoked_by foreign key (revoked_by) references user_account (id)
);

-- the admin's list of pending invitations, newest first
create index ix_invitation_organisation on invitation (organisation_id, created_at);
-- "is this username already promised to someone?" when inviting
create index ix_invitation_username on invitation (username);
