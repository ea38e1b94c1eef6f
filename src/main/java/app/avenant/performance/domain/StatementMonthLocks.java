package app.avenant.performance.domain;

import java.time.YearMonth;
import java.util.Collection;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** A month is locked when the latest revision of its statement is locked (both sides validated it). */
@Component
class StatementMonthLocks implements MonthLocks {

    private final StatementRecordRepository statements;

    StatementMonthLocks(StatementRecordRepository statements) {
        this.statements = statements;
    }

    @Override
    @Transactional(readOnly = true)
    public Set<YearMonth> lockedAmong(UUID contractId, Collection<YearMonth> months) {
        if (months.isEmpty()) {
            return Set.of();
        }
        Set<Integer> periods = months.stream().map(PeriodMonths::of).collect(Collectors.toSet());
        return statements.lockedMonths(contractId, periods).stream()
                .map(PeriodMonths::toYearMonth)
                .collect(Collectors.toUnmodifiableSet());
    }
}
