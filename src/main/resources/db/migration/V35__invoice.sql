-- Invoices issued from validated monthly statements (issue 16, point 2). One per contract and month; numbered per
-- provider organisation and year without gaps: the counter row is locked and moved in the transaction that stores
-- the invoice, so a refused or failed issue consumes no number. The Factur-X PDF is kept as issued (it carries its
-- own XML), in the same transaction: an invoice shown as issued is on disk whole. The contract's VAT rate and payment
-- terms for the next invoices are those of its last one. Runs on H2 (MariaDB mode) and MariaDB 10.11.
create table invoice_counter (
    organisation_id uuid   not null,
    invoice_year    int    not null,
    last_number     bigint not null,
    constraint pk_invoice_counter primary key (organisation_id, invoice_year)
);

create table invoice (
    id                       uuid           not null,
    contract_id              uuid           not null,
    invoice_month            date           not null,
    provider_organisation_id uuid           not null,
    invoice_number           varchar(20)    not null,
    issue_date               date           not null,
    due_date                 date           not null,
    payment_terms            varchar(20)    not null,
    vat_rate                 decimal(5, 2)  not null,
    net_total                decimal(15, 2) not null,
    vat_total                decimal(15, 2) not null,
    gross_total              decimal(15, 2) not null,
    statement_revision       int            not null,
    pdf                      longblob       not null,
    issued_by                uuid           not null,
    issued_at                timestamp(6)   not null,
    constraint pk_invoice primary key (id),
    constraint uk_invoice_month unique (contract_id, invoice_month),
    constraint uk_invoice_number unique (provider_organisation_id, invoice_number)
);
