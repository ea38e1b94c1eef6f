-- An organisation's legal identity, what its invoices and contracts must name (issue 16, point 1): SIREN and SIRET,
-- intra-EU VAT number, legal form, share capital, registry city, address, VAT regime. Organisations created before
-- have none until an admin gives it (null columns); the regime defaults to VAT on receipts, the rule for services.
-- Who last changed it and when are kept beside it. Runs on H2 (MariaDB mode) and MariaDB 10.11.
alter table organisation add column siren varchar(9);
alter table organisation add column siret varchar(14);
alter table organisation add column vat_number varchar(16);
alter table organisation add column legal_form varchar(60);
alter table organisation add column share_capital decimal(15, 2);
alter table organisation add column rcs_city varchar(80);
alter table organisation add column address_line1 varchar(200);
alter table organisation add column address_line2 varchar(200);
alter table organisation add column postcode varchar(16);
alter table organisation add column city varchar(100);
alter table organisation add column country_code varchar(2) default 'FR' not null;
alter table organisation add column vat_regime varchar(20) default 'RECEIPTS' not null;
alter table organisation add column legal_identity_changed_at timestamp(6);
alter table organisation add column legal_identity_changed_by uuid;
