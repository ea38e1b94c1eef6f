package app.avenant.change.domain;

import app.avenant.change.ChangeRequestStatus;
import app.avenant.change.ChangeRuleException;
import app.avenant.change.StaleChangeRequestException;
import app.avenant.contract.Side;
import app.avenant.contract.terms.ObjectiveKind;
import app.avenant.contract.terms.Terms;
import app.avenant.contract.terms.TermsDiff;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.hibernate.annotations.Formula;
import org.jspecify.annotations.Nullable;

/**
 * A proposed change to a contract's terms, negotiated by both sides: numbered revisions (the proposal,
 * then counter-proposals), approvals of the latest revision by each side, then acceptance into the
 * contract's next version. Every state change goes through a method here that enforces the negotiation
 * rules and raises {@link ChangeRuleException} ({@code change.error.<rule>}) when they refuse it.
 * <p>
 * Rule choices: rejecting belongs to an approver of the side that did not author the request (the
 * author's side withdraws instead); withdrawing belongs to the author or an approver of the author's
 * side; commenting and revising to members who may edit (editors, owners, managers), viewers only read.
 */
@Entity
@Table(name = "change_request")
public class ChangeRequest {

    public static final int TITLE_MAX = 200;
    public static final int REASON_MAX = 2000;
    public static final int NOTE_MAX = 500;

    @Id
    private UUID id;

    @Column(name = "contract_id")
    private UUID contractId;

    private int number;

    private String title;

    private String reason;

    @Enumerated(EnumType.STRING)
    private ObjectiveKind serves;

    @Enumerated(EnumType.STRING)
    private ChangeRequestStatus status;

    @Column(name = "author_user_id")
    private UUID authorUserId;

    @Enumerated(EnumType.STRING)
    @Column(name = "author_side")
    private Side authorSide;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    /** Who changed the request last: named in the "modified meanwhile" message. */
    @Column(name = "last_revised_by")
    private String lastRevisedBy;

    /** Denormalised from the latest revision so lists never load revisions (and their terms). */
    @Column(name = "latest_revision")
    private int latestRevision;

    @Column(name = "base_version")
    private int baseVersion;

    @Column(name = "submitted_at")
    private @Nullable Instant submittedAt;

    @Column(name = "submitted_by")
    private @Nullable UUID submittedBy;

    @Column(name = "rejection_reason")
    private @Nullable String rejectionReason;

    @Column(name = "produced_version")
    private @Nullable Integer producedVersion;

    @Version
    private long version;

    /**
     * How many times the title or reason was edited, read with the row (a subquery, not a statement of its own):
     * a page says so. Not updated by an edit in the same transaction; a page reads it afresh.
     */
    @Formula("(select count(*) from change_request_wording_edit we where we.change_request_id = id)")
    private long wordingEditCount;

