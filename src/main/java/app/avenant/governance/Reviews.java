package app.avenant.governance;

import app.avenant.contract.ContractAccess;
import app.avenant.contract.ContractFilter;
import app.avenant.contract.ContractNotFoundException;
import app.avenant.contract.ContractRole;
import app.avenant.contract.ContractSummary;
import app.avenant.contract.Contracts;
import app.avenant.contract.Member;
import app.avenant.governance.domain.ActionItem;
import app.avenant.governance.domain.ActionItemRepository;
import app.avenant.governance.domain.CalendarFeedToken;
import app.avenant.governance.domain.CalendarFeedTokenRepository;
import app.avenant.governance.domain.Review;
import app.avenant.governance.domain.ReviewCadenceRepository;
import app.avenant.governance.domain.ReviewCadenceSetting;
import app.avenant.governance.domain.ReviewQueries;
import app.avenant.governance.domain.ReviewRepository;
import app.avenant.identity.CurrentUser;
import app.avenant.identity.UserRef;
import app.avenant.identity.Users;
import app.avenant.shared.RecentlyUsed;
import app.avenant.shared.Sha256;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The governance module's application service: review cadence, comités de pilotage, their record and action
 * items, and each user's calendar feed. Every method taking a contract, review or action id first checks
 * the caller's membership of that contract ({@link Contracts#myRole}): an outsider gets
 * {@link ContractNotFoundException} (for a review or action id, {@link ReviewNotFoundException}), exactly as
 * for something that does not exist. Editors, owners and managers of either side plan reviews and keep
 * their record; owners and managers set the cadence; viewers read.
 */
@Service
@Transactional
public class Reviews {

    /** Days the owners have, after a review is held, to re-certify who keeps access to the contract. */
    static final int RECERTIFICATION_DAYS = 14;

    /** A contract has a handful of members; this bounds what a review screen loads in one go. */
    static final int MAX_MEMBERS = 500;
    /** The overview lists the most overdue actions; more than that is a different problem. */
    static final int MAX_OVERDUE = 100;
    /** The feed: contracts, reviews (from a year back) and actions, each bounded. */
    static final int FEED_MAX_CONTRACTS = 500;

    static final int FEED_MAX_REVIEWS = 2000;
    static final int FEED_MAX_ACTIONS = 1000;
    static final Period FEED_HISTORY = Period.ofYears(1);
    /** Where a first review is proposed when nothing precedes it. */
    static final LocalTime DEFAULT_TIME = LocalTime.of(10, 0);

    public static final int DEFAULT_DURATION = 60;

    /** An open action is due for its owner's bell from this many days before its date (docs/decisions/0032). */
    public static final int DUE_SOON_DAYS = 7;

    private static final int FEED_RANDOM_BYTES = 32;
    /** 32 bytes in base64url without padding. */
    private static final Pattern FEED_TOKEN_SHAPE = Pattern.compile("[A-Za-z0-9_-]{43}");

    private final ReviewRepository reviews;
    private final ActionItemRepository actions;
    private final ReviewCadenceRepository cadences;
    private final CalendarFeedTokenRepository feeds;
    private final ReviewQueries queries;
    private final Contracts contracts;
    private final ContractAccess contractAccess;
    private final Users users;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    /**
     * The contract of each review read lately: a review never moves to another contract nor is deleted, so what hangs
     * on a review (its followed decisions) checks the caller's role on its contract without reading it again.
     */
    private final Map<UUID, UUID> contractOfReview = RecentlyUsed.map(10_000);

    Reviews(
            ReviewRepository reviews,
            ActionItemRepository actions,
            ReviewCadenceRepository cadences,
            CalendarFeedTokenRepository feeds,
            ReviewQueries queries,
            Contracts contracts,
            ContractAccess contractAccess,
            Users users,
            Clock clock) {
        this.reviews = reviews;
        this.actions = actions;
        this.cadences = cadences;
        this.feeds = feeds;
        this.queries = queries;
        this.contracts = contracts;
        this.contractAccess = contractAccess;
        this.users = users;
        this.clock = clock;
    }

    // --- cadence ---

