-- What a printed version (its PDF) is recognised by: SHA-256 of the version's stored terms with the contract and
-- version it belongs to (docs/decisions/0043). Filled at adoption; the versions adopted before are fingerprinted
-- by the Java migration 25 (db.migration.V25__Fingerprint_versions_adopted_before), which reads their terms as stored.
alter table contract_version add column terms_fingerprint varchar(64);

create index ix_contract_version_fingerprint on contract_version (terms_fingerprint);
