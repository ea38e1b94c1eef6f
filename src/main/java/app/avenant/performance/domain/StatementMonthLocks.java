package app.avenant.performance.domain;

import java.time.Clock;
import java.time.YearMonth;
import java.util.Collection;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A month is locked when the latest revision of its statement is locked (both sides validated it). A statement is
 * validated only once its month has ended, so a month not ended yet is never locked: asking about the current and
 * future months only (the overview's upcoming deliverables, most of the time) runs no statement.
 */
@Component
class StatementMonthLocks implements MonthLocks {

    private final StatementRecordRepository statements;
    private final Clock clock;

    StatementMonthLocks(StatementRecordRepository statements, Clock clock) {
        this.statements = statements;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public Set<YearMonth> lockedAmong(UUID contractId, Collection<YearMonth> months) {
        Set<Integer> periods = months.stream()
                .filter(month -> MonthLocks.ended(month, clock))
                .map(PeriodMonths::of)
                .collect(Collectors.toSet());
        if (periods.isEmpty()) {
            return Set.of();
        }
        return statements.lockedMonths(contractId, periods).stream()
                .map(PeriodMonths::toYearMonth)
                .collect(Collectors.toUnmodifiableSet());
    }
}
