package app.avenant.contract;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * What a PME's organisation admin gives to create a contract with a provider (see
 * {@link ContractLifecycle#createContract}). The caller's organisation is the client.
 *
 * @param reference              the contract's unique reference, 3 to 40 letters, digits or hyphens
 * @param title                  what the contract is about, 1 to 200 characters
 * @param providerOrganisationId an existing provider organisation
 */
public record NewContractRequest(String reference, String title, UUID providerOrganisationId) {

    public static final Pattern REFERENCE_PATTERN = Pattern.compile("[A-Za-z0-9-]{3,40}");
    public static final int REFERENCE_MAX = 40;
    public static final int TITLE_MAX = 200;
}
