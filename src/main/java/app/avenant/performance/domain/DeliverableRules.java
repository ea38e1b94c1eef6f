package app.avenant.performance.domain;

import app.avenant.contract.terms.ContractHeader;
import app.avenant.contract.terms.Renewal;
import app.avenant.contract.terms.Terms;
import app.avenant.performance.DeliverableInput;
import app.avenant.performance.DeliverableViolation;
import app.avenant.performance.QualityOutcome;
import app.avenant.performance.metrics.VersionTimeline;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The rules every deliverable obeys, whichever way it comes in (form, CSV, API). Pure: the service gives it
 * what it read from the database (the version timeline, the terms of the versions pricing the batch's months,
 * the locked months, the deliverables already stored under the batch's references) and today's date.
 * <p>
 * Every broken rule of every line is reported, not just the first. Codes are message keys of the
 * {@code performance} bundle; arguments are text: dates as {@code dd/MM/yyyy}, months as {@code MM/yyyy}, and
 * the earlier position named by {@code performance.error.reference.duplicate} as a 0-based batch index, like
 * {@link DeliverableViolation#index()} (a channel that shows line numbers converts it the same way).
 */
public final class DeliverableRules {

    public static final int REFERENCE_MAX_LENGTH = 80;
    public static final long UNITS_MAX = 10_000_000L;
    public static final BigDecimal COST_MAX = new BigDecimal("1000000000");
    /**
     * How far ahead a due date may lie, whatever the contract (docs/decisions/0014): longer than any term and
     * renewal a contract of the portal plans, short enough that 2062 typed for 2026, or 9999, is caught.
     */
    public static final int HORIZON_YEARS = 5;

    /** Letters (accented too), digits, and - _ . / and space. */
    private static final Pattern REFERENCE = Pattern.compile("[\\p{L}\\p{N}\\-_./ ]+");

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MM/yyyy");

    private final VersionTimeline timeline;
    private final Map<Integer, Terms> termsByVersion;
    private final LocalDate today;

    /**
     * @param termsByVersion the terms of (at least) every version that {@link #versionsPricing} names for the
     *                       batch
     */
    public DeliverableRules(VersionTimeline timeline, Map<Integer, Terms> termsByVersion, LocalDate today) {
        this.timeline = timeline;
        this.termsByVersion = Map.copyOf(termsByVersion);
        this.today = today;
    }

    /** What a check found: the violations, else which lines are new and how many were already stored. */
    public record Outcome(List<DeliverableViolation> violations, List<DeliverableInput> toInsert, int alreadyRecorded) {

        public boolean valid() {
            return violations.isEmpty();
        }
    }

    /** A batch of a wrong size, checked before anything is read: empty, or more than {@code max} lines. */
    public static @Nullable DeliverableViolation sizeViolation(Collection<?> batch, int max) {
        if (batch.isEmpty()) {
            return DeliverableViolation.of(0, "batch", "performance.error.batch.empty");
        }
        if (batch.size() > max) {
            return DeliverableViolation.of(0, "batch", "performance.error.batch.tooLarge", max, batch.size());
        }
        return null;
    }

    /**
     * The month a deliverable counts in: its delivery month, or its due month while pending; null when it has
     * no date to tell.
     */
    public static @Nullable YearMonth monthOf(DeliverableInput input) {
        LocalDate day = input.deliveredOn() != null ? input.deliveredOn() : nullable(input.dueDate());
        return day == null ? null : YearMonth.from(day);
    }

    /** The months of a batch (for one {@link MonthLocks} query). */
    public static Set<YearMonth> monthsOf(Collection<DeliverableInput> batch) {
        Set<YearMonth> months = new LinkedHashSet<>();
        for (DeliverableInput input : batch) {
            YearMonth month = monthOf(input);
            if (month != null) {
                months.add(month);
            }
        }
        return months;
    }

    /** The versions whose terms the check needs: those pricing the batch's months (none without a version). */
    public static Set<Integer> versionsPricing(VersionTimeline timeline, Collection<DeliverableInput> batch) {
        Set<Integer> versions = new LinkedHashSet<>();
        if (timeline.isEmpty()) {
            return versions;
        }
        versions.add(timeline.currentVersion());
        for (YearMonth month : monthsOf(batch)) {
            versions.add(timeline.versionPricing(month));
        }
        return versions;
    }

    /**
     * Checks a batch.
     *
     * @param lockedMonths the locked months among the batch's months
     * @param stored       deliverables already stored under the batch's references, by reference: an
     *                     identical one is skipped (idempotency), a different one is a conflict
     */
    public Outcome check(
            List<DeliverableInput> batch, Set<YearMonth> lockedMonths, Map<String, DeliverableInput> stored) {
        if (timeline.isEmpty()) {
            // one message for the batch rather than the same one on each of its lines
            return new Outcome(
                    List.of(DeliverableViolation.of(0, "batch", "performance.error.contract.noTerms")), List.of(), 0);
        }
        List<DeliverableViolation> violations = new ArrayList<>();
        List<DeliverableInput> toInsert = new ArrayList<>(batch.size());
        int alreadyRecorded = 0;
        Map<String, Integer> firstIndexOfReference = new HashMap<>();
        for (int index = 0; index < batch.size(); index++) {
            DeliverableInput input = batch.get(index);
            String reference = nullable(input.reference());
            if (reference != null && !reference.isBlank()) {
                Integer earlier = firstIndexOfReference.putIfAbsent(reference, index);
                if (earlier != null) {
                    violations.add(DeliverableViolation.of(
                            index, "reference", "performance.error.reference.duplicate", earlier));
                    continue;
                }
                DeliverableInput existing = stored.get(reference);
                if (existing != null) {
                    if (sameValues(existing, input)) {
                        alreadyRecorded++;
                    } else {
                        violations.add(DeliverableViolation.of(
                                index, "reference", "performance.error.reference.conflict", reference));
                    }
                    continue;
                }
            }
            List<DeliverableViolation> ofLine = checkLine(index, input, lockedMonths);
            if (ofLine.isEmpty()) {
                toInsert.add(input);
            }
            violations.addAll(ofLine);
        }
        return new Outcome(
                List.copyOf(violations), violations.isEmpty() ? List.copyOf(toInsert) : List.of(), alreadyRecorded);
    }

    /** The rules of one line on its own (reference format, scope item, dates, units, quality, cost, lock). */
    public List<DeliverableViolation> checkLine(int index, DeliverableInput input, Set<YearMonth> lockedMonths) {
        List<DeliverableViolation> violations = new ArrayList<>();
        checkReference(index, nullable(input.reference()), violations);
        YearMonth month = monthOf(input);
        Terms terms = termsPricing(month);
        if (terms == null) {
            violations.add(DeliverableViolation.of(index, "scopeItem", "performance.error.contract.noTerms"));
        } else {
            checkScopeItem(index, nullable(input.scopeItemKey()), terms, month, violations);
        }
        LocalDate start = terms == null ? null : terms.header().startDate();
        checkDates(index, input, start, contractEnd(currentTerms().header()), violations);
        checkTimes(index, input, violations);
        checkUnits(index, input.units(), violations);
        checkQuality(index, input, violations);
        checkCost(index, input.cost(), violations);
        if (month != null && lockedMonths.contains(month)) {
            violations.add(DeliverableViolation.of(
                    index,
                    input.deliveredOn() != null ? "deliveredOn" : "dueDate",
                    "performance.error.month.locked",
                    MONTH.format(month)));
        }
        return violations;
    }

    /** A request cannot come after its delivery, nor after today. */
    private void checkTimes(int index, DeliverableInput input, List<DeliverableViolation> violations) {
        LocalDateTime requested = input.requestedAt();
        if (requested == null) {
            return;
        }
        if (requested.toLocalDate().isAfter(today)) {
            violations.add(DeliverableViolation.of(
                    index, "requestedAt", "performance.error.requestedAt.future", DATE.format(today)));
        } else if (input.deliveredAt() != null && input.deliveredAt().isBefore(requested)) {
            violations.add(
                    DeliverableViolation.of(index, "deliveredOn", "performance.error.deliveredAt.beforeRequest"));
        } else if (input.deliveredAt() == null
                && input.deliveredOn() != null
                && input.deliveredOn().isBefore(requested.toLocalDate())) {
            violations.add(
                    DeliverableViolation.of(index, "deliveredOn", "performance.error.deliveredAt.beforeRequest"));
        }
    }

    /** Every field equal (costs compared by value: 12.5 equals 12.50); the source is not a field. */
    public static boolean sameValues(DeliverableInput a, DeliverableInput b) {
        return Objects.equals(a.reference(), b.reference())
                && Objects.equals(a.scopeItemKey(), b.scopeItemKey())
                && Objects.equals(a.dueDate(), b.dueDate())
                && Objects.equals(a.deliveredOn(), b.deliveredOn())
                && a.units() == b.units()
                && a.quality() == b.quality()
                && sameAmount(a.cost(), b.cost())
                && Objects.equals(a.requestedAt(), b.requestedAt())
                && Objects.equals(a.deliveredAt(), b.deliveredAt());
    }

    private static boolean sameAmount(@Nullable BigDecimal a, @Nullable BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    /**
     * The contract's last day when it has one: with express renewal the contract ends with its initial term
     * (start + term − 1 day, as {@code NoticeDeadline} counts it); with tacit renewal it goes on until someone
     * gives notice, so no end is known in advance. The current version says what the parties agree today about
     * the contract's life (an amendment that extends the term extends it for every deliverable).
     */
    public static @Nullable LocalDate contractEnd(ContractHeader header) {
        if (header.renewal() != Renewal.EXPRESS || header.initialTermMonths() <= 0) {
            return null;
        }
        return header.startDate().plusMonths(header.initialTermMonths()).minusDays(1);
    }

    /** The last due date accepted from {@code today}, whatever the contract. */
    public static LocalDate horizon(LocalDate today) {
        return today.plusYears(HORIZON_YEARS);
    }

    private Terms currentTerms() {
        Terms terms = termsByVersion.get(timeline.currentVersion());
        if (terms == null) {
            throw new IllegalStateException("The terms of the current version were not given");
        }
        return terms;
    }

    private @Nullable Terms termsPricing(@Nullable YearMonth month) {
        if (timeline.isEmpty()) {
            return null;
        }
        int version = month == null ? timeline.currentVersion() : timeline.versionPricing(month);
        Terms terms = termsByVersion.get(version);
        if (terms == null) {
            throw new IllegalStateException("The terms of version " + version + " were not given");
        }
        return terms;
    }

    private static void checkReference(int index, @Nullable String reference, List<DeliverableViolation> out) {
        if (reference == null || reference.isBlank()) {
            out.add(DeliverableViolation.of(index, "reference", "performance.error.reference.required"));
        } else if (reference.length() > REFERENCE_MAX_LENGTH) {
            out.add(DeliverableViolation.of(
                    index, "reference", "performance.error.reference.tooLong", REFERENCE_MAX_LENGTH));
        } else if (!REFERENCE.matcher(reference).matches()) {
            out.add(DeliverableViolation.of(index, "reference", "performance.error.reference.invalid"));
        }
    }

    private static void checkScopeItem(
            int index, @Nullable String key, Terms terms, @Nullable YearMonth month, List<DeliverableViolation> out) {
        if (key == null || key.isBlank()) {
            out.add(DeliverableViolation.of(index, "scopeItem", "performance.error.scopeItem.required"));
        } else if (terms.scopeItem(key).isEmpty()) {
            out.add(
                    month == null
                            ? DeliverableViolation.of(index, "scopeItem", "performance.error.scopeItem.unknownNow", key)
                            : DeliverableViolation.of(
                                    index,
                                    "scopeItem",
                                    "performance.error.scopeItem.unknown",
                                    key,
                                    MONTH.format(month)));
        }
    }

    /**
     * Both dates within the contract's life: not before its start, not after its end when it has one; a due
     * date at most {@link #HORIZON_YEARS} years ahead, a delivery not after today.
     */
    private void checkDates(
            int index,
            DeliverableInput input,
            @Nullable LocalDate start,
            @Nullable LocalDate end,
            List<DeliverableViolation> out) {
        LocalDate due = nullable(input.dueDate());
        LocalDate horizon = horizon(today);
        if (due == null) {
            out.add(DeliverableViolation.of(index, "dueDate", "performance.error.dueDate.required"));
        } else if (start != null && due.isBefore(start)) {
            out.add(DeliverableViolation.of(
                    index, "dueDate", "performance.error.dueDate.beforeStart", DATE.format(start)));
        } else if (end != null && due.isAfter(end)) {
            out.add(DeliverableViolation.of(index, "dueDate", "performance.error.dueDate.afterEnd", DATE.format(end)));
        } else if (due.isAfter(horizon)) {
            out.add(DeliverableViolation.of(
                    index, "dueDate", "performance.error.dueDate.tooFar", DATE.format(horizon), HORIZON_YEARS));
        }
        LocalDate delivered = input.deliveredOn();
        if (delivered != null) {
            if (delivered.isAfter(today)) {
                out.add(DeliverableViolation.of(
                        index, "deliveredOn", "performance.error.deliveredOn.future", DATE.format(today)));
            } else if (start != null && delivered.isBefore(start)) {
                out.add(DeliverableViolation.of(
                        index, "deliveredOn", "performance.error.deliveredOn.beforeStart", DATE.format(start)));
            } else if (end != null && delivered.isAfter(end)) {
                out.add(DeliverableViolation.of(
                        index, "deliveredOn", "performance.error.deliveredOn.afterEnd", DATE.format(end)));
            }
        }
    }

    private static void checkUnits(int index, long units, List<DeliverableViolation> out) {
        if (units < 0) {
            out.add(DeliverableViolation.of(index, "units", "performance.error.units.negative"));
        } else if (units == 0) {
            out.add(DeliverableViolation.of(index, "units", "performance.error.units.min"));
        } else if (units > UNITS_MAX) {
            out.add(DeliverableViolation.of(index, "units", "performance.error.units.tooLarge"));
        }
    }

    private static void checkQuality(int index, DeliverableInput input, List<DeliverableViolation> out) {
        QualityOutcome quality = input.quality();
        if (input.deliveredOn() != null && quality == null) {
            out.add(DeliverableViolation.of(index, "quality", "performance.error.quality.required"));
        } else if (input.deliveredOn() == null && quality != null) {
            out.add(DeliverableViolation.of(index, "quality", "performance.error.quality.pending"));
        }
    }

    private static void checkCost(int index, @Nullable BigDecimal cost, List<DeliverableViolation> out) {
        if (cost == null) {
            return;
        }
        if (cost.signum() < 0) {
            out.add(DeliverableViolation.of(index, "cost", "performance.error.cost.negative"));
        } else if (cost.stripTrailingZeros().scale() > 2) {
            out.add(DeliverableViolation.of(index, "cost", "performance.error.cost.cents"));
        } else if (cost.compareTo(COST_MAX) >= 0) {
            out.add(DeliverableViolation.of(index, "cost", "performance.error.cost.tooLarge"));
        }
    }

    /** Record components are non-null by contract, but a channel's parsing may still hand over a null. */
    @SuppressWarnings("NullableProblems")
    private static <T> @Nullable T nullable(@Nullable T value) {
        return value;
    }
}