    // Sets rather than lists: a request's page reads both with the request in one statement (issue 13, point 4),
    // which Hibernate allows for sets only (two lists fetched together would repeat each other's rows)
    @OneToMany(mappedBy = "changeRequest", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("number")
    private Set<Revision> revisions = new LinkedHashSet<>();

    @OneToMany(mappedBy = "changeRequest", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("revision, at")
    private Set<Approval> approvals = new LinkedHashSet<>();

    protected ChangeRequest() {
        // for JPA
    }

    private ChangeRequest(
            UUID contractId, int number, String title, String reason, ObjectiveKind serves, Actor author, Instant now) {
        this.id = UUID.randomUUID();
        this.contractId = contractId;
        this.number = number;
        this.title = title;
        this.reason = reason;
        this.serves = serves;
        this.status = ChangeRequestStatus.DRAFT;
        this.authorUserId = author.userId();
        this.authorSide = author.side();
        this.createdAt = now;
        this.updatedAt = now;
        this.lastRevisedBy = author.name();
    }

    /**
     * An editor or owner of either side opens a draft whose first revision is a copy of the current terms.
     *
     * @param number       the next number among the contract's change requests (1, 2, …)
     * @param baseVersion  the contract's current version number
     * @param currentTerms its terms: the starting point of the proposal
     */
    public static ChangeRequest propose(
            UUID contractId,
            int number,
            String title,
            String reason,
            ObjectiveKind serves,
            Actor author,
            int baseVersion,
            Terms currentTerms,
            Instant now) {
        if (!author.role().canEdit()) {
            throw new ChangeRuleException("change.error.propose.role");
        }
        ChangeRequest request = new ChangeRequest(
                contractId,
                number,
                required(title, TITLE_MAX, "title"),
                required(reason, REASON_MAX, "reason"),
                serves,
                author,
                now);
        request.addRevision(author, currentTerms, baseVersion, "", now);
        return request;
    }

    /**
     * A new revision: the author's side while drafting, either side's editors once submitted (a
     * counter-proposal). Approvals were given to other terms, so they are all withdrawn: they stay stored as
     * approvals of an earlier revision, the trace the request's timeline shows (docs/decisions/0025).
     */
    public Revision revise(Actor actor, Terms proposed, int baseVersion, String note, Instant now) {
        requireOpen();
        if (!actor.role().canEdit()) {
            throw new ChangeRuleException("change.error.revise.role");
        }
        if (status == ChangeRequestStatus.DRAFT && actor.side() != authorSide) {
            throw new ChangeRuleException("change.error.revise.draft");
        }
        String cleanNote = note.strip();
        if (cleanNote.length() > NOTE_MAX) {
            throw new ChangeRuleException("change.error.note.tooLong", NOTE_MAX);
        }
        Revision revision = addRevision(actor, proposed, baseVersion, cleanNote, now);
        if (status == ChangeRequestStatus.SUBMITTED) {
            approveOwnProposal(actor, now);
        }
        touch(actor, now);
        return revision;
    }

    /**
     * Proposing is approving: an approver who sends a proposal (submission) or a counter-proposal approves that
     * revision for their side, so the other side alone has to act next: approve it (which accepts it) or answer
     * it. An editor who cannot approve leaves their side's approval to its approvers (docs/decisions/0033).
     */
    private void approveOwnProposal(Actor actor, Instant now) {
        if (actor.role().canApprove() && approvalOf(actor.side()).isEmpty()) {
            approvals.add(new Approval(this, actor.side(), actor.userId(), latestRevision, now));
        }
    }

    /**
     * A request must change something in the terms in force to be submitted, approved or accepted: an
     * amendment that changes nothing would only add a version identical to the one before it
     * (docs/decisions/0023).
     *
     * @param effect what acceptance would change in the terms in force, or null when that cannot be known
     *               because the request conflicts with them (conflicting fields differ by definition)
     */
    private static void requireAnEffect(@Nullable TermsDiff effect) {
        if (effect != null && effect.changes().isEmpty()) {
            throw new ChangeRuleException("change.error.empty");
        }
    }

    /**
     * The author's side sends its draft to the other side; an approver who sends it approves it for their side.
     *
     * @param effect what acceptance would change in the terms in force (null when it conflicts with them)
     */
    public void submit(Actor actor, @Nullable TermsDiff effect, Instant now) {
        requireOpen();
        if (status != ChangeRequestStatus.DRAFT) {
            throw new ChangeRuleException("change.error.submit.status");
        }
        if (actor.side() != authorSide || !actor.role().canEdit()) {
            throw new ChangeRuleException("change.error.submit.side");
        }
        requireAnEffect(effect);
        status = ChangeRequestStatus.SUBMITTED;
        submittedAt = now;
        submittedBy = actor.userId();
        approveOwnProposal(actor, now);
        touch(actor, now);
    }

    /**
     * An approver approves the latest revision for their own side (never for the other one: the side comes
     * from their role).
     *
     * @param effect what acceptance would change in the terms in force (null when it conflicts with them)
     * @return true when both sides have now approved the latest revision: the request is ready to accept
     */
    public boolean approve(Actor actor, int revision, @Nullable TermsDiff effect, Instant now) {
        requireOpen();
        if (status != ChangeRequestStatus.SUBMITTED) {
            throw new ChangeRuleException("change.error.approve.status");
        }
        if (!actor.role().canApprove()) {
            throw new ChangeRuleException("change.error.approve.role");
        }
        if (revision != latestRevision) {
            throw new ChangeRuleException("change.error.approve.revision", latestRevision);
        }
        if (approvalOf(actor.side()).isPresent()) {
            throw new ChangeRuleException("change.error.approve.twice");
        }
        requireAnEffect(effect);
        approvals.add(new Approval(this, actor.side(), actor.userId(), latestRevision, now));
        touch(actor, now);
        return isApprovedByBothSides();
    }

    /** Records the version the approved terms became. */
    public void accept(int producedVersion, Instant now) {
        requireOpen();
        if (status != ChangeRequestStatus.SUBMITTED || !isApprovedByBothSides()) {
            throw new ChangeRuleException("change.error.accept.notApproved");
        }
        this.status = ChangeRequestStatus.ACCEPTED;
        this.producedVersion = producedVersion;
        this.updatedAt = now;
    }

    /** An approver of the other side refuses the request, saying why. */
    public void reject(Actor actor, String reason, Instant now) {
        requireOpen();
        String why = reason.strip();
        if (why.isEmpty()) {
            throw new ChangeRuleException("change.error.reject.reason");
        }
        if (why.length() > REASON_MAX) {
            throw new ChangeRuleException("change.error.reject.reason.tooLong", REASON_MAX);
        }
        if (status != ChangeRequestStatus.SUBMITTED) {
            throw new ChangeRuleException("change.error.reject.status");
        }
        if (!actor.role().canApprove() || actor.side() == authorSide) {
            throw new ChangeRuleException("change.error.reject.role");
        }
        status = ChangeRequestStatus.REJECTED;
        rejectionReason = why;
        touch(actor, now);
    }

    /** The author, or an approver of the author's side, takes the request back. */
    public void withdraw(Actor actor, Instant now) {
        requireOpen();
        boolean author = actor.userId().equals(authorUserId);
        boolean approverOfAuthorsSide = actor.role().canApprove() && actor.side() == authorSide;
        if (!author && !approverOfAuthorsSide) {
            throw new ChangeRuleException("change.error.withdraw.role");
        }
        status = ChangeRequestStatus.WITHDRAWN;
        touch(actor, now);
    }

    /**
     * Edits the title and reason until acceptance, with the right to revise (the author's side while
     * drafting, either side's editors once submitted). Approvals stay: they were given to the terms, which
     * do not change; the edit, with the wording it replaces, is the request's history of what it said.
     *
     * @return the edit to store; empty when the wording is the same as before
     */
    public Optional<WordingEdit> reword(Actor actor, String newTitle, String newReason, Instant now) {
        requireOpen();
        if (!actor.role().canEdit()) {
            throw new ChangeRuleException("change.error.reword.role");
        }
        if (actor.side() != authorSide) {
            // the reason is the author side's: the other side answers it, it does not rewrite it
            throw new ChangeRuleException("change.error.reword.side");
        }
        String cleanTitle = required(newTitle, TITLE_MAX, "title");
        String cleanReason = required(newReason, REASON_MAX, "reason");
        if (cleanTitle.equals(title) && cleanReason.equals(reason)) {
            return Optional.empty();
        }
        WordingEdit edit = new WordingEdit(id, actor, now, title, reason, cleanTitle, cleanReason);
        title = cleanTitle;
        reason = cleanReason;
        touch(actor, now);
        return Optional.of(edit);
    }

    /** A member who may edit adds to the thread while the request is open. */
    public Comment comment(Actor actor, String text, Instant now) {
        requireOpen();
        if (!actor.role().canEdit()) {
            throw new ChangeRuleException("change.error.comment.role");
        }
        String clean = text.strip();
        if (clean.isEmpty()) {
            throw new ChangeRuleException("change.error.comment.required");
        }
        if (clean.length() > Comment.MAX_LENGTH) {
            throw new ChangeRuleException("change.error.comment.tooLong", Comment.MAX_LENGTH);
        }
        return new Comment(id, actor.side(), actor.userId(), now, clean);
    }

    /**
     * A member who may edit writes a note for their own side only, at any stage (a closed request is still
     * discussed internally). It is not an edit of the request: it never makes anyone's revision stale.
     */
    public InternalNote internalNote(Actor actor, String text, Instant now) {
        if (!actor.role().canEdit()) {
            throw new ChangeRuleException("change.error.internalNote.role");
        }
        String clean = text.strip();
        if (clean.isEmpty()) {
            throw new ChangeRuleException("change.error.internalNote.required");
        }
        if (clean.length() > Comment.MAX_LENGTH) {
            throw new ChangeRuleException("change.error.internalNote.tooLong", Comment.MAX_LENGTH);
        }
        return new InternalNote(id, actor.side(), actor.userId(), now, clean);
    }

    /**
     * The caller edited the request as it was at {@code expectedVersion}; someone changed it since.
     *
     * @throws StaleChangeRequestException naming who changed it last
     */
    public void requireVersion(long expectedVersion) {
        if (expectedVersion != version) {
            throw new StaleChangeRequestException(lastRevisedBy);
        }
    }

    // --- what the caller may do (the UI hides the rest; the methods above enforce it) ---

    public boolean canRevise(Actor actor) {
        return status.isOpen()
                && actor.role().canEdit()
                && (status == ChangeRequestStatus.SUBMITTED || actor.side() == authorSide);
    }

    public boolean canSubmit(Actor actor) {
        return status == ChangeRequestStatus.DRAFT
                && actor.side() == authorSide
                && actor.role().canEdit();
    }

    public boolean canApprove(Actor actor) {
        return status == ChangeRequestStatus.SUBMITTED
                && actor.role().canApprove()
                && approvalOf(actor.side()).isEmpty();
    }

    public boolean canReject(Actor actor) {
        return status == ChangeRequestStatus.SUBMITTED && actor.role().canApprove() && actor.side() != authorSide;
    }

    public boolean canWithdraw(Actor actor) {
        return status.isOpen()
                && (actor.userId().equals(authorUserId) || actor.role().canApprove() && actor.side() == authorSide);
    }

    public boolean canReword(Actor actor) {
        return status.isOpen() && actor.role().canEdit() && actor.side() == authorSide;
    }

    public boolean canComment(Actor actor) {
        return status.isOpen() && actor.role().canEdit();
    }

    // --- reading ---

    public boolean isApprovedByBothSides() {
        return approvalOf(Side.CLIENT).isPresent() && approvalOf(Side.PROVIDER).isPresent();
    }

    /** The side's approval of the latest revision (earlier ones were withdrawn by the newer revision). */
    public Optional<Approval> approvalOf(Side side) {
        return approvals.stream()
                .filter(a -> a.side() == side && a.revision() == latestRevision)
                .findFirst();
    }

    public Revision latest() {
        return revision(latestRevision);
    }

    public Revision revision(int revisionNumber) {
        return revisions.stream()
                .filter(r -> r.number() == revisionNumber)
                .findFirst()
                .orElseThrow(() -> new ChangeRuleException("change.error.revision.unknown", revisionNumber));
    }

    public List<Revision> revisions() {
        return List.copyOf(revisions);
    }

    /** The approvals in force: those of the latest revision. */
    public List<Approval> approvals() {
        return approvals.stream().filter(a -> a.revision() == latestRevision).toList();
    }

    /**
     * Approvals a later revision withdrew, oldest revision first: the approval of revision n was withdrawn by
     * revision n + 1 (docs/decisions/0025).
     */
    public List<Approval> withdrawnApprovals() {
        return approvals.stream()
                .filter(a -> a.revision() < latestRevision)
                .sorted(java.util.Comparator.comparingInt(Approval::revision).thenComparing(Approval::at))
                .toList();
    }

    public UUID id() {
        return id;
    }

    public UUID contractId() {
        return contractId;
    }

    public int number() {
        return number;
    }

    public String title() {
        return title;
    }

    public String reason() {
        return reason;
    }

    public ObjectiveKind serves() {
        return serves;
    }

    public ChangeRequestStatus status() {
        return status;
    }

    public UUID authorUserId() {
        return authorUserId;
    }

    public Side authorSide() {
        return authorSide;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public String lastRevisedBy() {
        return lastRevisedBy;
    }

    public @Nullable Instant submittedAt() {
        return submittedAt;
    }

    public @Nullable UUID submittedBy() {
        return submittedBy;
    }

    public int latestRevision() {
        return latestRevision;
    }

    public int baseVersion() {
        return baseVersion;
    }

    public @Nullable String rejectionReason() {
        return rejectionReason;
    }

    public @Nullable Integer producedVersion() {
        return producedVersion;
    }

    public long version() {
        return version;
    }

    private Revision addRevision(Actor actor, Terms proposed, int base, String note, Instant now) {
        Revision revision =
                new Revision(this, latestRevision + 1, actor.side(), actor.userId(), now, base, note, proposed);
        revisions.add(revision);
        latestRevision = revision.number();
        baseVersion = base;
        return revision;
    }

    private void touch(Actor actor, Instant now) {
        updatedAt = now;
        lastRevisedBy = actor.name();
    }

    private void requireOpen() {
        if (!status.isOpen()) {
            throw new ChangeRuleException("change.error.closed");
        }
    }

    private static String required(String value, int max, String field) {
        String clean = value.strip();
        if (clean.isEmpty()) {
            throw new ChangeRuleException("change.error." + field + ".required");
        }
        if (clean.length() > max) {
            throw new ChangeRuleException("change.error." + field + ".tooLong", max);
        }
        return clean;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ChangeRequest other && Objects.equals(id, other.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }

    public long wordingEditCount() {
        return wordingEditCount;
    }
}
