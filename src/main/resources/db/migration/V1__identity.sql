-- Identity: organisations (a PME client or a provider) and their user accounts.
-- Portable between H2 (MariaDB mode) and MariaDB 10.11: both have a native uuid type.

create table organisation (
    id      uuid         not null,
    name    varchar(200) not null,
    kind    varchar(20)  not null,
    version bigint       not null,
    constraint pk_organisation primary key (id),
    constraint uk_organisation_name unique (name)
);

create table user_account (
    id                 uuid         not null,
    username           varchar(50)  not null,
    display_name       varchar(100) not null,
    password_hash      varchar(255) not null,
    organisation_id    uuid         not null,
    organisation_admin boolean      not null,
    locale             varchar(8)   not null,
    enabled            boolean      not null,
    created_at         timestamp(6) not null,
    version            bigint       not null,
    constraint pk_user_account primary key (id),
    constraint uk_user_account_username unique (username),
    constraint fk_user_account_organisation foreign key (organisation_id) references organisation (id)
);

-- "Users of my organisation", sorted by name, paged
create index ix_user_account_organisation on user_account (organisation_id, display_name);
