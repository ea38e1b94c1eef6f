package app.avenant.contract;

import app.avenant.contract.domain.Contract;
import app.avenant.contract.domain.Membership;
import app.avenant.shared.RequestMemo;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A member's role on a contract, remembered for the rest of the request ({@link RequestMemo}): keyed by person,
 * contract and day (an access that ends at midnight ends for the next request), and forgotten as soon as the
 * contract's people change in this request (a member added, revoked, their role or end date changed, a
 * re-certification opened or closed) or a contract or membership row is written ({@link ContractRowsWritten}).
 * The ids of the caller's contracts, a contract's members, a member's access checked for a read and the contract row
 * that check read are remembered and forgotten alike.
 */
@Component
class RoleMemo {

    private static final String SPACE = "contract.role";
    private static final String MY_CONTRACT_IDS = "contract.my-ids";
    private static final String MEMBERS = "contract.members";
    private static final String ACCESS = "contract.access";
    private static final String CONTRACTS = "contract.rows";

    static ContractRole get(String username, UUID contractId, LocalDate today, Supplier<ContractRole> read) {
        return RequestMemo.get(SPACE, List.of(username, contractId, today), read);
    }

    static Set<UUID> myContractIds(UUID userId, int limit, LocalDate today, Supplier<Set<UUID>> read) {
        return RequestMemo.get(MY_CONTRACT_IDS, List.of(userId, limit, today), read);
    }

    /** A contract's memberships that give access on {@code today}. */
    static List<Membership> members(UUID contractId, LocalDate today, Supplier<List<Membership>> read) {
        return RequestMemo.get(MEMBERS, List.of(contractId, today), read);
    }

    /** The contract's active members when this request has already read them (with an access check), else null. */
    static @Nullable List<Membership> knownMembers(UUID contractId, LocalDate today) {
        return RequestMemo.get(MEMBERS, List.of(contractId, today), () -> null);
    }

    /** A member's access to a contract, checked for a read. */
    static ContractGuard.Access access(
            String username, UUID contractId, LocalDate today, Supplier<ContractGuard.Access> read) {
        return RequestMemo.get(ACCESS, List.of(username, contractId, today), read);
    }

    /** The contract row an access check of this request read. */
    static void contractRead(Contract contract) {
        RequestMemo.put(CONTRACTS, contract.id(), contract);
    }

    /** The contract row this request has read with an access check, else null. */
    static @Nullable Contract knownContract(UUID contractId) {
        return RequestMemo.get(CONTRACTS, contractId, () -> null);
    }

    @EventListener
    void on(ContractEvent event) {
        if (!(event instanceof ContractEvent.Viewed) && !(event instanceof ContractEvent.AccessRefused)) {
            forgetAll();
        }
    }

    /** Everything remembered of contracts in this request. */
    static void forgetAll() {
        RequestMemo.forget(SPACE);
        RequestMemo.forget(MY_CONTRACT_IDS);
        RequestMemo.forget(MEMBERS);
        RequestMemo.forget(ACCESS);
        RequestMemo.forget(CONTRACTS);
    }
}
