package app.avenant.performance.domain;

import app.avenant.contract.VersionAdoption;
import app.avenant.contract.internal.ContractsForModules;
import app.avenant.contract.terms.Terms;
import app.avenant.performance.MonthFigures;
import app.avenant.performance.metrics.ItemActuals;
import app.avenant.performance.metrics.MonthCalculator;
import app.avenant.performance.metrics.VersionTimeline;
import app.avenant.shared.RequestMemo;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Prices and measures a contract's months, from its start to a given month, for the services of the module
 * (which have already checked the caller's membership). The penalty cap is consumed over the contract's life,
 * so a month's credits depend on every month before it: the months are computed from the start, in order.
 * <p>
 * SQL statements are bounded whatever the number of months or deliverables: the adoptions, the terms of each
 * version used (once each), and one query on the monthly totals and the measurements. The contract module is
 * asked through its internals ({@link ContractsForModules}, no user's right checked): callers check the user's
 * membership first ({@code Contracts.myRole}), and checking it again for every read would only repeat the same
 * two queries.
 */
@Component
public class ContractMonths {

    private static final String COMPUTED = "performance.months";

    private record Computed(UUID contractId, YearMonth last, List<VersionAdoption> adoptions) {}

    private final ContractsForModules contracts;
    private final MonthTotalsQuery totals;

    ContractMonths(ContractsForModules contracts, MonthTotalsQuery totals) {
        this.contracts = contracts;
        this.totals = totals;
    }

    /**
     * Every month from the contract's start up to {@code last} (none when the contract has no version yet).
     * Computed once per request for the same contract, month and versions: the statement screen shows the
     * statement, the indicators and the rebaseline suggestions, each from the same months (issue 13, point 4). A
     * write of deliverables or measurements in the request forgets them ({@link #forgetComputed}); an adopted
     * version changes the key.
     */
    public ContractMonthsFigures upTo(UUID contractId, YearMonth last) {
        List<VersionAdoption> adoptions = contracts.adoptions(contractId);
        return RequestMemo.get(
                COMPUTED, new Computed(contractId, last, adoptions), () -> compute(contractId, last, adoptions));
    }

    /** After a write of deliverables, month totals or measurements: this request's next months are computed again. */
    public static void forgetComputed() {
        RequestMemo.forget(COMPUTED);
    }

    private ContractMonthsFigures compute(UUID contractId, YearMonth last, List<VersionAdoption> adoptions) {
        VersionTimeline timeline = new VersionTimeline(adoptions);
        Map<Integer, Terms> terms = new HashMap<>();
        if (timeline.isEmpty()) {
            return new ContractMonthsFigures(timeline, terms, null, List.of(), Map.of());
        }
        YearMonth start = YearMonth.from(termsOf(contractId, 1, terms).header().startDate());
        if (last.isBefore(start)) {
            return new ContractMonthsFigures(timeline, terms, start, List.of(), Map.of());
        }
        int first = PeriodMonths.of(start);
        int end = PeriodMonths.of(last);
        MonthTotalsQuery.MonthData data = totals.between(contractId, first, end);
        Map<Integer, Map<String, ItemActuals>> actuals = data.actuals();
        Map<YearMonth, Map<String, BigDecimal>> measured = data.measured();
        List<MonthFigures> months = new ArrayList<>();
        BigDecimal consumed = BigDecimal.ZERO.setScale(2);
        for (YearMonth month = start; !month.isAfter(last); month = month.plusMonths(1)) {
            int version = timeline.versionPricing(month);
            MonthFigures figures = MonthCalculator.compute(
                    month,
                    version,
                    termsOf(contractId, version, terms),
                    actuals.getOrDefault(PeriodMonths.of(month), Map.of()),
                    measured.getOrDefault(month, Map.of()),
                    consumed,
                    months);
            months.add(figures);
            consumed = consumed.add(figures.credits());
        }
        return new ContractMonthsFigures(timeline, terms, start, months, measured);
    }

    /** The terms of a version, read once per call (a version's terms are parsed from JSON). */
    public Terms termsOf(UUID contractId, int version, Map<Integer, Terms> cache) {
        return cache.computeIfAbsent(version, v -> contracts.termsOfVersion(contractId, v));
    }

    /** The result: months oldest first, and what was read to compute them. */
    public final class ContractMonthsFigures {

        private final VersionTimeline timeline;
        private final Map<Integer, Terms> terms;
        private final @Nullable YearMonth start;
        private final List<MonthFigures> months;
        private final Map<YearMonth, Map<String, BigDecimal>> measured;

        ContractMonthsFigures(
                VersionTimeline timeline,
                Map<Integer, Terms> terms,
                @Nullable YearMonth start,
                List<MonthFigures> months,
                Map<YearMonth, Map<String, BigDecimal>> measured) {
            this.timeline = timeline;
            this.terms = terms;
            this.start = start;
            this.months = List.copyOf(months);
            this.measured = measured;
        }

        public VersionTimeline timeline() {
            return timeline;
        }

        /** The contract's first month; null when no version was adopted yet. */
        public @Nullable YearMonth start() {
            return start;
        }

        /** Every month computed, oldest first. */
        public List<MonthFigures> months() {
            return months;
        }

        /** The months of {@code from}..{@code to} that belong to the contract, oldest first. */
        public List<MonthFigures> between(YearMonth from, YearMonth to) {
            return months.stream()
                    .filter(m -> !m.month().isBefore(from) && !m.month().isAfter(to))
                    .toList();
        }

        public Optional<MonthFigures> month(YearMonth month) {
            return months.stream().filter(m -> m.month().equals(month)).findFirst();
        }

        public Map<String, BigDecimal> measured(YearMonth month) {
            return measured.getOrDefault(month, Map.of());
        }

        /** The terms of a version (read at most once per computation). */
        public Terms termsOf(UUID contractId, int version) {
            return ContractMonths.this.termsOf(contractId, version, terms);
        }
    }
}
