package app.avenant.performance;

import app.avenant.contract.terms.ContractHeader;
import java.time.YearMonth;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * @param month             the current month
 * @param serviceLevels     this month's results so far (red missed, amber at risk, green met)
 * @param upcoming          pending deliverables due from today, soonest first (a few)
 * @param overdue           pending deliverables whose due date has passed
 * @param openChangeRequests change requests neither accepted, rejected nor withdrawn
 * @param rebaseline        scope items to re-baseline
 * @param penaltyCap        the cap and its consumption so far
 * @param header            the frame of the terms in force (term, renewal, notice), for the renewal card; null
 *                          while no version has been adopted
 */
public record ContractOverview(
        YearMonth month,
        List<SlaResult> serviceLevels,
        List<DeliverableRow> upcoming,
        long overdue,
        long openChangeRequests,
        List<RebaselineSuggestion> rebaseline,
        PenaltyCap penaltyCap,
        @Nullable ContractHeader header) {

    public ContractOverview {
        serviceLevels = List.copyOf(serviceLevels);
        upcoming = List.copyOf(upcoming);
        rebaseline = List.copyOf(rebaseline);
    }
}
