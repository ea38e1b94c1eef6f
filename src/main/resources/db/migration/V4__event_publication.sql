-- Spring Modulith's JPA event publication registry (spring-modulith-events-jpa 2.0.3, entity
-- DefaultJpaEventPublication): every event with a transactional module listener is stored here in the
-- publishing transaction and marked completed when the listener succeeds, so a failed listener can be
-- resubmitted. Column names follow Hibernate's default naming of the entity's fields.
create table event_publication (
    id                     uuid          not null,
    listener_id            varchar(512)  not null,
    event_type             varchar(512)  not null,
    serialized_event       varchar(4000) not null,
    publication_date       timestamp(6)  not null,
    completion_date        timestamp(6),
    last_resubmission_date timestamp(6),
    completion_attempts    int           not null,
    status                 varchar(20),
    constraint pk_event_publication primary key (id)
);

-- outstanding publications (completion_date null) are what the registry looks up on restart
create index ix_event_publication_completion on event_publication (completion_date);
