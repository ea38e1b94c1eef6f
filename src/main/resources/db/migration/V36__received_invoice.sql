-- Invoices the PME receives from its provider, checked against the month's statement (issue 16, point 3). The file
-- is kept as received (Factur-X PDF, CII or UBL XML) and read again for every check, so an invoice received before
-- the statement was validated is judged once it is; the verdict at receipt is kept for the trail. One number once per
-- contract: a second filing of the same invoice is refused. The file, its row and its check are one transaction. An
-- invoice cancelled by a credit note is kept, marked (cancelled_at, cancelled_by; the reason is its remark), and no
-- longer counts as the month's invoice.
-- Runs on H2 (MariaDB mode) and MariaDB 10.11.
create table received_invoice (
    id               uuid           not null,
    contract_id      uuid           not null,
    invoice_month    date           not null,
    invoice_number   varchar(200)   not null,
    issue_date       date           not null,
    seller_name      varchar(200)   not null,
    syntax           varchar(10)    not null,
    file_name        varchar(255)   not null,
    gross_total      decimal(19, 6) not null,
    verdict          varchar(20)    not null,
    content          longblob       not null,
    received_by      uuid,
    received_through varchar(200),
    received_at      timestamp(6)   not null,
    cancelled_at     timestamp(6),
    cancelled_by     uuid,
    constraint pk_received_invoice primary key (id),
    constraint uk_received_invoice_number unique (contract_id, invoice_number)
);

create index ix_received_invoice_month on received_invoice (contract_id, invoice_month);

create table received_invoice_remark (
    id                  uuid          not null,
    received_invoice_id uuid          not null,
    author_id           uuid          not null,
    client_side         boolean       not null,
    cancellation        boolean       not null,
    body                varchar(2000) not null,
    written_at          timestamp(6)  not null,
    constraint pk_received_invoice_remark primary key (id),
    constraint fk_received_invoice_remark foreign key (received_invoice_id) references received_invoice (id)
);

create index ix_received_invoice_remark on received_invoice_remark (received_invoice_id, written_at);
