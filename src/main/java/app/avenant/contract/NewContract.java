package app.avenant.contract;

import java.util.UUID;

/** What it takes to open a contract between a PME and a provider (status brouillon, no version yet). */
public record NewContract(String reference, String title, UUID clientOrganisationId, UUID providerOrganisationId) {}
