package app.avenant.identity.domain;

public record AccountWithOrganisation(UserAccount account, Organisation organisation) {}
