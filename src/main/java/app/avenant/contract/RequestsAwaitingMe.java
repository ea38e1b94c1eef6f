package app.avenant.contract;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/**
 * How many change requests await the caller on each contract ("à moi": their approval, a counter-proposal to
 * answer, their side's draft to submit), for the home page. Declared here so that the contract list can show it
 * without this module reading change requests; the change module implements it (docs/decisions/0025).
 */
public interface RequestsAwaitingMe {

    /**
     * @return per contract of {@code contractIds} where the caller is a member and something awaits them, how
     *         many requests; contracts where nothing does, or where the caller is no member, are left out
     */
    Map<UUID, Long> countsFor(Collection<UUID> contractIds);

    /**
     * Of every contract where the caller is a member, how many requests await them; contracts where nothing
     * does are left out. A bounded number of statements (the caller's roles, then one per distinct role), so the
     * contract list can order on it in its own query (docs/decisions/0032).
     */
    Map<UUID, Long> countsForAllMyContracts();
}
