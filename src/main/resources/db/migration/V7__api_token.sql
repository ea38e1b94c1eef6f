-- Identity: API tokens an organisation admin creates for the provider's (or the PME's) own tools.
-- Only the SHA-256 of a token is stored (see ApiTokens); the plaintext is shown once, at creation.
-- Runs on H2 (MariaDB mode) and MariaDB 10.11.

create table api_token (
    id              uuid         not null,
    organisation_id uuid         not null,
    name            varchar(100) not null,
    -- SHA-256 of the whole token, lower-case hex: what a call's Bearer token is looked up by
    token_hash      varchar(64)  not null,
    -- the first characters of the token ("avt_" and a few more), so an admin can tell tokens apart
    display_prefix  varchar(16)  not null,
    created_by      uuid         not null,
    created_at      timestamp(6) not null,
    revoked_at      timestamp(6),
    revoked_by      uuid,
    last_used_at    timestamp(6),
    version         bigint       not null,
    constraint pk_api_token primary key (id),
    constraint uk_api_token_hash unique (token_hash),
    constraint fk_api_token_organisation foreign key (organisation_id) references organisation (id),
    constraint fk_api_token_created_by foreign key (created_by) references user_account (id),
    constraint fk_api_token_revoked_by foreign key (revoked_by) references user_account (id)
);

-- the admin's list: one organisation's tokens, newest first
create index ix_api_token_organisation on api_token (organisation_id, created_at);
