package app.avenant.change.draft;

import app.avenant.contract.ContractNotFoundException;
import app.avenant.contract.ContractRole;
import app.avenant.contract.Contracts;
import app.avenant.contract.terms.ObjectiveKind;
import app.avenant.identity.Users;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps what the caller typed in the "new change request" dialog of a contract until they create the request or
 * cancel (docs/decisions/0030, addendum): a reload, a lost connection or a closed browser loses nothing. Every
 * method first checks that the caller is a member of the contract (others get {@link ContractNotFoundException}),
 * and reads or writes only the caller's own text: nobody else, not even a colleague of the same side, sees it.
 */
@Service
@Transactional
public class NewRequestDrafts {

    private final NewRequestDraftRepository drafts;
    private final Contracts contracts;
    private final Users users;
    private final Clock clock;

    NewRequestDrafts(NewRequestDraftRepository drafts, Contracts contracts, Users users, Clock clock) {
        this.drafts = drafts;
        this.contracts = contracts;
        this.users = users;
        this.clock = clock;
    }

    /** What the caller typed and did not create yet, while they may still propose on that contract. */
    @Transactional(readOnly = true)
    public Optional<KeptNewRequest> mine(UUID contractId) {
        if (!mayPropose(contractId)) {
            return Optional.empty();
        }
        return drafts.findByUserIdAndContractId(me(), contractId)
                .map(d -> new KeptNewRequest(d.title(), d.reason(), d.serves(), d.updatedAt()));
    }

    /**
     * Keeps what the caller typed, replacing what was kept before; nothing typed at all removes it. Nothing is
     * kept for someone who may not propose on that contract.
     *
     * @return when it was kept, or null when nothing was
     */
    public @Nullable Instant keep(UUID contractId, String title, String reason, @Nullable ObjectiveKind serves) {
        if (!mayPropose(contractId)) {
            return null;
        }
        UUID me = me();
        if (title.isBlank() && reason.isBlank() && serves == null) {
            drafts.deleteMine(me, contractId);
            return null;
        }
        NewRequestDraft draft =
                drafts.findByUserIdAndContractId(me, contractId).orElseGet(() -> new NewRequestDraft(me, contractId));
        Instant now = clock.instant();
        draft.replace(title, reason, serves, now);
        drafts.save(draft);
        return now;
    }

    /** Drops what the caller kept for that contract (request created, or cancelled); nothing if there is none. */
    public void discard(UUID contractId) {
        contracts.myRole(contractId);
        drafts.deleteMine(me(), contractId);
    }

    /** Purges the texts untouched for {@link ProposalDrafts#KEPT_FOR}; how many went. */
    public int purgeExpired() {
        return drafts.deleteOlderThan(clock.instant().minus(ProposalDrafts.KEPT_FOR));
    }

    /** Throws for a non-member (who learns nothing); false for a member who may not propose (a viewer). */
    private boolean mayPropose(UUID contractId) {
        ContractRole role = contracts.myRole(contractId);
        return role.canEdit();
    }

    private UUID me() {
        return users.currentUser().id();
    }
}