    @Transactional(readOnly = true)
    public Cadence cadence(UUID contractId) {
        contracts.myRole(contractId);
        return cadences.findById(contractId).map(ReviewCadenceSetting::cadence).orElse(Cadence.NONE);
    }

    /** @throws AccessDeniedException unless the caller is an owner or manager of the contract */
    public void setCadence(UUID contractId, Cadence cadence) {
        ContractRole role = contracts.myRole(contractId);
        if (!role.canApprove()) {
            throw new AccessDeniedException("Only owners and managers set the review cadence");
        }
        cadences.findById(contractId)
                .ifPresentOrElse(
                        setting -> setting.change(cadence),
                        () -> cadences.save(new ReviewCadenceSetting(contractId, cadence)));
    }

    /**
     * The date the cadence proposes for the next review (Europe/Paris local time): one period after the
     * latest review, rolled forward past now; one period from today when there is none yet. Empty
     * without a cadence.
     */
    @Transactional(readOnly = true)
    public Optional<LocalDateTime> scheduleNext(UUID contractId) {
        Cadence cadence = cadence(contractId);
        if (cadence.period().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(nextDate(
                cadence.period().get(),
                queries.latestReview(contractId).map(r -> local(r.startsAt())).orElse(null),
                LocalDateTime.now(clock)));
    }

    /** Pure: the next occurrence of {@code period} after {@code last}, not before {@code now}. */
    static LocalDateTime nextDate(Period period, @Nullable LocalDateTime last, LocalDateTime now) {
        LocalDateTime next =
                last == null ? LocalDateTime.of(now.toLocalDate(), DEFAULT_TIME).plus(period) : last.plus(period);
        // a hundred periods is eight years of monthly reviews: enough to skip, never an endless loop
        for (int i = 0; i < 100 && next.isBefore(now); i++) {
            next = next.plus(period);
        }
        return next;
    }

    // --- reviews ---

    /**
     * Plans a review.
     *
     * @throws GovernanceRuleException with {@code governance.error.agenda.required}, {@code .agenda.tooLong},
     *         {@code .duration.invalid}
     * @throws AccessDeniedException for a viewer
     */
    public UUID plan(UUID contractId, NewReview review) {
        requireEditor(contractId);
        String agenda = review.agenda().strip();
        if (agenda.isEmpty()) {
            throw new GovernanceRuleException("governance.error.agenda.required");
        }
        if (agenda.length() > Review.AGENDA_MAX_LENGTH) {
            throw new GovernanceRuleException("governance.error.agenda.tooLong");
        }
        if (review.durationMinutes() < Review.MIN_DURATION || review.durationMinutes() > Review.MAX_DURATION) {
            throw new GovernanceRuleException("governance.error.duration.invalid");
        }
        Instant startsAt = review.startsAt().atZone(clock.getZone()).toInstant().truncatedTo(ChronoUnit.MINUTES);
        return reviews.save(new Review(
                        contractId,
                        startsAt,
                        review.durationMinutes(),
                        agenda,
                        users.currentUser().id(),
                        clock.instant()))
                .id();
    }

    /** Upcoming reviews first (soonest first), then past ones (latest first). */
    @Transactional(readOnly = true)
    public List<ReviewSummary> list(UUID contractId, int offset, int limit) {
        contracts.myRole(contractId);
        Instant now = clock.instant();
        List<Review> page = queries.reviewsOfContract(contractId, now, offset, limit);
        Map<UUID, long[]> counts =
                queries.openAndOverdueCounts(page.stream().map(Review::id).toList(), today());
        return page.stream()
                .map(r -> {
                    long[] c = counts.getOrDefault(r.id(), new long[] {0, 0});
                    return new ReviewSummary(
                            r.id(),
                            r.startsAt(),
                            r.endsAt(),
                            r.agenda(),
                            r.status(),
                            !r.startsAt().isBefore(now),
                            c[0],
                            c[1]);
                })
                .toList();
    }

    @Transactional(readOnly = true)
    public long count(UUID contractId) {
        contracts.myRole(contractId);
        return queries.countReviewsOfContract(contractId);
    }

    /**
     * Checks that the caller may read the review (a member of its contract); anyone else gets "not found". What
     * another service of the module asks before reading what hangs on a review, without reading the review whole.
     *
     * @throws ReviewNotFoundException for a stranger, as for an unknown review
     */
    @Transactional(readOnly = true)
    public void requireVisible(UUID reviewId) {
        UUID contractId = contractOfReview.get(reviewId);
        if (contractId == null) {
            requireReview(reviewId);
        } else {
            roleOrNotFound(contractId, reviewId);
        }
    }

    @Transactional(readOnly = true)
    public ReviewDetail review(UUID reviewId) {
        Access access = requireReview(reviewId);
        Review r = access.review();
        List<Member> members = contracts.members(r.contractId(), 0, MAX_MEMBERS);
        Map<UUID, String> names = members.stream().collect(Collectors.toMap(Member::userId, Member::displayName));
        List<ActionItem> items = queries.actionsOfReview(reviewId);
        Map<UUID, String> allNames = namesOf(items, names);
        LocalDate today = today();
        List<ActionItemView> views =
                items.stream().map(a -> view(a, allNames, today)).toList();
        boolean canEdit = access.role().canEdit();
        return new ReviewDetail(
                r.id(),
                r.contractId(),
                r.startsAt(),
                r.durationMinutes(),
                r.agenda(),
                r.status(),
                r.minutes(),
                r.decisions(),
                r.attendees(),
                members,
                views,
                canEdit,
                canEdit && !r.held(),
                r.heldAt());
    }

    /**
     * Sets who attends, among the contract's members of both sides.
     *
     * @throws GovernanceRuleException {@code governance.error.attendee.notMember} or {@code .review.held}
     */
    public void setAttendees(UUID reviewId, Set<UUID> userIds) {
        Review r = requireRecordable(reviewId);
        Set<UUID> members = memberIds(r.contractId());
        if (!members.containsAll(userIds)) {
            throw new GovernanceRuleException("governance.error.attendee.notMember");
        }
        r.changeAttendees(new LinkedHashSet<>(userIds));
    }

    /** @throws GovernanceRuleException {@code governance.error.text.tooLong} or {@code .review.held} */
    public void saveMinutes(UUID reviewId, String minutes, String decisions) {
        Review r = requireRecordable(reviewId);
        if (minutes.length() > Review.TEXT_MAX_LENGTH || decisions.length() > Review.TEXT_MAX_LENGTH) {
            throw new GovernanceRuleException("governance.error.text.tooLong");
        }
        r.writeMinutes(minutes.strip(), decisions.strip());
    }

    /** The meeting took place: its attendees, minutes and decisions are final. */
    public void markHeld(UUID reviewId) {
        Review r = requireRecordable(reviewId);
        Instant now = clock.instant();
        r.markHeld(users.currentUser().id(), now);
        // each steering review opens a re-certification of who has access (a review held before its planned
        // start counts from now, so that a certification made today is not already out of date)
        Instant from = r.startsAt().isBefore(now) ? r.startsAt() : now;
        contractAccess.openRecertification(
                r.contractId(), from, LocalDate.now(clock).plusDays(RECERTIFICATION_DAYS));
    }

    // --- action items ---

    /**
     * @throws GovernanceRuleException {@code governance.error.action.description.required},
     *         {@code .action.description.tooLong}, {@code .action.owner.notMember}
     */
    public UUID addAction(UUID reviewId, NewActionItem item) {
        Access access = requireReview(reviewId);
        if (!access.role().canEdit()) {
            throw new AccessDeniedException("Viewers do not add action items");
        }
        String description = item.description().strip();
        if (description.isEmpty()) {
            throw new GovernanceRuleException("governance.error.action.description.required");
        }
        if (description.length() > ActionItem.DESCRIPTION_MAX_LENGTH) {
            throw new GovernanceRuleException("governance.error.action.description.tooLong");
        }
        if (!memberIds(access.review().contractId()).contains(item.ownerId())) {
            throw new GovernanceRuleException("governance.error.action.owner.notMember");
        }
        return actions.save(new ActionItem(
                        access.review(),
                        description,
                        item.ownerId(),
                        item.dueDate(),
                        users.currentUser().id(),
                        clock.instant()))
                .id();
    }

    /** Editors of either side, and the action's owner whatever their role, tick an action done or undone. */
    public void setActionDone(UUID actionId, boolean done) {
        ActionItem item = actions.findById(actionId).orElseThrow(() -> new ReviewNotFoundException(actionId));
        ContractRole role = roleOrNotFound(item.contractId(), actionId);
        UUID me = users.currentUser().id();
        if (!role.canEdit() && !item.ownerId().equals(me)) {
            throw new AccessDeniedException("Only editors and the action's owner tick it");
        }
        if (done) {
            item.markDone(me, clock.instant());
        } else {
            item.markUndone();
        }
    }

    /** The contract's open actions due before today, the most overdue first: for the overview. */
    @Transactional(readOnly = true)
    public List<ActionItemView> overdueActions(UUID contractId) {
        contracts.myRole(contractId);
        LocalDate today = today();
        List<ActionItem> items = queries.overdueActions(contractId, today, MAX_OVERDUE);
        Map<UUID, String> names = namesOf(items, Map.of());
        return items.stream().map(a -> view(a, names, today)).toList();
    }

    // --- calendar feed ---

    /** When the caller's calendar feed was created; empty when they have none (never created or revoked). */
    @Transactional(readOnly = true)
    public Optional<Instant> myCalendarFeed() {
        return feeds.findById(users.currentUser().id()).map(CalendarFeedToken::createdAt);
    }

    /**
     * Creates the caller's feed, or replaces it (the previous URL stops working). The returned secret is the
     * only copy there will ever be: only its SHA-256 is stored, as for API tokens.
     */
    public String createMyCalendarFeed() {
        UUID me = users.currentUser().id();
        byte[] bytes = new byte[FEED_RANDOM_BYTES];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        String hash = sha256(token);
        Instant now = clock.instant();
        feeds.findById(me)
                .ifPresentOrElse(
                        feed -> feed.replace(hash, now), () -> feeds.save(new CalendarFeedToken(me, hash, now)));
        return token;
    }

    public void revokeMyCalendarFeed() {
        feeds.deleteById(users.currentUser().id());
    }

    /**
     * The username a feed token belongs to; empty for an unknown, malformed or revoked token. The feed
     * endpoint then reads {@link #myCalendar()} as that user, so it shows what the user may see today.
     */
    @Transactional(readOnly = true)
    public Optional<String> calendarFeedOwner(String token) {
        if (!FEED_TOKEN_SHAPE.matcher(token).matches()) {
            return Optional.empty();
        }
        return feeds.findByTokenHash(sha256(token))
                .map(feed -> users.usersByIds(Set.of(feed.userId())).get(feed.userId()))
                .map(UserRef::username);
    }

    /**
     * The caller's open actions due within {@link #DUE_SOON_DAYS} days or overdue, on the contracts they still have
     * access to, the most overdue first: the bell's "À faire" (docs/decisions/0032). Ticking one done removes it.
     */
    @Transactional(readOnly = true)
    public List<ActionDue> myActionsDue(int limit) {
        CurrentUser me = users.currentUser();
        LocalDate today = LocalDate.now(clock);
        return queries
                .actionsDueOwnedBy(
                        me.id(),
                        contracts.myContractIds(FEED_MAX_CONTRACTS),
                        today.plusDays(DUE_SOON_DAYS),
                        Math.max(1, limit))
                .stream()
                .map(a -> new ActionDue(
                        a.id(), a.reviewId(), a.contractId(), a.description(), a.dueDate(), a.overdueOn(today)))
                .toList();
    }

    /** How many {@link #myActionsDue} there are: the bell counts them with what awaits the caller. */
    @Transactional(readOnly = true)
    public long countMyActionsDue() {
        CurrentUser me = users.currentUser();
        return queries.countActionsDueOwnedBy(
                me.id(),
                contracts.myContractIds(FEED_MAX_CONTRACTS),
                LocalDate.now(clock).plusDays(DUE_SOON_DAYS));
    }

    /** The caller's calendar: reviews of every contract they are a member of (from a year back), their open actions. */
    @Transactional(readOnly = true)
    public MyCalendar myCalendar() {
        CurrentUser me = users.currentUser();
        Map<UUID, String> references = contracts.myContracts(ContractFilter.all(), 0, FEED_MAX_CONTRACTS).stream()
                .collect(Collectors.toMap(ContractSummary::id, ContractSummary::reference));
        Instant from = LocalDate.now(clock)
                .minus(FEED_HISTORY)
                .atStartOfDay(clock.getZone())
                .toInstant();
        List<MyCalendar.Entry> entries =
                queries.reviewsOfContracts(references.keySet(), from, FEED_MAX_REVIEWS).stream()
                        .map(r -> new MyCalendar.Entry(
                                r.id(),
                                references.get(r.contractId()),
                                r.startsAt(),
                                r.endsAt(),
                                r.agenda(),
                                r.status()))
                        .toList();
        List<MyCalendar.Action> open =
                queries.openActionsOwnedBy(me.id(), references.keySet(), FEED_MAX_ACTIONS).stream()
                        .map(a -> new MyCalendar.Action(
                                a.id(), references.get(a.contractId()), a.description(), a.dueDate()))
                        .toList();
        return new MyCalendar(entries, open);
    }

    // --- internals ---

    private record Access(Review review, ContractRole role) {}

    private Access requireReview(UUID reviewId) {
        Review r = reviews.findWithAttendees(reviewId).orElseThrow(() -> new ReviewNotFoundException(reviewId));
        contractOfReview.put(reviewId, r.contractId());
        return new Access(r, roleOrNotFound(r.contractId(), reviewId));
    }

    /** A member's role; for anyone else the review or action is simply not found. */
    private ContractRole roleOrNotFound(UUID contractId, UUID id) {
        try {
            return contracts.myRole(contractId);
        } catch (ContractNotFoundException e) {
            throw new ReviewNotFoundException(id);
        }
    }

    private Review requireRecordable(UUID reviewId) {
        Access access = requireReview(reviewId);
        if (!access.role().canEdit()) {
            throw new AccessDeniedException("Viewers do not keep the review's record");
        }
        if (access.review().held()) {
            throw new GovernanceRuleException("governance.error.review.held");
        }
        return access.review();
    }

    private void requireEditor(UUID contractId) {
        if (!contracts.myRole(contractId).canEdit()) {
            throw new AccessDeniedException("Viewers do not plan reviews");
        }
    }

    private Set<UUID> memberIds(UUID contractId) {
        return contracts.members(contractId, 0, MAX_MEMBERS).stream()
                .map(Member::userId)
                .collect(Collectors.toSet());
    }

    /** Names of owners and of who ticked: from {@code known} (the members), the rest (former members) in one query. */
    private Map<UUID, String> namesOf(List<ActionItem> items, Map<UUID, String> known) {
        Set<UUID> missing = new HashSet<>();
        for (ActionItem a : items) {
            missing.add(a.ownerId());
            if (a.doneBy() != null) {
                missing.add(a.doneBy());
            }
        }
        missing.removeAll(known.keySet());
        Map<UUID, String> names = new java.util.HashMap<>(known);
        users.usersByIds(missing).forEach((id, user) -> names.put(id, user.displayName()));
        return names;
    }

    private static ActionItemView view(ActionItem a, Map<UUID, String> names, LocalDate today) {
        UUID doneBy = a.doneBy();
        return new ActionItemView(
                a.id(),
                a.reviewId(),
                a.description(),
                a.ownerId(),
                names.getOrDefault(a.ownerId(), ""),
                a.dueDate(),
                a.done(),
                a.doneAt(),
                doneBy == null ? null : names.getOrDefault(doneBy, ""),
                a.overdueOn(today));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private LocalDateTime local(Instant instant) {
        return LocalDateTime.ofInstant(instant, clock.getZone());
    }

    static String sha256(String token) {
        return Sha256.hex(token); // a base64url token: its UTF-8 bytes are its ASCII bytes
    }
}
