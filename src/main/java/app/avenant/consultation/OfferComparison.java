package app.avenant.consultation;

import app.avenant.contract.terms.ScopeItem;
import app.avenant.contract.terms.ServiceLevel;
import app.avenant.contract.terms.Terms;
import app.avenant.contract.terms.VolumePricing;
import app.avenant.contract.terms.VolumeTerms;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The offers side by side, as the PME weighs them. Plain Java over the contract's own pricing engine
 * ({@link VolumePricing}): each month of the first year, every volume item's expected units (the need's baseline
 * times its seasonal coefficient) are priced by each offer exactly as a statement would bill them, to the cent.
 * <ul>
 *   <li>cost score: the cheapest offer's year ÷ this offer's year × 100;</li>
 *   <li>levels score: the share of the levels asked that the offer meets or exceeds (its target ≥ the one asked);</li>
 *   <li>security score: yes counts 1, partly ½, no 0, over the questions asked;</li>
 *   <li>score: the mean of the three (their exact values, not those rounded for display) weighted by the PME's
 *   {@link Weights}, rounded once to one decimal.</li>
 * </ul>
 */
public final class OfferComparison {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final int MONTHS = 12;

    private OfferComparison() {}

    /** An answered offer, as the comparison reads it. */
    public record Answered(
            UUID offerId, String providerName, Terms terms, Map<SecurityQuestion, SecurityAnswer> answers) {}

    /** One level asked (target and minimum) and what an offer commits to; it meets it when its target does. */
    public record LevelLine(
            String key,
            String metric,
            BigDecimal asked,
            BigDecimal askedMinimum,
            BigDecimal committed,
            BigDecimal committedMinimum,
            boolean meets) {}

    /**
     * @param monthlyCost the cost of each month of the first year, to the cent
     * @param yearlyCost  their sum
     * @param levels      each level asked, with the offer's commitment
     * @param levelsMet   how many levels the offer meets or exceeds
     * @param scores      cost, levels and security scores, 0–100, one decimal
     * @param score       the weighted score, 0–100, one decimal
     * @param rank        1 for the best score (the cheaper first on a tie)
     */
    public record Row(
            UUID offerId,
            String providerName,
            List<BigDecimal> monthlyCost,
            BigDecimal yearlyCost,
            List<LevelLine> levels,
            int levelsMet,
            BigDecimal costScore,
            BigDecimal levelsScore,
            BigDecimal securityScore,
            BigDecimal score,
            int rank) {}

    /** The months compared (the first year from the need's start) and one row per offer, best first. */
    public record Result(List<YearMonth> months, List<Row> rows) {}

    public static List<YearMonth> months(Terms need) {
        YearMonth first = YearMonth.from(need.header().startDate());
        List<YearMonth> months = new ArrayList<>(MONTHS);
        for (int i = 0; i < MONTHS; i++) {
            months.add(first.plusMonths(i));
        }
        return months;
    }

    /** The units expected each month of the first year, per volume item of the need (by key). */
    public static long expectedUnits(VolumeTerms need, YearMonth month) {
        return VolumePricing.monthBaseline(need, month.getMonth());
    }

