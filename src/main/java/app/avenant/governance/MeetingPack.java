package app.avenant.governance;

import app.avenant.change.ChangeRequestSummary;
import app.avenant.contract.Member;
import app.avenant.performance.SlaStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The dossier de séance of one comité: what both sides look at before and during the meeting.
 *
 * @param period              the months the figures cover (see {@link PackPeriod})
 * @param serviceLevels       per service level, how many months of the period were met, at risk, missed or
 *                            not measured, and its latest status; critical levels first
 * @param volumes             per scope item, the period's units against its baseline
 * @param credits             service credits of the period, in euros
 * @param penaltyCap          the contract's cap on credits at the end of the period; null when the period
 *                            has no priced month (before the contract's first version)
 * @param openChangeRequests  drafts and submitted requests, submitted first (at most
 *                            {@link MeetingPacks#MAX_OPEN_CHANGE_REQUESTS})
 * @param openChangeRequestCount all open requests, however many are listed
 * @param overdueActions      the contract's open actions past their due date, the most overdue first
 * @param openActions         this review's actions not done yet
 * @param accessList          members of both sides, to re-certify at the comité
 * @param previous            the last held review before this one, whose decisions are carried over
 * @param canOpenChangeRequest the caller may turn a decision into a draft change request
 * @param register            the access register and RGPD checklist, reviewed at each comité
 */
public record MeetingPack(
        UUID reviewId,
        UUID contractId,
        Instant startsAt,
        ReviewStatus status,
        PackPeriod period,
        List<ServiceLevelLine> serviceLevels,
        List<VolumeLine> volumes,
        BigDecimal credits,
        @Nullable PenaltyCapLine penaltyCap,
        List<ChangeRequestSummary> openChangeRequests,
        long openChangeRequestCount,
        List<ActionItemView> overdueActions,
        List<ActionItemView> openActions,
        List<Member> accessList,
        @Nullable PreviousReview previous,
        boolean canOpenChangeRequest,
        RegisterSummary register) {

    public MeetingPack {
        serviceLevels = List.copyOf(serviceLevels);
        volumes = List.copyOf(volumes);
        openChangeRequests = List.copyOf(openChangeRequests);
        overdueActions = List.copyOf(overdueActions);
        openActions = List.copyOf(openActions);
        accessList = List.copyOf(accessList);
    }

    /**
     * From the month after the previous held review (or three months back, never before the contract's first
     * month) to the review's month (never after the current month), twelve months at most.
     */
    public record PackPeriod(YearMonth from, YearMonth to) {

        public PackPeriod {
            if (to.isBefore(from)) {
                throw new IllegalArgumentException("A period ends after it starts: " + from + " – " + to);
            }
        }

        public int months() {
            return (int) (from.until(to, java.time.temporal.ChronoUnit.MONTHS) + 1);
        }
    }

    /**
     * @param latest the status of the period's last month; null when the level did not exist then
     */
    public record ServiceLevelLine(
            String key,
            String metric,
            boolean critical,
            BigDecimal targetPercent,
            int met,
            int atRisk,
            int missed,
            int notMeasured,
            @Nullable SlaStatus latest) {}

    /**
     * @param baseline     the sum of the months' baselines (after the seasonal profile); null without volume terms
     * @param monthsAbove  months above the flex range
     * @param monthsBelow  months below the flex range
     */
    public record VolumeLine(
            String scopeItemKey,
            String title,
            String unitOfMeasure,
            long units,
            @Nullable Long baseline,
            int monthsAbove,
            int monthsBelow) {}

    /** Credits consumed since the contract's start against the cap of the terms in force. */
    /** @param cap null when the terms set no cap */
    public record PenaltyCapLine(
            BigDecimal consumed, @Nullable BigDecimal cap, boolean reached) {}

    /** The last held review: its decisions and those already followed by a change request. */
    public record PreviousReview(UUID id, Instant startsAt, String decisions, List<FollowedDecision> followed) {

        public PreviousReview {
            followed = List.copyOf(followed);
        }
    }
}
