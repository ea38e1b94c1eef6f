package app.avenant.change.draft;

import app.avenant.change.ChangeRequestNotFoundException;
import app.avenant.change.domain.Actor;
import app.avenant.change.domain.ChangeRequest;
import app.avenant.change.domain.ChangeRequestRepository;
import app.avenant.contract.ContractNotFoundException;
import app.avenant.contract.ContractRole;
import app.avenant.contract.Contracts;
import app.avenant.contract.persistence.TermsJson;
import app.avenant.contract.terms.Terms;
import app.avenant.identity.CurrentUser;
import app.avenant.identity.Users;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the caller's unsaved edits of a request's proposal in the database (docs/decisions/0030). Every method
 * first checks that the caller is a member of the request's contract (others get
 * {@link ChangeRequestNotFoundException}), and reads or writes only the caller's own draft: nobody else, not
 * even a colleague of the same side, ever sees it.
 */
@Service
@Transactional
public class ProposalDrafts {

    /** Drafts untouched for this long are purged ({@link DraftRetention}). */
    public static final Duration KEPT_FOR = Duration.ofDays(30);

    private static final Logger log = LoggerFactory.getLogger(ProposalDrafts.class);

    private final ProposalDraftRepository drafts;
    private final ChangeRequestRepository requests;
    private final Contracts contracts;
    private final Users users;
    private final Clock clock;

    ProposalDrafts(
            ProposalDraftRepository drafts,
            ChangeRequestRepository requests,
            Contracts contracts,
            Users users,
            Clock clock) {
        this.drafts = drafts;
        this.requests = requests;
        this.contracts = contracts;
        this.users = users;
        this.clock = clock;
    }

    /**
     * The caller's draft of that request, if any, while the request is open and they may still revise it. A draft
     * that cannot be read any more (an older or damaged document) is ignored, never thrown at the person.
     */
    @Transactional(readOnly = true)
    public Optional<StoredDraft> mine(UUID changeRequestId) {
        Caller caller = caller(changeRequestId);
        if (!caller.request().canRevise(caller.actor())) {
            return Optional.empty();
        }
        return drafts.findByUserIdAndChangeRequestId(caller.actor().userId(), changeRequestId)
                .flatMap(ProposalDrafts::read);
    }

    /**
     * Keeps the caller's edits, replacing their previous draft of that request. Nothing is kept for a request the
     * caller may not revise (closed, or not theirs to revise yet).
     *
     * @return when they were kept, or null when nothing was
     */
    public @Nullable Instant keep(
            UUID changeRequestId,
            int revision,
            @Nullable Integer inForceVersion,
            Terms startedFrom,
            Terms terms,
            String note) {
        Caller caller = caller(changeRequestId);
        if (!caller.request().canRevise(caller.actor())) {
            return null;
        }
        UUID me = caller.actor().userId();
        ProposalDraft draft = drafts.findByUserIdAndChangeRequestId(me, changeRequestId)
                .orElseGet(() -> new ProposalDraft(me, changeRequestId));
        Instant now = clock.instant();
        draft.replace(revision, inForceVersion, TermsJson.write(startedFrom), TermsJson.write(terms), note, now);
        drafts.save(draft);
        return now;
    }

    /** Drops the caller's draft of that request ("Abandonner ces modifications"); nothing if there is none. */
    public void discard(UUID changeRequestId) {
        Caller caller = caller(changeRequestId);
        drafts.deleteMine(caller.actor().userId(), changeRequestId);
    }

    /** Purges the drafts untouched for {@link #KEPT_FOR}; how many went. */
    public int purgeExpired() {
        return drafts.deleteOlderThan(clock.instant().minus(KEPT_FOR));
    }

    // --- reacting to the request (called by DraftCleanup in the transaction that saved, or closed, it) ---

    void savedBy(UUID userId, UUID changeRequestId) {
        drafts.deleteMine(userId, changeRequestId);
    }

    void closed(UUID changeRequestId) {
        drafts.deleteOfRequest(changeRequestId);
    }

    private record Caller(ChangeRequest request, Actor actor) {}

    /** The request and the caller on its contract; a non-member learns nothing, not even that it exists. */
    private Caller caller(UUID changeRequestId) {
        ChangeRequest cr = requests.findById(changeRequestId)
                .orElseThrow(() -> new ChangeRequestNotFoundException(changeRequestId));
        ContractRole role;
        try {
            role = contracts.myRole(cr.contractId());
        } catch (ContractNotFoundException e) {
            throw new ChangeRequestNotFoundException(changeRequestId);
        }
        CurrentUser me = users.currentUser();
        return new Caller(cr, new Actor(me.id(), me.displayName(), role));
    }

    private static Optional<StoredDraft> read(ProposalDraft draft) {
        try {
            return Optional.of(new StoredDraft(
                    draft.revision(),
                    draft.inForceVersion(),
                    TermsJson.read(draft.startedFrom()),
                    TermsJson.read(draft.terms()),
                    draft.note(),
                    draft.updatedAt()));
        } catch (RuntimeException e) {
            // an older document or one whose terms break today's rules: the person starts from the proposal
            log.warn(
                    "Unreadable proposal draft {} of request {} ignored: {}",
                    draft.userId(),
                    draft.changeRequestId(),
                    e.toString());
            return Optional.empty();
        }
    }
}
