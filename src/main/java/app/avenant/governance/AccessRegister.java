package app.avenant.governance;

import app.avenant.contract.ContractNotFoundException;
import app.avenant.contract.ContractRole;
import app.avenant.contract.Contracts;
import app.avenant.contract.Side;
import app.avenant.governance.domain.Art28Check;
import app.avenant.governance.domain.Art28CheckRepository;
import app.avenant.governance.domain.RegisterEntry;
import app.avenant.governance.domain.RegisterEntryRepository;
import app.avenant.governance.domain.RegisterQueries;
import app.avenant.governance.domain.RegisterReviewMark;
import app.avenant.governance.domain.RegisterReviewMarkRepository;
import app.avenant.governance.domain.Review;
import app.avenant.governance.domain.ReviewRepository;
import app.avenant.identity.Users;
import app.avenant.shared.RequestMemo;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A contract's access register (the PME's systems and data the provider touches) and its RGPD article 28
 * checklist, both gone through at each comité de pilotage.
 * <p>
 * Every method first checks the caller's membership of the contract ({@link Contracts#myRole}): an outsider
 * gets {@link ContractNotFoundException} ({@link RegisterEntryNotFoundException} for an entry id), exactly
 * as for something that does not exist. Then:
 * <ul>
 * <li>every member of both sides reads the register, the checklist and the summary;</li>
 * <li>editors and owners of the PME side, and the provider's manager and editors, <em>add</em> an entry:
 *     the provider's people know best what they touch, and a declaration by them is what the PME wants;</li>
 * <li>only the PME's owner and editors <em>correct</em> or <em>revoke</em> an entry: these are the PME's
 *     systems, granting and withdrawing access is its decision;</li>
 * <li>the PME's owner and editors and the provider's manager set the article 28 items: the clause binds both
 *     parties, and the manager answers for the provider (its editors and viewers read);</li>
 * <li>an owner, manager or editor of either side marks the register reviewed in comité.</li>
 * </ul>
 * A request the rules refuse is a {@link GovernanceRuleException} whose key names the field
 * ({@code governance.register.error.<field>.<rule>}). Each stored change publishes an
 * {@link AccessRegisterEvent} in its transaction (the audit trail's source); a refusal publishes none.
 */
@Service
@Transactional
public class AccessRegister {

    private static final String CHECKS = "governance.register.checks";
    private static final String COUNTS = "governance.register.counts";

    private final RegisterEntryRepository entries;
    private final Art28CheckRepository checks;
    private final RegisterReviewMarkRepository marks;
    private final RegisterQueries queries;
    private final ReviewRepository reviews;
    private final Contracts contracts;
    private final Users users;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    AccessRegister(
            RegisterEntryRepository entries,
            Art28CheckRepository checks,
            RegisterReviewMarkRepository marks,
            RegisterQueries queries,
            ReviewRepository reviews,
            Contracts contracts,
            Users users,
            Clock clock,
            ApplicationEventPublisher events) {
        this.entries = entries;
        this.checks = checks;
        this.marks = marks;
        this.queries = queries;
        this.reviews = reviews;
        this.contracts = contracts;
        this.users = users;
        this.clock = clock;
        this.events = events;
    }

    // --- the register ---

    /** Open accesses first (by system), then revoked ones (latest first). */
    @Transactional(readOnly = true)
    public List<RegisterEntryView> entries(UUID contractId, int offset, int limit) {
        contracts.myRole(contractId);
        LocalDate today = today();
        return queries.entriesOfContract(contractId, today, offset, limit).stream()
                .map(e -> view(e, today))
                .toList();
    }

    @Transactional(readOnly = true)
    public long countEntries(UUID contractId) {
        contracts.myRole(contractId);
        return countsOf(contractId).entries();
    }

    /**
     * Declares a system the provider touches.
     *
     * @throws GovernanceRuleException see {@link RegisterEntry#validated}
     * @throws AccessDeniedException   for a viewer of either side
     */
    public UUID addEntry(UUID contractId, NewRegisterEntry entry) {
        if (!mayAdd(contracts.myRole(contractId))) {
            throw new AccessDeniedException("Viewers do not declare accesses");
        }
        RequestMemo.forget(COUNTS);
        UUID me = me();
        RegisterEntry added = entries.save(new RegisterEntry(contractId, entry, me, clock.instant()));
        events.publishEvent(
                new AccessRegisterEvent.EntryAdded(contractId, added.id(), added.system(), added.personalData(), me));
        return added.id();
    }

    /**
     * Corrects an entry, its revocation date included.
     *
     * @throws GovernanceRuleException see {@link RegisterEntry#validated}
     * @throws AccessDeniedException   unless the caller is an owner or editor of the PME side
     */
    public void updateEntry(UUID entryId, NewRegisterEntry entry) {
        RegisterEntry corrected = requireEditable(entryId);
        RequestMemo.forget(COUNTS);
        UUID me = me();
        corrected.correct(entry, me, clock.instant());
        events.publishEvent(new AccessRegisterEvent.EntryUpdated(
                corrected.contractId(),
                entryId,
                corrected.system(),
                corrected.personalData(),
                corrected.revokedOn(),
                me));
    }

    /**
     * Ends the access on {@code on} (a date after today announces it).
     *
     * @throws GovernanceRuleException {@code governance.register.error.revokedOn.required},
     *         {@code .revokedOn.beforeGranted}, {@code .revokedOn.alreadyRevoked}
     * @throws AccessDeniedException   unless the caller is an owner or editor of the PME side
     */
    public void revokeEntry(UUID entryId, @Nullable LocalDate on) {
        RegisterEntry revoked = requireEditable(entryId);
        RequestMemo.forget(COUNTS);
        UUID me = me();
        revoked.revoke(on, me, clock.instant());
        events.publishEvent(new AccessRegisterEvent.EntryRevoked(
                revoked.contractId(), entryId, revoked.system(), Objects.requireNonNull(revoked.revokedOn()), me));
    }

    // --- the article 28 checklist ---

    /** The eight items in the article's order; an item nobody set yet is "à vérifier". */
    @Transactional(readOnly = true)
    public List<ChecklistItemView> checklist(UUID contractId) {
        contracts.myRole(contractId);
        Map<Art28Item, Art28Check> set =
                checksOf(contractId).stream().collect(Collectors.toMap(Art28Check::item, Function.identity()));
        Map<UUID, String> names =
                names(set.values().stream().map(Art28Check::changedBy).collect(Collectors.toSet()));
        List<ChecklistItemView> items = new ArrayList<>();
        for (Art28Item item : Art28Item.values()) {
            Art28Check check = set.get(item);
            items.add(
                    check == null
                            ? new ChecklistItemView(item, Art28Status.A_VERIFIER, "", null, null)
                            : new ChecklistItemView(
                                    item,
                                    check.status(),
                                    check.comment(),
                                    names.getOrDefault(check.changedBy(), ""),
                                    check.changedAt()));
        }
        return items;
    }

    /**
     * @throws GovernanceRuleException {@code governance.register.error.comment.tooLong}
     * @throws AccessDeniedException   unless the caller is an owner or editor of the PME, or the provider's manager
     */
    public void setChecklistItem(UUID contractId, Art28Item item, Art28Status status, String comment) {
        if (!maySetChecklist(contracts.myRole(contractId))) {
            throw new AccessDeniedException(
                    "Only the PME's owners and editors and the provider's manager set the checklist");
        }
        String valid = Art28Check.validComment(comment);
        RequestMemo.forget(CHECKS);
        UUID me = me();
        queries.check(contractId, item)
                .ifPresentOrElse(
                        check -> check.change(status, valid, me, clock.instant()),
                        () -> checks.save(new Art28Check(contractId, item, status, valid, me, clock.instant())));
        events.publishEvent(new AccessRegisterEvent.ChecklistItemSet(contractId, item, status, me));
    }

    // --- review in comité ---

    /**
     * Records that the register and checklist were gone through in comité, now, by the caller; at
     * {@code reviewId} when said (a review of this contract).
     *
     * @throws GovernanceRuleException {@code governance.register.error.review.unknown}, or
     *         {@code .review.notStarted} for a comité neither started nor held (nobody has gone through the
     *         register there)
     * @throws AccessDeniedException   for a viewer of either side
     */
    public void markReviewed(UUID contractId, @Nullable UUID reviewId) {
        if (!contracts.myRole(contractId).canEdit()) {
            throw new AccessDeniedException("Viewers do not mark the register reviewed");
        }
        if (reviewId != null) {
            Review review = reviews.findById(reviewId)
                    .filter(r -> r.contractId().equals(contractId))
                    .orElseThrow(() -> new GovernanceRuleException("governance.register.error.review.unknown"));
            if (review.status() != ReviewStatus.HELD && review.startsAt().isAfter(clock.instant())) {
                throw new GovernanceRuleException("governance.register.error.review.notStarted");
            }
        }
        UUID me = me();
        marks.findById(contractId)
                .ifPresentOrElse(
                        mark -> mark.reviewed(reviewId, me, clock.instant()),
                        () -> marks.save(new RegisterReviewMark(contractId, reviewId, me, clock.instant())));
        events.publishEvent(new AccessRegisterEvent.Reviewed(contractId, reviewId, me));
    }

    /** The register at a glance, with the caller's rights on it. A bounded handful of statements. */
    @Transactional(readOnly = true)
    public RegisterSummary summary(UUID contractId) {
        ContractRole role = contracts.myRole(contractId);
        RegisterQueries.Counts counts = countsOf(contractId);
        Map<Art28Status, Long> checklist = new EnumMap<>(Art28Status.class);
        for (Art28Status status : Art28Status.values()) {
            checklist.put(status, 0L);
        }
        List<Art28Check> set = checksOf(contractId);
        set.forEach(check -> checklist.merge(check.status(), 1L, Long::sum));
        checklist.merge(Art28Status.A_VERIFIER, (long) (Art28Item.values().length - set.size()), Long::sum);

        Optional<RegisterQueries.ReviewMarkAndLastHeld> reviewed = queries.reviewMark(contractId);
        Optional<RegisterReviewMark> mark = reviewed.map(RegisterQueries.ReviewMarkAndLastHeld::mark);
        String by = mark.map(m -> names(Set.of(m.reviewedBy())).getOrDefault(m.reviewedBy(), ""))
                .orElse(null);
        return new RegisterSummary(
                counts.entries(),
                counts.active(),
                counts.personal() > 0,
                checklist,
                mark.map(RegisterReviewMark::reviewedAt).orElse(null),
                by,
                mark.map(RegisterReviewMark::reviewId).orElse(null),
                outdated(
                        mark.orElse(null),
                        reviewed.map(RegisterQueries.ReviewMarkAndLastHeld::lastHeld)
                                .orElse(null)),
                mayAdd(role),
                mayEdit(role),
                maySetChecklist(role),
                role.canEdit());
    }

    /**
     * The checklist items set, read once per request: the register's page shows the checklist's count in its
     * banner and the checklist itself (issue 13, point 4); setting an item forgets them.
     */
    private List<Art28Check> checksOf(UUID contractId) {
        return RequestMemo.get(CHECKS, contractId, () -> queries.checksOfContract(contractId));
    }

    /** The register's counts, read once per request: its banner and its list's length; a write forgets them. */
    private RegisterQueries.Counts countsOf(UUID contractId) {
        return RequestMemo.get(COUNTS, contractId, () -> queries.counts(contractId, today()));
    }

    // --- rules ---

    static boolean mayAdd(ContractRole role) {
        return role.canEdit();
    }

    static boolean mayEdit(ContractRole role) {
        return role.side() == Side.CLIENT && role.canEdit();
    }

    static boolean maySetChecklist(ContractRole role) {
        return mayEdit(role) || role == ContractRole.PROVIDER_MANAGER;
    }

    /**
     * Pure: the register needs a look when it never had one, or when a comité held since did not go through
     * it (a review recorded at that very comité, or after it started, counts).
     */
    static boolean outdated(@Nullable RegisterReviewMark mark, @Nullable Review lastHeld) {
        if (mark == null) {
            return true;
        }
        if (lastHeld == null || lastHeld.id().equals(mark.reviewId())) {
            return false;
        }
        return mark.reviewedAt().isBefore(lastHeld.startsAt());
    }

    // --- internals ---

    private RegisterEntry requireEditable(UUID entryId) {
        RegisterEntry entry = entries.findById(entryId).orElseThrow(() -> new RegisterEntryNotFoundException(entryId));
        ContractRole role;
        try {
            role = contracts.myRole(entry.contractId());
        } catch (ContractNotFoundException e) {
            throw new RegisterEntryNotFoundException(entryId);
        }
        if (!mayEdit(role)) {
            throw new AccessDeniedException("Only the PME's owners and editors correct or revoke an access");
        }
        return entry;
    }

    private static RegisterEntryView view(RegisterEntry e, LocalDate today) {
        return new RegisterEntryView(
                e.id(),
                e.system(),
                e.dataCategories(),
                e.personalData(),
                e.grantedOn(),
                e.revokedOn(),
                e.note(),
                e.activeOn(today));
    }

    private Map<UUID, String> names(Set<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return users.usersByIds(new HashSet<>(ids)).entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().displayName()));
    }

    private UUID me() {
        return users.currentUser().id();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
