package app.avenant.audit.domain;

import app.avenant.audit.AuditAction;
import app.avenant.identity.UserRef;
import app.avenant.identity.Users;
import app.avenant.shared.AfterCommit;
import java.time.Clock;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

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
        NewAuditEntry entry = entry(action, actorUserId, contractId, details);
        AfterCommit.run(() -> chain.append(entry));
    }

    public void now(AuditAction action, @Nullable UUID actorUserId, @Nullable UUID contractId, String details) {
        chain.append(entry(action, actorUserId, contractId, details));
    }

    /** An entry whose actor is no user: a failed sign-in, or a program with an API token. */
    public void now(NewAuditEntry entry) {
        chain.append(entry);
    }

    public void afterCommit(NewAuditEntry entry) {
        AfterCommit.run(() -> chain.append(entry));
    }

    public NewAuditEntry entry(
            AuditAction action, @Nullable UUID actorUserId, @Nullable UUID contractId, String details) {
        @Nullable
        UserRef actor = actorUserId == null
                ? null
                : users.usersByIds(Set.of(actorUserId)).get(actorUserId);
        return new NewAuditEntry(
                clock.instant(),
                actorUserId,
                actorName(actor, actorUserId),
                actor == null ? null : actor.organisationId(),
                contractId,
                action,
                details);
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
