package app.avenant.contract;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Where a contract stands on its way to "actif": its pilot's terms and the checklist of what should be true
 * before the PME owner decides to move it to active. The volume used so far lives in the performance module
 * (its overview shows it); {@link PilotCheck.Item#PILOT_OVER} here only knows the end date.
 *
 * @param pilot              the pilot's terms, or null when the contract never had a pilot phase
 * @param daysLeft           days until the pilot's end date (0 once reached), or null without a pilot
 * @param activationBlockedKey why "Passer en actif" is refused now (a message key), or null when allowed
 * @param activation         the latest move to ACTIVE, or null
 */
public record PilotProgress(
        ContractStatus status,
        @Nullable PilotTerms pilot,
        @Nullable Long daysLeft,
        List<PilotCheck> checklist,
        @Nullable String activationBlockedKey,
        @Nullable StatusChange activation) {

    public boolean canActivate() {
        return activationBlockedKey == null;
    }
}
