package app.avenant.contract.domain;

/** A contract with the version now in force, read together in one query (the notice-deadline watch). */
public record CurrentVersionRow(Contract contract, ContractVersion version) {}
