package app.avenant.change;

import app.avenant.contract.terms.Terms;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The change module's application service. Every method first checks the caller's membership of the
 * contract of the change request (non-members get {@link ChangeRequestNotFoundException}) and then the
 * rule of the action ({@link ChangeRuleException}).
 */
public interface ChangeRequests {

    /** A contract's change requests: those awaiting the caller's approval first, then newest first. */
    List<ChangeRequestSummary> list(UUID contractId, @Nullable ChangeRequestStatus status, int offset, int limit);

    long count(UUID contractId, @Nullable ChangeRequestStatus status);

    /** A contract's requests still open (drafts and submitted ones), in one statement. */
    long countOpen(UUID contractId);

    /** An editor or owner of either side opens a draft whose first revision copies the current terms. */
    UUID propose(UUID contractId, NewChangeRequest request);

    ChangeRequestDetail detail(UUID changeRequestId);

    /** The detail and its latest comparison, in one read (the history is read when the person opens it). */
    RequestPage page(UUID changeRequestId);

    /**
     * A new revision with the given proposed terms (the proposer while drafting, either side once
     * submitted: a counter-proposal). Withdraws every approval of earlier revisions.
     *
     * @param expectedVersion the {@link ChangeRequestDetail#version()} the caller edited
     * @throws StaleChangeRequestException when someone revised it meanwhile
     */
    void revise(UUID changeRequestId, long expectedVersion, Terms proposed, String note);

    /**
     * A new revision built on the version in force: the proposal editor lays an outdated request onto the terms
     * in force and the person settles each conflict there, so one revision clears them all
     * (docs/decisions/0028). Otherwise as {@link #revise}.
     *
     * @param inForceVersion the version whose terms the caller edited ({@code Contracts.currentTerms})
     * @throws ChangeRuleException {@code change.error.inForceMoved} when another request was accepted since
     */
    void reviseOnTermsInForce(
            UUID changeRequestId, long expectedVersion, int inForceVersion, Terms proposed, String note);

    void submit(UUID changeRequestId, long expectedVersion);

    /** Approves the given (latest) revision for the caller's side; the second side's approval accepts it. */
    void approve(UUID changeRequestId, int revision);

    void reject(UUID changeRequestId, String reason);

    void withdraw(UUID changeRequestId);

    void comment(UUID changeRequestId, String text);

    /**
     * The discussion read from its end, as a thread is shown: the {@code limit} comments before the newest
     * {@code skip}, oldest first (a page asks one more than it shows to know whether earlier ones exist).
     */
    List<CommentView> comments(UUID changeRequestId, int skip, int limit);

    /**
     * Edits the title and reason until acceptance, for those who may revise the request; approvals stay
     * (the terms do not change). Nothing is stored when the wording is the same.
     *
     * @throws ChangeRuleException {@code change.error.title.required}, {@code .title.tooLong},
     *         {@code .reason.required}, {@code .reason.tooLong}, {@code .reword.role}, {@code .reword.side},
     *         {@code .closed}
     * @throws StaleChangeRequestException when the request changed since {@code expectedVersion}
     */
    void reword(UUID changeRequestId, long expectedVersion, String title, String reason);

    /** The edits of the title and reason, oldest first, one page. */
    List<WordingEditView> wordingEdits(UUID changeRequestId, int offset, int limit);

    long countWordingEdits(UUID changeRequestId);

    /**
     * A note for the caller's own side only (editors and owners write, every member of that side reads); the
     * other side never sees it, nor learns it exists.
     *
     * @throws ChangeRuleException {@code change.error.internalNote.role}, {@code .internalNote.required},
     *         {@code .internalNote.tooLong}
     */
    void addInternalNote(UUID changeRequestId, String text);

    /** The caller's side's internal notes read from their end, as {@link #comments}: one page, oldest first. */
    List<CommentView> internalNotes(UUID changeRequestId, int skip, int limit);

    /**
     * The request's one timeline, oldest first, its {@code limit} latest steps: creation, revisions (proposal,
     * counter-proposals), submission, approvals, approvals a revision withdrew, comments, wording edits, and how
     * it closed. Read in a bounded number of statements, whatever the request's length.
     */
    List<TimelineEntry> timeline(UUID changeRequestId, int limit);

    Terms revisionTerms(UUID changeRequestId, int revision);

    RevisionComparison compareRevisions(UUID changeRequestId, int from, int to);
}
