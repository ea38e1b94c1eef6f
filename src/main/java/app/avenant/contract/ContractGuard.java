package app.avenant.contract;

import app.avenant.contract.domain.Contract;
import app.avenant.contract.domain.ContractQueries;
import app.avenant.contract.domain.ContractRepository;
import app.avenant.contract.domain.MemberAccess;
import app.avenant.contract.domain.Membership;
import app.avenant.identity.CurrentUser;
import app.avenant.identity.Users;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The caller's right on one contract, for the three user-facing services ({@link ContractService},
 * {@link ContractLifecycleService}, {@link ContractAccessService}): each public method starts with one of these,
 * so none can forget to. Someone who is not a member (nor, where it applies, an organisation admin of a party)
 * learns nothing: {@link ContractNotFoundException}, exactly as for a contract that does not exist, and the
 * refusal is published for the audit trail. A member without the right is denied.
 */
@Component
class ContractGuard {

    private final ContractRepository contracts;
    private final ContractQueries queries;
    private final Users users;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    ContractGuard(
            ContractRepository contracts,
            ContractQueries queries,
            Users users,
            Clock clock,
            ApplicationEventPublisher events) {
        this.contracts = contracts;
        this.queries = queries;
        this.users = users;
        this.clock = clock;
        this.events = events;
    }

    /**
     * {@link #requireMembership} for a read: checked once per request and remembered for the rest of it (a screen
     * asks its role, then its summary, then its members), forgotten as soon as the contract's people change
     * (decision 0035). Never for a write: the contract it holds is the one read first, not locked.
     */
    Access requireMembershipToRead(UUID contractId) {
        return RoleMemo.access(
                users.currentUsername().orElse(""), contractId, today(), () -> requireMembership(contractId));
    }

    /** Any member whose access has not ended. */
    Access requireMembership(UUID contractId) {
        CurrentUser me = users.currentUser();
        LocalDate today = today();
        List<MemberAccess> members = queries.activeAccesses(contractId, today);
        // who else is a member is read by the same statement: the page's next question (approvers, names)
        RoleMemo.members(
                contractId,
                today,
                () -> members.stream().map(MemberAccess::membership).toList());
        MemberAccess access = members.stream()
                .filter(m -> m.membership().userId().equals(me.id()))
                .findFirst()
                .orElseThrow(() -> notFound(contractId, me));
        boolean adminOfParty = me.organisationAdmin()
                && isParty(access.contract(), me.organisation().id());
        RoleMemo.contractRead(access.contract());
        return new Access(access.contract(), access.membership(), adminOfParty, me);
    }

    /** The PME's owner takes the decisions on the contract's life-cycle; other members are denied. */
    Access requireOwner(UUID contractId) {
        Access access = requireMembership(contractId);
        if (access.membership().role() != ContractRole.CLIENT_OWNER) {
            throw new AccessDeniedException("Only the PME's owner of the contract decides its status");
        }
        return access;
    }

    /** The owners of both sides (PME owner, provider manager) review access; other members are denied. */
    Access requireSideOwner(UUID contractId) {
        return sideOwner(requireMembership(contractId));
    }

    /** {@link #requireSideOwner} for a read: the access checked once per request ({@link #requireMembershipToRead}). */
    Access requireSideOwnerToRead(UUID contractId) {
        return sideOwner(requireMembershipToRead(contractId));
    }

    private static Access sideOwner(Access access) {
        if (!access.membership().role().isOwner()) {
            throw new AccessDeniedException("Only the owners of both sides review access");
        }
        return access;
    }

    /**
     * Who may manage access: a member (their role says which side they own) or an organisation admin of a
     * party (their own organisation's people), member or not. Anyone else learns nothing: not found.
     */
    Manager requireManager(UUID contractId) {
        CurrentUser me = users.currentUser();
        Optional<MemberAccess> access = queries.access(contractId, me.id(), today());
        if (access.isPresent()) {
            Contract c = access.get().contract();
            return new Manager(
                    c,
                    access.get().membership().role(),
                    me.organisationAdmin() && isParty(c, me.organisation().id()),
                    me);
        }
        Contract c = contracts
                .findById(contractId)
                .filter(x ->
                        me.organisationAdmin() && isParty(x, me.organisation().id()))
                .orElseThrow(() -> notFound(contractId, me));
        return new Manager(c, null, true, me);
    }

    /**
     * An organisation admin manages the access of their own organisation's people to the contracts their
     * organisation is party to. Anyone else learns nothing: not found for outsiders, denied for insiders.
     */
    Contract requirePartyAdmin(UUID contractId) {
        CurrentUser me = users.currentUser();
        Contract contract = contracts
                .findById(contractId)
                .filter(c -> isParty(c, me.organisation().id()))
                .orElseThrow(() -> notFound(contractId, me));
        if (!me.organisationAdmin()) {
            throw new AccessDeniedException("Only an organisation admin manages members");
        }
        return contract;
    }

    private ContractNotFoundException notFound(UUID contractId, CurrentUser me) {
        events.publishEvent(new ContractEvent.AccessRefused(contractId, me.id()));
        return new ContractNotFoundException(contractId);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private static boolean isParty(Contract c, UUID organisationId) {
        return organisationId.equals(c.clientOrganisationId()) || organisationId.equals(c.providerOrganisationId());
    }

    /** A member's way in: the contract, their membership, whether they also administer a party organisation. */
    record Access(Contract contract, Membership membership, boolean isAdminOfParty, CurrentUser me) {}

    /** The caller as someone who may manage access: their role on the contract (if a member) and admin rights. */
    record Manager(Contract contract, @Nullable ContractRole role, boolean adminOfParty, CurrentUser me) {

        /** The owner of that side, or an organisation admin of that side's organisation. */
        boolean managesSide(Side side) {
            return (role != null && role == ContractRole.ownerOf(side))
                    || (adminOfParty
                            && contract.organisationOf(side)
                                    .equals(me.organisation().id()));
        }

        /** Whether they manage anyone's access at all (otherwise they learn nothing of who is a member). */
        boolean managesSomeSide() {
            return managesSide(Side.CLIENT) || managesSide(Side.PROVIDER);
        }

        /** Provider members' end dates: the PME's owner too (it pays for the mission), besides the provider's. */
        boolean setsProviderExpiry() {
            return role == ContractRole.CLIENT_OWNER || managesSide(Side.PROVIDER);
        }
    }
}
