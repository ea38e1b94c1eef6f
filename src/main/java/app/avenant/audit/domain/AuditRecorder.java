package app.avenant.audit.domain;

import app.avenant.audit.AuditAction;
import app.avenant.identity.UserRef;
import app.avenant.identity.Users;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Turns "this user did that on this contract" into an entry: names the actor and their organisation while
 * the action's transaction is still open, then appends either once it has committed ({@link #afterCommit}:
 * an action rolled back leaves no entry) or at once ({@link #now}: sign-ins, refusals, reads of the trail).
 */
@Component
public class AuditRecorder {

    private final AuditChain chain;
    private final Users users;
    private final Clock clock;

    AuditRecorder(AuditChain chain, Users users, Clock clock) {
        this.chain = chain;
        this.users = users;
        this.clock = clock;
    }

    public void afterCommit(AuditAction action, @Nullable UUID actorUserId, @Nullable UUID contractId, String details) {
        afterCommit(entry(action, actorUserId, contractId, details));
    }

    public void now(AuditAction action, @Nullable UUID actorUserId, @Nullable UUID contractId, String details) {
        chain.append(entry(action, actorUserId, contractId, details));
    }

    /** An entry whose actor is no user: a failed sign-in, or a program with an API token. */
    public void now(NewAuditEntry entry) {
        chain.append(entry);
    }

    /**
     * Appended once the current transaction has committed, together with the other entries of that transaction
     * (an acceptance records the approval and the new version: one append, not two), or at once outside one.
     */
    public void afterCommit(NewAuditEntry entry) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            chain.append(entry);
            return;
        }
        // this transaction's own list: looked up among its synchronizations, which a nested REQUIRES_NEW
        // transaction does not share (a resource bound by key would be)
        for (TransactionSynchronization registered : TransactionSynchronizationManager.getSynchronizations()) {
            if (registered instanceof EntriesOfTransaction entries) {
                entries.add(entry);
                return;
            }
        }
        EntriesOfTransaction entries = new EntriesOfTransaction(chain);
        entries.add(entry);
        TransactionSynchronizationManager.registerSynchronization(entries);
    }

    /** The entries a transaction recorded, appended in one go after it committed; dropped if it rolled back. */
    private static final class EntriesOfTransaction implements TransactionSynchronization {
        private final AuditChain chain;
        private final List<NewAuditEntry> entries = new ArrayList<>();

        EntriesOfTransaction(AuditChain chain) {
            this.chain = chain;
        }

        void add(NewAuditEntry entry) {
            entries.add(entry);
        }

        @Override
        public void afterCommit() {
            chain.appendAll(entries);
        }
    }

    public NewAuditEntry entry(
            AuditAction action, @Nullable UUID actorUserId, @Nullable UUID contractId, String details) {
        @Nullable UserRef actor = actorUserId == null ? null : named(actorUserId);
        return new NewAuditEntry(
                clock.instant(),
                actorUserId,
                actorName(actor, actorUserId),
                actor == null ? null : actor.organisationId(),
                contractId,
                action,
                details);
    }

    /** Nearly always the caller, whom this request has already read ({@code Users.currentUser}): no query. */
    private @Nullable UserRef named(UUID actorUserId) {
        return users.findCurrentUser()
                .filter(me -> me.id().equals(actorUserId))
                .map(me -> new UserRef(
                        me.id(),
                        me.username(),
                        me.displayName(),
                        me.organisation().id()))
                .orElseGet(() -> users.usersByIds(Set.of(actorUserId)).get(actorUserId));
    }

    /** An entry for an actor already known (no query). */
    public NewAuditEntry entry(AuditAction action, UserRef actor, @Nullable UUID contractId, String details) {
        return new NewAuditEntry(
                clock.instant(),
                actor.id(),
                actorName(actor, actor.id()),
                actor.organisationId(),
                contractId,
                action,
                details);
    }

    /** "Display name (username)": the name readers know, the login nobody else shares. */
    public static String actorName(@Nullable UserRef actor, @Nullable UUID actorUserId) {
        if (actor != null) {
            return actor.displayName() + " (" + actor.username() + ")";
        }
        return actorUserId == null ? "" : actorUserId.toString();
    }
}
