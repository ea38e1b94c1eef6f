package app.avenant.contract.domain;

import app.avenant.contract.ContractRole;
import app.avenant.contract.ContractRuleException;
import app.avenant.contract.Side;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The rules of who keeps access to one contract, in one place: each side keeps an owner (the PME's owner, the
 * provider's manager) whose access has not ended, and its contact person, who is replaced rather than removed;
 * a member keeps the side of their organisation. The service says who may act; these say what may be done to
 * whom, refusing with {@code access.error.*} keys. The access review's buttons ask the same questions
 * ({@link #mayRevoke}, {@link #mayChangeRole}, {@link #maySetExpiry}), so a button is offered exactly when the
 * action would pass (docs/decisions/0020).
 */
public final class MembershipRules {

    private final Contract contract;
    private final Map<ContractRole, Long> activeOwners;

    /**
     * @param activeOwners how many members hold each owner role today, their access not ended
     *                     ({@link ContractQueries#ownersByRole})
     */
    public MembershipRules(Contract contract, Map<ContractRole, Long> activeOwners) {
        this.contract = contract;
        this.activeOwners = Map.copyOf(activeOwners);
    }

    /** The side's last owner whose access has not ended: never removed, demoted nor given an end date. */
    public boolean isLastOwner(Membership m) {
        return m.role().isOwner() && activeOwners.getOrDefault(m.role(), 0L) <= 1;
    }

    /** Nobody revokes themselves, their side's contact person (name another first) nor the side's last owner. */
    public void checkRevoke(Membership target, UUID by) {
        refuse(revokeRefusal(target, by));
    }

    public boolean mayRevoke(Membership target, UUID by) {
        return revokeRefusal(target, by) == null;
    }

    /**
     * Another role of the member's own side, unless they are its last owner. Giving the role they already have
     * passes: the caller makes it a no-op.
     */
    public void checkRoleChange(Membership target, ContractRole role) {
        if (role.side() != target.role().side()) {
            throw new ContractRuleException("access.error.role.side");
        }
        if (role != target.role() && isLastOwner(target)) {
            throw new ContractRuleException("access.error.role.lastOwner");
        }
    }

    /** Whether some other role may be given to that member (the role picker of the review). */
    public boolean mayChangeRole(Membership target) {
        return !isLastOwner(target);
    }

    /**
     * End dates are for provider members (a mission ends), after today, never for the contact person nor the
     * side's last owner; clearing one (null) is always allowed to a provider member.
     */
    public void checkExpiry(Membership target, @Nullable LocalDate expiresOn, LocalDate today) {
        if (target.role().side() != Side.PROVIDER) {
            throw new ContractRuleException("access.error.expiry.side");
        }
        if (expiresOn == null) {
            return;
        }
        if (!expiresOn.isAfter(today)) {
            throw new ContractRuleException("access.error.expiry.date");
        }
        if (contract.isContactPerson(target.userId())) {
            throw new ContractRuleException("access.error.expiry.contact");
        }
        if (isLastOwner(target)) {
            throw new ContractRuleException("access.error.expiry.lastOwner");
        }
    }

    /** Whether an end date may be set on that member (some date after today). */
    public boolean maySetExpiry(Membership target) {
        return target.role().side() == Side.PROVIDER
                && !contract.isContactPerson(target.userId())
                && !isLastOwner(target);
    }

    /**
     * A side's owner re-certifies their own side: both lists name members of that side only, nobody in both;
     * the owner themselves, any owner and the contact person are never let go.
     *
     * @param ofSide the memberships of the owner's side (any of the other side is ignored)
     */
    public void checkCertification(Side side, Collection<Membership> ofSide, Set<UUID> kept, Set<UUID> letGo, UUID by) {
        Set<UUID> members = new HashSet<>();
        ofSide.stream().filter(m -> m.role().side() == side).forEach(m -> members.add(m.userId()));
        if (!members.containsAll(kept)
                || !members.containsAll(letGo)
                || letGo.stream().anyMatch(kept::contains)) {
            throw new ContractRuleException("access.error.certify.notMember");
        }
        if (ofSide.stream()
                .anyMatch(m -> letGo.contains(m.userId())
                        && (m.userId().equals(by) || m.role().isOwner() || contract.isContactPerson(m.userId())))) {
            throw new ContractRuleException("access.error.certify.stays");
        }
    }

    private @Nullable String revokeRefusal(Membership target, UUID by) {
        if (target.userId().equals(by)) {
            return "access.error.revoke.self";
        }
        if (contract.isContactPerson(target.userId())) {
            return "access.error.revoke.contact";
        }
        if (isLastOwner(target)) {
            return "access.error.revoke.lastOwner";
        }
        return null;
    }

    private static void refuse(@Nullable String messageKey) {
        if (messageKey != null) {
            throw new ContractRuleException(messageKey);
        }
    }
}
