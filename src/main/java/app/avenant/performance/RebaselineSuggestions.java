package app.avenant.performance;

import app.avenant.contract.terms.Terms;
import app.avenant.performance.domain.ContractMonths;
import app.avenant.performance.domain.ContractMonths.ContractMonthsFigures;
import app.avenant.performance.metrics.RebaselineDetector;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Where the re-baselining suggestions come from, for the read service that shows them ({@link IndicatorService})
 * and the one that drafts a change request from them ({@link RebaselineService}). Checks nothing: its callers
 * check the caller's right first.
 */
@Component
class RebaselineSuggestions {

    /** How far back the re-baselining prompt looks, in ended months. */
    static final int REBASELINE_LOOKBACK = 12;

    private final ContractMonths months;
    private final Clock clock;

    RebaselineSuggestions(ContractMonths months, Clock clock) {
        this.months = months;
        this.clock = clock;
    }

    /** Up to the last ended month, against the terms in force now. */
    List<RebaselineSuggestion> of(UUID contractId) {
        YearMonth lastEnded = YearMonth.now(clock).minusMonths(1);
        ContractMonthsFigures computed = months.upTo(contractId, lastEnded);
        Terms current = currentTerms(contractId, computed);
        return current == null ? List.of() : suggestions(computed, lastEnded, current);
    }

    /** Over the ended months of the last year, against the terms in force now. */
    static List<RebaselineSuggestion> suggestions(ContractMonthsFigures computed, YearMonth lastEnded, Terms current) {
        List<MonthFigures> ended = computed.between(lastEnded.minusMonths(REBASELINE_LOOKBACK - 1), lastEnded);
        return RebaselineDetector.detect(ended, current);
    }

    static @Nullable Terms currentTerms(UUID contractId, ContractMonthsFigures computed) {
        int version = computed.timeline().currentVersion();
        return version == 0 ? null : computed.termsOf(contractId, version);
    }
}