    public static Result compare(Terms need, Set<SecurityQuestion> asked, List<Answered> offers, Weights weights) {
        List<YearMonth> months = months(need);
        List<Row> unranked = new ArrayList<>();
        List<BigDecimal> yearly = new ArrayList<>();
        for (Answered offer : offers) {
            yearly.add(sum(monthlyCost(need, offer.terms(), months)));
        }
        BigDecimal cheapest = yearly.stream().min(Comparator.naturalOrder()).orElse(BigDecimal.ZERO);
        for (int i = 0; i < offers.size(); i++) {
            Answered offer = offers.get(i);
            List<BigDecimal> monthly = monthlyCost(need, offer.terms(), months);
            BigDecimal year = yearly.get(i);
            List<LevelLine> levels = levels(need, offer.terms());
            int met = (int) levels.stream().filter(LevelLine::meets).count();
            // the parts are shown to one decimal; the score weighs their exact values, then is rounded once
            BigDecimal exactCost =
                    year.signum() == 0 ? HUNDRED : cheapest.multiply(HUNDRED).divide(year, 10, RoundingMode.HALF_UP);
            BigDecimal exactLevels = levels.isEmpty()
                    ? HUNDRED
                    : BigDecimal.valueOf(met)
                            .multiply(HUNDRED)
                            .divide(BigDecimal.valueOf(levels.size()), 10, RoundingMode.HALF_UP);
            BigDecimal exactSecurity = securityScore(asked, offer.answers());
            BigDecimal weighted = exactCost
                    .multiply(BigDecimal.valueOf(weights.cost()))
                    .add(exactLevels.multiply(BigDecimal.valueOf(weights.levels())))
                    .add(exactSecurity.multiply(BigDecimal.valueOf(weights.security())))
                    .divide(
                            BigDecimal.valueOf(weights.cost() + weights.levels() + weights.security()),
                            1,
                            RoundingMode.HALF_UP);
            BigDecimal costScore = oneDecimal(exactCost);
            BigDecimal levelsScore = oneDecimal(exactLevels);
            BigDecimal securityScore = oneDecimal(exactSecurity);
            unranked.add(new Row(
                    offer.offerId(),
                    offer.providerName(),
                    monthly,
                    year,
                    levels,
                    met,
                    costScore,
                    levelsScore,
                    securityScore,
                    weighted,
                    0));
        }
        List<Row> sorted = unranked.stream()
                .sorted(Comparator.comparing(Row::score)
                        .reversed()
                        .thenComparing(Row::yearlyCost)
                        .thenComparing(Row::providerName))
                .toList();
        List<Row> ranked = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            Row r = sorted.get(i);
            ranked.add(new Row(
                    r.offerId(),
                    r.providerName(),
                    r.monthlyCost(),
                    r.yearlyCost(),
                    r.levels(),
                    r.levelsMet(),
                    r.costScore(),
                    r.levelsScore(),
                    r.securityScore(),
                    r.score(),
                    i + 1));
        }
        return new Result(months, ranked);
    }

    /** Each month's charge of the offer for the units the need expects that month, every volume item summed. */
    public static List<BigDecimal> monthlyCost(Terms need, Terms offer, List<YearMonth> months) {
        List<BigDecimal> costs = new ArrayList<>(months.size());
        for (YearMonth month : months) {
            BigDecimal total = BigDecimal.ZERO.setScale(2);
            for (ScopeItem item : need.scopeItems()) {
                VolumeTerms asked = item.volume();
                VolumeTerms priced =
                        offer.scopeItem(item.key()).map(ScopeItem::volume).orElse(null);
                if (asked == null || priced == null) {
                    continue;
                }
                long units = expectedUnits(asked, month);
                total = total.add(
                        VolumePricing.charge(priced, month.getMonth(), units).total());
            }
            costs.add(total);
        }
        return costs;
    }

    private static List<LevelLine> levels(Terms need, Terms offer) {
        List<LevelLine> lines = new ArrayList<>();
        for (ServiceLevel asked : need.serviceLevels()) {
            var offered = offer.serviceLevel(asked.key());
            BigDecimal committed = offered.map(ServiceLevel::targetPercent).orElse(BigDecimal.ZERO);
            lines.add(new LevelLine(
                    asked.key(),
                    asked.metric(),
                    asked.targetPercent(),
                    asked.minimumPercent(),
                    committed,
                    offered.map(ServiceLevel::minimumPercent).orElse(BigDecimal.ZERO),
                    committed.compareTo(asked.targetPercent()) >= 0));
        }
        return lines;
    }

    private static BigDecimal securityScore(
            Set<SecurityQuestion> asked, Map<SecurityQuestion, SecurityAnswer> answers) {
        if (asked.isEmpty()) {
            return HUNDRED;
        }
        double points = 0;
        for (SecurityQuestion question : asked) {
            SecurityAnswer answer = answers.get(question);
            points += answer == null ? 0 : answer.level().weight();
        }
        // halves over at most nine questions: exact in a double
        return BigDecimal.valueOf(points)
                .multiply(HUNDRED)
                .divide(BigDecimal.valueOf(asked.size()), 10, RoundingMode.HALF_UP);
    }

    private static BigDecimal sum(List<BigDecimal> amounts) {
        return amounts.stream().reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }

    private static BigDecimal oneDecimal(BigDecimal value) {
        return value.setScale(1, RoundingMode.HALF_UP);
    }
}
