package app.avenant.governance;

import app.avenant.change.ChangeRequestStatus;
import app.avenant.change.ChangeRequestSummary;
import app.avenant.change.ChangeRequests;
import app.avenant.contract.Contracts;
import app.avenant.governance.MeetingPack.PackPeriod;
import app.avenant.governance.MeetingPack.PreviousReview;
import app.avenant.governance.domain.MeetingPackQueries;
import app.avenant.governance.domain.PackPeriods;
import app.avenant.governance.domain.PerformanceDigest;
import app.avenant.governance.domain.Review;
import app.avenant.governance.domain.ReviewDecisionChangeRepository;
import app.avenant.performance.IndicatorReport;
import app.avenant.performance.Indicators;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dossier de séance of a comité, for any member of its contract (an outsider gets
 * {@link ReviewNotFoundException}, as for a review that does not exist). It reads the other modules through
 * their public services, each of which checks the caller's membership again; the number of statements does
 * not grow with the number of months, change requests or actions.
 */
@Service
@Transactional(readOnly = true)
public class MeetingPacks {

    /** A comité discusses a handful of open requests; the rest is one click away on the contract. */
    public static final int MAX_OPEN_CHANGE_REQUESTS = 20;

    private final Reviews reviews;
    private final ReviewDecisionChangeRepository decisions;
    private final MeetingPackQueries queries;
    private final Contracts contracts;
    private final Indicators indicators;
    private final ChangeRequests changeRequests;
    private final AccessRegister register;
    private final Clock clock;

    MeetingPacks(
            Reviews reviews,
            ReviewDecisionChangeRepository decisions,
            MeetingPackQueries queries,
            Contracts contracts,
            Indicators indicators,
            ChangeRequests changeRequests,
            AccessRegister register,
            Clock clock) {
        this.reviews = reviews;
        this.decisions = decisions;
        this.queries = queries;
        this.contracts = contracts;
        this.indicators = indicators;
        this.changeRequests = changeRequests;
        this.register = register;
        this.clock = clock;
    }

    public MeetingPack pack(UUID reviewId) {
        ReviewDetail review = reviews.review(reviewId); // outsiders: not found
        UUID contractId = review.contractId();
        Review previous =
                queries.previousHeldReview(contractId, review.startsAt()).orElse(null);
        Instant heldAt = review.heldAt();
        PackPeriod period = PackPeriods.choose(
                month(review.startsAt()),
                // a held review's period ends where it stood that day, not where today is
                heldAt != null ? month(heldAt) : YearMonth.now(clock),
                previous == null ? null : month(previous.startsAt()),
                YearMonth.from(
                        contracts.currentTerms(contractId).terms().header().startDate()));
        IndicatorReport report = indicators.report(contractId, period.from(), period.to());

        List<ChangeRequestSummary> open = new ArrayList<>(
                changeRequests.list(contractId, ChangeRequestStatus.SUBMITTED, 0, MAX_OPEN_CHANGE_REQUESTS));
        open.addAll(changeRequests.list(contractId, ChangeRequestStatus.DRAFT, 0, MAX_OPEN_CHANGE_REQUESTS));
        open.sort(Comparator.comparing((ChangeRequestSummary cr) -> cr.status() != ChangeRequestStatus.SUBMITTED)
                .thenComparing(ChangeRequestSummary::number, Comparator.reverseOrder()));
        long openCount = changeRequests.countOpen(contractId);
        List<ActionItemView> overdue = reviews.overdueActions(contractId);
        List<ActionItemView> openActions =
                review.actions().stream().filter(a -> !a.done()).toList();
        if (heldAt != null) {
            // a held review's pack reads as it was that day (issue 15): what came after it is not on its table
            open.removeIf(cr -> cr.createdAt().isAfter(heldAt));
            openCount = open.size();
            LocalDate heldOn = LocalDate.ofInstant(heldAt, clock.getZone());
            overdue = overdue.stream().filter(a -> a.dueDate().isBefore(heldOn)).toList();
            openActions = review.actions().stream()
                    .filter(a -> !a.done() || (a.doneAt() != null && a.doneAt().isAfter(heldAt)))
                    .toList();
        }

        PreviousReview carried = previous == null
                ? null
                : new PreviousReview(
                        previous.id(),
                        previous.startsAt(),
                        previous.decisions(),
                        ReviewDecisions.followedOf(decisions, previous.id()));
        return new MeetingPack(
                review.id(),
                contractId,
                review.startsAt(),
                review.status(),
                period,
                PerformanceDigest.serviceLevels(report.months()),
                PerformanceDigest.volumes(report.months()),
                PerformanceDigest.credits(report.months()),
                PerformanceDigest.penaltyCap(report.months()),
                open.subList(0, Math.min(open.size(), MAX_OPEN_CHANGE_REQUESTS)),
                openCount,
                overdue,
                openActions,
                review.members(),
                carried,
                review.canEdit(),
                register.summary(contractId));
    }

    private YearMonth month(java.time.Instant instant) {
        return YearMonth.from(instant.atZone(clock.getZone()));
    }
}
