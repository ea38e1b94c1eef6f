package app.avenant.contract;

import java.time.Instant;

/**
 * One entry of a contract's history.
 *
 * @param number           1, 2, 3… in order of adoption
 * @param adoptedAt        when both sides' approvals made it the current version
 * @param summary          what changed, in the words of who proposed it
 * @param clientApprover   display name of who approved for the PME
 * @param providerApprover display name of who approved for the provider
 */
public record VersionSummary(
        int number, Instant adoptedAt, String summary, String clientApprover, String providerApprover) {}
