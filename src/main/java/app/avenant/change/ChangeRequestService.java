package app.avenant.change;

import app.avenant.change.domain.Actor;
import app.avenant.change.domain.ChangeRequest;
import app.avenant.change.domain.ChangeRequestQueries;
import app.avenant.change.domain.ChangeRequestRepository;
import app.avenant.change.domain.Comment;
import app.avenant.change.domain.CommentRepository;
import app.avenant.change.domain.InternalNote;
import app.avenant.change.domain.InternalNoteRepository;
import app.avenant.change.domain.RequestTimeline;
import app.avenant.change.domain.Revision;
import app.avenant.change.domain.ThreadMessage;
import app.avenant.change.domain.WordingEdit;
import app.avenant.change.domain.WordingEditRepository;
import app.avenant.change.live.InternalNotePosted;
import app.avenant.change.live.LiveSnapshot;
import app.avenant.change.live.LiveSnapshots;
import app.avenant.contract.Approval;
import app.avenant.contract.ContractNotFoundException;
import app.avenant.contract.ContractRole;
import app.avenant.contract.Contracts;
import app.avenant.contract.Side;
import app.avenant.contract.VersionedTerms;
import app.avenant.contract.internal.ContractsForModules;
import app.avenant.contract.terms.FieldChange;
import app.avenant.contract.terms.ImpactSummary;
import app.avenant.contract.terms.ItemChange;
import app.avenant.contract.terms.MergeConflict;
import app.avenant.contract.terms.MergeResult;
import app.avenant.contract.terms.Terms;
import app.avenant.contract.terms.TermsDiff;
import app.avenant.contract.terms.TermsImpact;
import app.avenant.contract.terms.TermsMerge;
import app.avenant.contract.terms.TermsSection;
import app.avenant.identity.CurrentUser;
import app.avenant.identity.OrganisationRef;
import app.avenant.identity.UserRef;
import app.avenant.identity.Users;
import app.avenant.shared.RequestMemo;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Implements {@link ChangeRequests}. Each method first finds the request and the caller's role on its
 * contract (non-members get {@link ChangeRequestNotFoundException}), then lets the aggregate apply the
 * rule, then publishes a {@link ChangeRequestEvent} in the same transaction.
 * <p>
 * Acceptance: the approval that completes both sides adopts the terms as the contract's next version in
 * the same transaction. {@link #approve} locks the request row, then the contract row, before it reads
 * anything else: two acceptances on one contract run one after the other, and the second one (its first
 * consistent read coming after the first one committed, also on MariaDB's repeatable read) sees the new
 * current version and merges its own delta onto it, or is refused with the conflicts
 * ({@code change.error.conflicts}: the approval is not recorded, the screen lists the conflicts, a new
 * revision resolves them).
 */
@Service
@Transactional
class ChangeRequestService implements ChangeRequests, LiveSnapshots {

    /** Drafts and submitted requests: what "open" means on the overview and in the meeting pack. */
    private static final List<ChangeRequestStatus> OPEN = Arrays.stream(ChangeRequestStatus.values())
            .filter(ChangeRequestStatus::isOpen)
            .toList();

    /** At most this many comments and wording edits are read for a timeline (it shows the latest steps). */
    private static final int TIMELINE_MAX = 200;

    /** How many steps a live update's timeline keeps: as many as the request screen shows. */
    private static final int TIMELINE_LIMIT = 100;

    private final ChangeRequestRepository requests;
    private final CommentRepository comments;
    private final WordingEditRepository wordingEdits;
    private final InternalNoteRepository internalNotes;
    private final ChangeRequestQueries queries;
    private final Contracts contracts;
    private final ContractsForModules contractInternals;
    private final Users users;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TransactionTemplate freshRead;

    ChangeRequestService(
            ChangeRequestRepository requests,
            CommentRepository comments,
            WordingEditRepository wordingEdits,
            InternalNoteRepository internalNotes,
            ChangeRequestQueries queries,
            Contracts contracts,
            ContractsForModules contractInternals,
            Users users,
            ApplicationEventPublisher events,
            Clock clock,
            PlatformTransactionManager transactions) {
        this.requests = requests;
        this.comments = comments;
        this.wordingEdits = wordingEdits;
        this.internalNotes = internalNotes;
        this.queries = queries;
        this.contracts = contracts;
        this.contractInternals = contractInternals;
        this.users = users;
        this.events = events;
        this.clock = clock;
        this.freshRead = new TransactionTemplate(transactions);
        this.freshRead.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.freshRead.setReadOnly(true);
    }

    // --- reading ---

    @Override
    @Transactional(readOnly = true)
    public List<ChangeRequestSummary> list(
            UUID contractId, @Nullable ChangeRequestStatus status, int offset, int limit) {
        ContractRole role = contracts.myRole(contractId);
        // whose draft it is: "votre brouillon" for its author only (the authors' names are read anyway)
        String me = users.currentUsername().orElse("");
        List<ChangeRequestQueries.Row> page =
                queries.page(contractId, status, role.side(), role.canApprove(), role.canEdit(), offset, limit);
        Map<UUID, ContractRole> roles = page.isEmpty() ? Map.of() : contractInternals.memberRoles(contractId);
        Set<UUID> people = new HashSet<>();
        page.forEach(r -> people.add(r.request().authorUserId()));
        page.forEach(r -> people.add(r.latestAuthorId()));
        roles.forEach((id, r) -> {
            if (r.canApprove()) {
                people.add(id);
            }
        });
        Map<UUID, UserRef> names = users.usersByIds(people);
        Map<Side, SideApprovers> approvers = page.isEmpty() ? Map.of() : approvers(roles, names);
        return page.stream()
                .map(row -> {
                    ChangeRequest cr = row.request();
                    NextStep next = NextStep.of(new NextStep.Facts(
                            cr.status(),
                            false,
                            false,
                            cr.authorSide(),
                            nameOf(names, cr.authorUserId()),
                            cr.lastRevisedBy(),
                            cr.latestRevision(),
                            row.latestSide(),
                            nameOf(names, row.latestAuthorId()),
                            row.approvedSides(),
                            approvers,
                            cr.producedVersion(),
                            role.side(),
                            role.canEdit(),
                            role.canApprove(),
                            isMe(names, cr.authorUserId(), me)));
                    return new ChangeRequestSummary(
                            cr.id(),
                            cr.number(),
                            cr.title(),
                            cr.status(),
                            cr.authorSide(),
                            nameOf(names, cr.authorUserId()),
                            cr.baseVersion(),
                            cr.latestRevision(),
                            cr.updatedAt(),
                            cr.createdAt(),
                            row.awaitingMyApproval(),
                            next);
                })
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public long count(UUID contractId, @Nullable ChangeRequestStatus status) {
        contracts.myRole(contractId);
        return requests.count(contractId, status);
    }

    @Override
    @Transactional(readOnly = true)
    public long countOpen(UUID contractId) {
        contracts.myRole(contractId);
        return requests.countIn(contractId, OPEN);
    }

    @Override
    @Transactional(readOnly = true)
    public ChangeRequestDetail detail(UUID changeRequestId) {
        Loaded loaded = load(changeRequestId);
        ChangeRequest cr = loaded.request();
        return detailAs(cr, shared(cr, Set.of()), loaded.actor());
    }

    @Override
    @Transactional(readOnly = true)
    public RequestPage page(UUID changeRequestId) {
        Loaded loaded = load(changeRequestId);
        ChangeRequest cr = loaded.request();
        if (cr.latestRevision() >= 2) {
            queries.loadTerms(List.of(cr.revision(cr.latestRevision() - 1), cr.latest()));
        }
        return new RequestPage(
                detailAs(cr, shared(cr, Set.of()), loaded.actor()),
                cr.latestRevision() < 2 ? null : compare(cr, cr.latestRevision() - 1, cr.latestRevision()));
    }

    /**
     * The one shared read of a live update (docs/decisions/0029): the request as every kind of member reads it,
     * built from one read of what {@link #detail} reads, the personal parts computed in memory per role.
     */
    @Override
    @Transactional(readOnly = true)
    public Optional<LiveSnapshot> snapshot(UUID changeRequestId, UUID actorId) {
        Optional<ChangeRequest> found = requests.findById(changeRequestId);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        ChangeRequest cr = found.get();
        Shared shared = shared(cr, Set.of(actorId));
        Map<ContractRole, ChangeRequestDetail> asAuthor = new EnumMap<>(ContractRole.class);
        Map<ContractRole, ChangeRequestDetail> asOther = new EnumMap<>(ContractRole.class);
        UUID someoneElse = new UUID(0, 0);
        for (ContractRole role : ContractRole.values()) {
            asAuthor.put(role, detailAs(cr, shared, new Actor(cr.authorUserId(), "", role)));
            asOther.put(role, detailAs(cr, shared, new Actor(someoneElse, "", role)));
        }
        return Optional.of(new LiveSnapshot(
                cr.id(),
                cr.authorUserId(),
                shared.roles(),
                asAuthor,
                asOther,
                timelineOf(cr, TIMELINE_LIMIT),
                nameOf(shared.names(), actorId),
                cr.latestRevision() < 2 ? null : compare(cr, cr.latestRevision() - 1, cr.latestRevision())));
    }

    @Override
    @Transactional(readOnly = true)
    public Map<UUID, ContractRole> members(UUID contractId) {
        return contractInternals.memberRoles(contractId);
    }

    /** What {@link #detail} shows the same to every member: read once, whoever reads it. */
    private record Shared(
            Terms base,
            VersionedTerms current,
            boolean outdated,
            List<MergeConflict> conflicts,
            boolean changesNothing,
            Map<UUID, ContractRole> roles,
            Map<UUID, UserRef> names,
            Map<Side, SideApprovers> approvers,
            Set<Side> approvedSides,
            List<RevisionView> revisions,
            List<ApprovalView> approvals,
            List<WithdrawnApprovalView> withdrawn,
            TermsDiff diff,
            ImpactSummary impact,
            long wordingEdits) {}

    /** The caller, if any, was checked before: the terms are read without a second membership check. */
    private Shared shared(ChangeRequest cr, Set<UUID> alsoName) {
        Revision latest = cr.latest();
        Terms base = contractInternals.termsOfVersion(cr.contractId(), latest.baseVersion());
        VersionedTerms current = contractInternals.currentTerms(cr.contractId());
        boolean outdated = cr.status().isOpen() && latest.baseVersion() < current.versionNumber();
        MergeResult laid = cr.status().isOpen() ? laidOnTermsInForce(cr, current, () -> base) : null;
        List<MergeConflict> conflicts = outdated && laid != null ? laid.conflicts() : List.of();
        Map<UUID, ContractRole> roles = contractInternals.memberRoles(cr.contractId());
        Set<UUID> people = new HashSet<>(alsoName);
        people.add(cr.authorUserId());
        cr.revisions().forEach(r -> people.add(r.authorUserId()));
        cr.approvals().forEach(a -> people.add(a.userId()));
        cr.withdrawnApprovals().forEach(a -> people.add(a.userId()));
        roles.forEach((id, role) -> {
            if (role.canApprove()) {
                people.add(id);
            }
        });
        Map<UUID, UserRef> names = users.usersByIds(people);
        List<RevisionView> revisions =
                cr.revisions().stream().map(r -> view(r, names)).toList();
        List<ApprovalView> approvals = cr.approvals().stream()
                .map(a -> new ApprovalView(a.side(), nameOf(names, a.userId()), a.revision(), a.at()))
                .toList();
        List<WithdrawnApprovalView> withdrawn = cr.withdrawnApprovals().stream()
                .map(a -> {
                    Revision by = cr.revision(a.revision() + 1);
                    return new WithdrawnApprovalView(
                            a.side(),
                            nameOf(names, a.userId()),
                            a.revision(),
                            a.at(),
                            by.number(),
                            nameOf(names, by.authorUserId()),
                            by.createdAt());
                })
                .toList();
        boolean changesNothing = laid != null
                && effectOnTermsInForce(laid, current) instanceof TermsDiff effect
                && effect.changes().isEmpty();
        Set<Side> approvedSides = new HashSet<>();
        cr.approvals().forEach(a -> approvedSides.add(a.side()));
        return new Shared(
                base,
                current,
                outdated,
                conflicts,
                changesNothing,
                roles,
                names,
                approvers(roles, names),
                approvedSides,
                revisions,
                approvals,
                withdrawn,
                TermsDiff.between(base, latest.proposed()),
                impactOnTermsInForce(base, latest.proposed(), current, outdated),
                cr.wordingEditCount());
    }

    /** The shared parts with what {@code me} may do and whose turn it is as {@code me} reads it: no read. */
    private static ChangeRequestDetail detailAs(ChangeRequest cr, Shared s, Actor me) {
        Revision latest = cr.latest();
        Map<UUID, UserRef> names = s.names();
        Permissions can = new Permissions(
                cr.canRevise(me),
                cr.canSubmit(me) && !s.changesNothing(),
                cr.canApprove(me) && s.conflicts().isEmpty() && !s.changesNothing(),
                cr.canReject(me),
                cr.canWithdraw(me),
                cr.canComment(me),
                cr.canReword(me));
        NextStep next = NextStep.of(new NextStep.Facts(
                cr.status(),
                s.changesNothing(),
                !s.conflicts().isEmpty(),
                cr.authorSide(),
                nameOf(names, cr.authorUserId()),
                cr.lastRevisedBy(),
                latest.number(),
                latest.side(),
                nameOf(names, latest.authorUserId()),
                s.approvedSides(),
                s.approvers(),
                cr.producedVersion(),
                me.side(),
                me.role().canEdit(),
                me.role().canApprove(),
                cr.authorUserId().equals(me.userId())));
        return new ChangeRequestDetail(
                cr.id(),
                cr.contractId(),
                cr.number(),
                cr.title(),
                cr.reason(),
                cr.serves(),
                cr.status(),
                cr.authorSide(),
                nameOf(names, cr.authorUserId()),
                cr.createdAt(),
                view(latest, names),
                s.revisions(),
                s.approvals(),
                s.base(),
                latest.proposed(),
                s.diff(),
                s.impact(),
                s.current().versionNumber(),
                s.outdated(),
                s.conflicts(),
                s.changesNothing(),
                s.wordingEdits(),
                cr.producedVersion(),
                cr.rejectionReason(),
                cr.version(),
                can,
                next,
                List.of(s.approvers().get(Side.CLIENT), s.approvers().get(Side.PROVIDER)),
                s.withdrawn());
    }

    /** Each side's approvers by name with their organisation (one more query, for the organisations' names). */
    private Map<Side, SideApprovers> approvers(Map<UUID, ContractRole> roles, Map<UUID, UserRef> names) {
        Map<Side, List<UserRef>> bySide = new HashMap<>();
        roles.forEach((id, role) -> {
            UserRef user = names.get(id);
            if (role.canApprove() && user != null) {
                bySide.computeIfAbsent(role.side(), s -> new ArrayList<>()).add(user);
            }
        });
        Map<UUID, OrganisationRef> organisations = users.organisationsByIds(bySide.values().stream()
                .flatMap(List::stream)
                .map(UserRef::organisationId)
                .collect(java.util.stream.Collectors.toSet()));
        Map<Side, SideApprovers> result = new HashMap<>();
        for (Side side : Side.values()) {
            List<UserRef> people = bySide.getOrDefault(side, List.of());
            String organisation = people.stream()
                    .map(u -> organisations.get(u.organisationId()))
                    .filter(Objects::nonNull)
                    .map(OrganisationRef::name)
                    .findFirst()
                    .orElse("");
            result.put(
                    side,
                    new SideApprovers(
                            side,
                            organisation,
                            people.stream().map(UserRef::displayName).sorted().toList()));
        }
        return result;
    }

    @Override
    @Transactional(readOnly = true)
    public List<TimelineEntry> timeline(UUID changeRequestId, int limit) {
        return timelineOf(load(changeRequestId).request(), limit);
    }

    private List<TimelineEntry> timelineOf(ChangeRequest cr, int limit) {
        UUID changeRequestId = cr.id();
        List<Comment> thread = queries.comments(changeRequestId, 0, TIMELINE_MAX);
        List<WordingEdit> edits = queries.wordingEdits(changeRequestId, 0, TIMELINE_MAX);
        Set<UUID> people = new HashSet<>();
        people.add(cr.authorUserId());
        if (cr.submittedBy() != null) {
            people.add(cr.submittedBy());
        }
        cr.revisions().forEach(r -> people.add(r.authorUserId()));
        List<app.avenant.change.domain.Approval> allApprovals = new ArrayList<>(cr.withdrawnApprovals());
        allApprovals.addAll(cr.approvals());
        allApprovals.forEach(a -> people.add(a.userId()));
        thread.forEach(c -> people.add(c.userId()));
        edits.forEach(e -> people.add(e.userId()));
        Map<UUID, UserRef> names = users.usersByIds(people);
        return RequestTimeline.of(cr, allApprovals, thread, edits, id -> nameOf(names, id), limit);
    }

    @Override
    @Transactional(readOnly = true)
    public List<CommentView> comments(UUID changeRequestId, int skip, int limit) {
        requireMember(changeRequestId);
        return messageViews(queries.latestComments(changeRequestId, skip, limit).reversed());
    }

    @Override
    @Transactional(readOnly = true)
    public List<WordingEditView> wordingEdits(UUID changeRequestId, int offset, int limit) {
        requireMember(changeRequestId);
        List<WordingEdit> page = queries.wordingEdits(changeRequestId, offset, limit);
        Map<UUID, UserRef> names =
                users.usersByIds(page.stream().map(WordingEdit::userId).toList());
        return page.stream()
                .map(e -> new WordingEditView(
                        e.side(),
                        nameOf(names, e.userId()),
                        e.at(),
                        e.titleBefore(),
                        e.reasonBefore(),
                        e.titleAfter(),
                        e.reasonAfter()))
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public long countWordingEdits(UUID changeRequestId) {
        requireMember(changeRequestId);
        return wordingEdits.countByChangeRequestId(changeRequestId);
    }

    @Override
    @Transactional(readOnly = true)
    public Terms revisionTerms(UUID changeRequestId, int revision) {
        return load(changeRequestId).request().revision(revision).proposed();
    }

    /**
     * The diff from revision {@code from} to {@code to}; each field change is attributed to the last revision
     * in between that changed that field (diffs computed turn by turn), hence to its side.
     */
    @Override
    @Transactional(readOnly = true)
    public RevisionComparison compareRevisions(UUID changeRequestId, int from, int to) {
        return compare(load(changeRequestId).request(), from, to);
    }

    private RevisionComparison compare(ChangeRequest cr, int from, int to) {
        Revision a = cr.revision(from);
        Revision b = cr.revision(to);
        Map<UUID, UserRef> names = users.usersByIds(
                cr.revisions().stream().map(Revision::authorUserId).toList());
        int low = Math.min(from, to);
        int high = Math.max(from, to);
        Map<FieldKey, Revision> lastTouch = new HashMap<>();
        for (int n = low + 1; n <= high; n++) {
            Revision previous = cr.revision(n - 1);
            Revision current = cr.revision(n);
            for (ItemChange item :
                    TermsDiff.between(previous.proposed(), current.proposed()).changes()) {
                for (FieldChange field : item.fields()) {
                    lastTouch.put(FieldKey.of(item, field), current);
                }
            }
        }
        List<AttributedChange> changes = new ArrayList<>();
        for (ItemChange item : TermsDiff.between(a.proposed(), b.proposed()).changes()) {
            for (FieldChange field : item.fields()) {
                Revision by = lastTouch.getOrDefault(FieldKey.of(item, field), cr.revision(high));
                changes.add(new AttributedChange(item, field, by.side(), by.number()));
            }
        }
        return new RevisionComparison(view(a, names), view(b, names), changes);
    }

    // --- acting ---

    @Override
    public UUID propose(UUID contractId, NewChangeRequest request) {
        ContractRole role = contracts.myRole(contractId);
        CurrentUser me = users.currentUser();
        Actor actor = new Actor(me.id(), me.displayName(), role);
        if (!role.canEdit()) {
            throw new ChangeRuleException("change.error.propose.role");
        }
        return busyOnLockFailure(() -> {
            // the contract row lock numbers concurrent proposals one after the other
            VersionedTerms current = contractInternals.currentTermsForUpdate(contractId);
            ChangeRequest cr = ChangeRequest.propose(
                    contractId,
                    requests.lastNumber(contractId) + 1,
                    request.title(),
                    request.reason(),
                    request.serves(),
                    actor,
                    current.versionNumber(),
                    current.terms(),
                    clock.instant());
            requests.saveAndFlush(cr);
            return cr.id();
        });
    }

    /**
     * When another request was accepted since the base of the latest revision, the new revision is rebased
     * onto the current version if its delta merges cleanly (its diff and impact then read against what is
     * in force); otherwise it keeps the old base and the conflicts stay listed until a revision resolves
     * them (by taking the current value of each conflicting field).
     */
    @Override
    public void revise(UUID changeRequestId, long expectedVersion, Terms proposed, String note) {
        Loaded loaded = load(changeRequestId);
        ChangeRequest cr = loaded.request();
        cr.requireVersion(expectedVersion);
        VersionedTerms current = contracts.currentTerms(cr.contractId());
        int base = cr.latest().baseVersion();
        Terms terms = proposed;
        if (base < current.versionNumber()) {
            MergeResult rebased =
                    TermsMerge.merge(contracts.termsOfVersion(cr.contractId(), base), proposed, current.terms());
            if (rebased.isClean() && rebased.merged() != null) {
                terms = rebased.merged();
                base = current.versionNumber();
            }
        }
        Set<UUID> withdrawn = new HashSet<>();
        cr.approvals().forEach(a -> withdrawn.add(a.userId()));
        Revision revision = cr.revise(loaded.actor(), terms, base, note, clock.instant());
        flushOrStale(cr);
        events.publishEvent(new ChangeRequestEvent.Revised(
                cr.contractId(),
                cr.id(),
                cr.number(),
                loaded.actor().userId(),
                revision.number(),
                cr.status() == ChangeRequestStatus.DRAFT,
                withdrawn,
                cr.authorSide()));
        publishOwnApproval(cr, loaded.actor());
    }

    /** A proposal or counter-proposal an approver sent carries their side's approval (docs/decisions/0033). */
    private void publishOwnApproval(ChangeRequest cr, Actor actor) {
        cr.approvalOf(actor.side())
                .filter(approval -> approval.userId().equals(actor.userId()))
                .filter(approval -> approval.revision() == cr.latestRevision())
                .ifPresent(approval -> events.publishEvent(new ChangeRequestEvent.Approved(
                        cr.contractId(), cr.id(), cr.number(), actor.userId(), approval.revision())));
    }

    /** The caller settled the conflicts on the terms in force: stored as they are, based on that version. */
    @Override
    public void reviseOnTermsInForce(
            UUID changeRequestId, long expectedVersion, int inForceVersion, Terms proposed, String note) {
        Loaded loaded = load(changeRequestId);
        ChangeRequest cr = loaded.request();
        cr.requireVersion(expectedVersion);
        if (contracts.currentTerms(cr.contractId()).versionNumber() != inForceVersion) {
            throw new ChangeRuleException("change.error.inForceMoved");
        }
        Revision revision = cr.revise(loaded.actor(), proposed, inForceVersion, note, clock.instant());
        flushOrStale(cr);
        events.publishEvent(new ChangeRequestEvent.Revised(
                cr.contractId(),
                cr.id(),
                cr.number(),
                loaded.actor().userId(),
                revision.number(),
                false,
                Set.of(),
                cr.authorSide()));
        publishOwnApproval(cr, loaded.actor());
    }

    @Override
    public void submit(UUID changeRequestId, long expectedVersion) {
        Loaded loaded = load(changeRequestId);
        ChangeRequest cr = loaded.request();
        cr.requireVersion(expectedVersion);
        VersionedTerms current = contracts.currentTerms(cr.contractId());
        cr.submit(loaded.actor(), effectOnTermsInForce(laidOnTermsInForce(cr, current), current), clock.instant());
        flushOrStale(cr);
        events.publishEvent(new ChangeRequestEvent.Submitted(
                cr.contractId(), cr.id(), cr.number(), loaded.actor().userId()));
        publishOwnApproval(cr, loaded.actor());
    }

    @Override
    public void approve(UUID changeRequestId, int revision) {
        busyOnLockFailure(() -> {
            // Lock first, read after: see the class comment.
            ChangeRequest cr = requests.findForUpdate(changeRequestId)
                    .orElseThrow(() -> new ChangeRequestNotFoundException(changeRequestId));
            VersionedTerms current = contractInternals.currentTermsForUpdate(cr.contractId());
            Actor actor = actorOn(cr);
            Instant now = clock.instant();
            MergeResult laid = laidOnTermsInForce(cr, current);
            boolean complete = cr.approve(actor, revision, effectOnTermsInForce(laid, current), now);
            events.publishEvent(new ChangeRequestEvent.Approved(
                    cr.contractId(), cr.id(), cr.number(), actor.userId(), revision, complete));
            if (complete) {
                accept(cr, laid, actor, now);
            }
            flushOrStale(cr);
            return null;
        });
    }

    /** Adopts the latest revision laid on the terms in force (see {@link #laidOnTermsInForce}). */
    private void accept(ChangeRequest cr, MergeResult laid, Actor actor, Instant now) {
        Terms adopted = laid.merged();
        if (!laid.isClean() || adopted == null) {
            throw new ChangeRuleException(
                    "change.error.conflicts", laid.conflicts().size());
        }
        var client = cr.approvalOf(Side.CLIENT).orElseThrow();
        var provider = cr.approvalOf(Side.PROVIDER).orElseThrow();
        int produced = contractInternals.adoptVersion(
                cr.contractId(),
                adopted,
                cr.title(),
                new Approval(client.userId(), client.at()),
                new Approval(provider.userId(), provider.at()));
        cr.accept(produced, now);
        events.publishEvent(
                new ChangeRequestEvent.Accepted(cr.contractId(), cr.id(), cr.number(), actor.userId(), produced));
    }

    /**
     * What accepting the latest revision would adopt: the revision as proposed when nothing was accepted since its
     * base, else merged onto the terms in force (with the conflicts that block it). The one computation behind
     * the conflicts shown, the "changes nothing" rule and the acceptance itself.
     */
    private MergeResult laidOnTermsInForce(ChangeRequest cr, VersionedTerms current) {
        return laidOnTermsInForce(
                cr,
                current,
                () -> contracts.termsOfVersion(cr.contractId(), cr.latest().baseVersion()));
    }

    private static MergeResult laidOnTermsInForce(ChangeRequest cr, VersionedTerms current, Supplier<Terms> base) {
        Revision latest = cr.latest();
        if (latest.baseVersion() == current.versionNumber()) {
            return new MergeResult(latest.proposed(), List.of());
        }
        return TermsMerge.merge(base.get(), latest.proposed(), current.terms());
    }

    /** What that would change in the terms in force; null when it conflicts with them (docs/decisions/0023). */
    private static @Nullable TermsDiff effectOnTermsInForce(MergeResult laid, VersionedTerms current) {
        return laid.isClean() && laid.merged() != null ? TermsDiff.between(current.terms(), laid.merged()) : null;
    }

    /**
     * The impact always reads against the version in force (docs/decisions/0028): for an outdated request, the
     * proposal merged onto it, its own values winning where they conflict (what resolving them by keeping one's
     * values would give); against its base only when that settled result breaks a rule.
     */
    private static ImpactSummary impactOnTermsInForce(
            Terms base, Terms proposed, VersionedTerms current, boolean outdated) {
        if (!outdated) {
            return TermsImpact.between(base, proposed);
        }
        Terms settled = TermsMerge.resolve(base, proposed, current.terms(), conflict -> false)
                .settled();
        return settled == null ? TermsImpact.between(base, proposed) : TermsImpact.between(current.terms(), settled);
    }

    @Override
    public void reject(UUID changeRequestId, String reason) {
        Loaded loaded = load(changeRequestId);
        ChangeRequest cr = loaded.request();
        cr.reject(loaded.actor(), reason, clock.instant());
        flushOrStale(cr);
        events.publishEvent(new ChangeRequestEvent.Rejected(
                cr.contractId(),
                cr.id(),
                cr.number(),
                loaded.actor().userId(),
                Objects.requireNonNullElse(cr.rejectionReason(), "")));
    }

    @Override
    public void withdraw(UUID changeRequestId) {
        Loaded loaded = load(changeRequestId);
        ChangeRequest cr = loaded.request();
        cr.withdraw(loaded.actor(), clock.instant());
        flushOrStale(cr);
        events.publishEvent(new ChangeRequestEvent.Withdrawn(
                cr.contractId(), cr.id(), cr.number(), loaded.actor().userId()));
    }

    @Override
    public void addInternalNote(UUID changeRequestId, String text) {
        Loaded loaded = load(changeRequestId);
        ChangeRequest cr = loaded.request();
        InternalNote note = internalNotes.save(cr.internalNote(loaded.actor(), text, clock.instant()));
        // for the open screens of the author's own side only (docs/decisions/0024, 0029)
        events.publishEvent(
                new InternalNotePosted(cr.contractId(), cr.id(), note.side(), messageView(note, loaded.actor())));
    }

    /** A message just written, as the thread shows it: the actor's name is already known, nothing is read. */
    private static CommentView messageView(ThreadMessage message, Actor author) {
        return new CommentView(message.id(), message.side(), author.name(), message.at(), message.text());
    }

    @Override
    @Transactional(readOnly = true)
    public List<CommentView> internalNotes(UUID changeRequestId, int skip, int limit) {
        return messageViews(queries.latestInternalNotes(changeRequestId, requireMember(changeRequestId), skip, limit)
                .reversed());
    }

    /** A page of messages with their authors' names (one query for all the names). */
    private List<CommentView> messageViews(List<? extends ThreadMessage> page) {
        Map<UUID, UserRef> names =
                users.usersByIds(page.stream().map(ThreadMessage::userId).toList());
        return page.stream()
                .map(m -> new CommentView(m.id(), m.side(), nameOf(names, m.userId()), m.at(), m.text()))
                .toList();
    }

    @Override
    public void reword(UUID changeRequestId, long expectedVersion, String title, String reason) {
        Loaded loaded = load(changeRequestId);
        ChangeRequest cr = loaded.request();
        cr.requireVersion(expectedVersion);
        Optional<WordingEdit> edit = cr.reword(loaded.actor(), title, reason, clock.instant());
        if (edit.isEmpty()) {
            return;
        }
        wordingEdits.save(edit.get());
        flushOrStale(cr);
        events.publishEvent(new ChangeRequestEvent.Reworded(
                cr.contractId(), cr.id(), cr.number(), loaded.actor().userId()));
    }

    @Override
    public void comment(UUID changeRequestId, String text) {
        Loaded loaded = load(changeRequestId);
        ChangeRequest cr = loaded.request();
        Comment comment = comments.save(cr.comment(loaded.actor(), text, clock.instant()));
        events.publishEvent(new ChangeRequestEvent.Commented(
                cr.contractId(),
                cr.id(),
                cr.number(),
                loaded.actor().userId(),
                cr.status() == ChangeRequestStatus.DRAFT,
                messageView(comment, loaded.actor())));
    }

    // --- internals ---

    private record Loaded(ChangeRequest request, Actor actor) {}

    /** A request's contract, remembered for the rest of the request: it never changes. */
    private static final String CONTRACT_OF_REQUEST = "change.contract";

    /**
     * Only that the caller is a member of the request's contract, for the parts of a request's page read one by one
     * (its comments, their count, its wording edits): the request's contract is remembered for the rest of the
     * request (it never changes) and the caller's role too ({@code Contracts.myRole}), so a part costs its own
     * statement only. Returns the caller's side (whose internal notes they read).
     */
    private Side requireMember(UUID changeRequestId) {
        UUID contractId = RequestMemo.get(
                CONTRACT_OF_REQUEST,
                changeRequestId,
                () -> requests.findContractIdById(changeRequestId).orElse(null));
        if (contractId == null) {
            throw new ChangeRequestNotFoundException(changeRequestId);
        }
        try {
            return contracts.myRole(contractId).side();
        } catch (ContractNotFoundException e) {
            throw new ChangeRequestNotFoundException(changeRequestId);
        }
    }

    /** The request and the caller's role on its contract; a non-member learns nothing, not even that it exists. */
    private Loaded load(UUID changeRequestId) {
        ChangeRequest cr = requests.findWithRevisions(changeRequestId)
                .orElseThrow(() -> new ChangeRequestNotFoundException(changeRequestId));
        Loaded loaded = new Loaded(cr, actorOn(cr));
        // the page's parts that follow (comments, notes, edits) need only the contract: known now
        RequestMemo.get(CONTRACT_OF_REQUEST, changeRequestId, cr::contractId);
        return loaded;
    }

    private Actor actorOn(ChangeRequest cr) {
        ContractRole role;
        try {
            role = contracts.myRole(cr.contractId());
        } catch (ContractNotFoundException e) {
            throw new ChangeRequestNotFoundException(cr.id());
        }
        CurrentUser me = users.currentUser();
        return new Actor(me.id(), me.displayName(), role);
    }

    /**
     * Writes now so that a concurrent change to the same request surfaces here, as "modified meanwhile by
     * …" naming who did it (read in a fresh transaction: this one's view of the row is the stale one).
     */
    private void flushOrStale(ChangeRequest cr) {
        try {
            requests.flush();
        } catch (OptimisticLockingFailureException e) {
            String by = freshRead.execute(status ->
                    requests.findById(cr.id()).map(ChangeRequest::lastRevisedBy).orElse("?"));
            throw new StaleChangeRequestException(Objects.requireNonNullElse(by, "?"));
        }
    }

    /**
     * A lock wait that timed out, a deadlock the database broke, or a version number taken by a concurrent
     * acceptance: the user may simply try again, so they get a clear rule error rather than a raw exception.
     */
    private <T> T busyOnLockFailure(Supplier<T> work) {
        try {
            return work.get();
        } catch (PessimisticLockingFailureException | DataIntegrityViolationException e) {
            ChangeRuleException busy = new ChangeRuleException("change.error.busy");
            busy.initCause(e);
            throw busy;
        }
    }

    private static RevisionView view(Revision r, Map<UUID, UserRef> names) {
        return new RevisionView(
                r.number(),
                r.side(),
                nameOf(names, r.authorUserId()),
                r.createdAt(),
                r.baseVersion(),
                r.note(),
                r.authorUserId());
    }

    private static boolean isMe(Map<UUID, UserRef> names, UUID id, String myUsername) {
        UserRef user = names.get(id);
        return user != null && user.username().equals(myUsername);
    }

    private static String nameOf(Map<UUID, UserRef> names, UUID id) {
        UserRef user = names.get(id);
        return user != null ? user.displayName() : "?";
    }

    /** A field of an item, across diffs: section, item key, field code and sub-entry (band, month). */
    private record FieldKey(
            TermsSection section,
            String itemKey,
            String field,
            @Nullable String detail) {

        static FieldKey of(ItemChange item, FieldChange field) {
            return new FieldKey(item.section(), item.key(), field.field(), field.detail());
        }
    }
}
