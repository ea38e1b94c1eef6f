package app.avenant.demo;

import app.avenant.contract.terms.WorkingCalendar;
import app.avenant.performance.DeliverableInput;
import app.avenant.performance.QualityOutcome;
import app.avenant.performance.internal.DeliverablesForModules;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The deliverables of the bookkeeping contract AV-2026-001, from its start (January 2026) to yesterday, plus a
 * few due in the coming weeks: one lot of invoices entered per working day, the bank reconciliation of each
 * month early in the next one, and two lots of supplier payments a month. Invoice volumes follow the story
 * of the worked example: growing by about 30 % over the spring, above the flex range of the 800 baseline
 * from May (which is why the PME asked for a 1 040 baseline, version 3), low in August. Most lots are on time and accepted first time; some are late, some
 * reworked, a few rejected. Deterministic: a fixed seed per month, dates relative to today.
 * <p>
 * Recorded month by month as the API's way in records them, without a token ({@link
 * DeliverablesForModules#recordAsApplication}, for the provider organisation), so the same rules and monthly
 * totals apply as for any other deliverable.
 */
@Component
@ConditionalOnProperty(name = "avenant.demo-data.enabled", havingValue = "true")
class DemoDeliverables {

    static final String RECORDED_BY = "Léa Bernard";
    static final String TICKETS_RECORDED_BY = "Marc Petit";
    private static final LocalDate IT_SUPPORT_START = LocalDate.of(2026, 9, 1);
    private static final LocalDate CONTRACT_START = LocalDate.of(2026, 1, 1);
    private static final String INVOICES = DemoTerms.INVOICES;
    private static final String RECONCILIATION = "rapprochement-bancaire";
    private static final String PAYMENTS = "validation-paiements";
    /** Invoices a month, relative to the 800 baseline × the seasonal coefficient, January first. */
    private static final double[] GROWTH = {1.00, 1.04, 1.10, 1.16, 1.32, 1.34, 1.36, 1.30, 1.30, 1.31, 1.30, 1.28};

    private static final double[] SEASONAL = {1.3, 1, 1, 1, 1, 1, 1, 0.6, 1, 1, 1, 1};
    private static final int MONTHS_BACK_AT_MOST = 24;

    private final DeliverablesForModules deliverables;
    private final Clock clock;

    DemoDeliverables(DeliverablesForModules deliverables, Clock clock) {
        this.deliverables = deliverables;
        this.clock = clock;
    }

    /** Records them for {@code provider} on its contract {@code reference}. */
    int record(UUID provider, String reference) {
        LocalDate today = LocalDate.now(clock);
        YearMonth first = YearMonth.from(CONTRACT_START);
        YearMonth earliest = YearMonth.from(today).minusMonths(MONTHS_BACK_AT_MOST - 1);
        if (first.isBefore(earliest)) {
            first = earliest;
        }
        int recorded = 0;
        for (YearMonth month = first; !month.isAfter(YearMonth.from(today)); month = month.plusMonths(1)) {
            List<DeliverableInput> batch = month(month, today);
            if (!batch.isEmpty()) {
                recorded += deliverables
                        .recordAsApplication(provider, reference, batch, RECORDED_BY)
                        .created();
            }
        }
        List<DeliverableInput> upcoming = upcoming(today);
        if (!upcoming.isEmpty()) {
            recorded += deliverables
                    .recordAsApplication(provider, reference, upcoming, RECORDED_BY)
                    .created();
        }
        return recorded;
    }

    /**
     * The tickets of the IT support contract AV-2026-002 since its start (September 2026), one opened each working
     * day, measured against its level's deadline of two working days: most are closed the next working day, some
     * on the second (on time: a ticket opened on Tuesday 10 November is due on Friday 13, 11 November being a
     * holiday), the one opened on the 13th on the third (late). Each consumes 50 units of work, about the baseline of 1 000 a month.
     */
    int recordTickets(UUID provider, String reference) {
        LocalDate today = LocalDate.now(clock);
        List<DeliverableInput> tickets = tickets(today);
        return tickets.isEmpty()
                ? 0
                : deliverables
                        .recordAsApplication(provider, reference, tickets, TICKETS_RECORDED_BY)
                        .created();
    }

    static List<DeliverableInput> tickets(LocalDate today) {
        WorkingCalendar calendar = DemoTerms.INCIDENT_DEADLINE.calendar();
        List<DeliverableInput> tickets = new ArrayList<>();
        for (LocalDate day = IT_SUPPORT_START; day.isBefore(today); day = day.plusDays(1)) {
            if (!calendar.isWorkingDay(day)) {
                continue;
            }
            LocalDateTime opened = day.atTime(10 + day.getDayOfMonth() % 7, 0);
            int daysTaken = day.getDayOfMonth() == 13 ? 3 : day.getDayOfMonth() % 3 == 0 ? 2 : 1;
            LocalDate closingDay = day;
            for (int i = 0; i < daysTaken; i++) {
                closingDay = calendar.nextWorkingDay(closingDay);
            }
            LocalDateTime closed = closingDay.atTime(daysTaken == 1 ? 11 : 17, 0);
            boolean done = closingDay.isBefore(today);
            tickets.add(new DeliverableInput(
                            "INC-" + day,
                            DemoTerms.WORKSTATION_SUPPORT,
                            DemoTerms.INCIDENT_DEADLINE.dueAt(opened).toLocalDate(),
                            done ? closingDay : null,
                            50,
                            done ? QualityOutcome.FIRST_PASS : null,
                            null)
                    .withTimes(opened, done ? closed : null));
        }
        return tickets;
    }

    /** What was delivered in {@code month}, up to the day before yesterday (a late lot is delivered later). */
    static List<DeliverableInput> month(YearMonth month, LocalDate today) {
        SplittableRandom random = new SplittableRandom(2026_001L * 100 + month.getYear() * 12L + month.getMonthValue());
        LocalDate lastDay =
                month.atEndOfMonth().isBefore(today.minusDays(3)) ? month.atEndOfMonth() : today.minusDays(3);
        LocalDate firstDay = month.atDay(1).isBefore(CONTRACT_START) ? CONTRACT_START : month.atDay(1);
        List<LocalDate> workingDays = workingDays(firstDay, lastDay);
        List<DeliverableInput> batch = new ArrayList<>();
        int monthIndex = month.getMonthValue() - 1;
        long invoices = Math.round(800 * SEASONAL[monthIndex] * GROWTH[monthIndex]);
        int fullMonthDays = workingDays(month.atDay(1), month.atEndOfMonth()).size();
        for (int i = 0; i < workingDays.size(); i++) {
            LocalDate day = workingDays.get(i);
            long units = Math.max(1, invoices / fullMonthDays + random.nextInt(-6, 7));
            boolean late = random.nextInt(100) < 5;
            LocalDate delivered = late ? day.plusDays(1 + random.nextInt(2)) : day;
            BigDecimal cost = random.nextInt(100) < 4 ? new BigDecimal("35.00") : null;
            batch.add(new DeliverableInput("FAC-" + day, INVOICES, day, delivered, units, quality(random), cost));
        }
        LocalDate reconciliationDue = workingDay(month.atDay(8));
        YearMonth previous = month.minusMonths(1);
        if (!previous.isBefore(YearMonth.from(CONTRACT_START)) && !reconciliationDue.isAfter(lastDay)) {
            boolean late = random.nextInt(100) < 15;
            batch.add(new DeliverableInput(
                    "RAP-" + previous,
                    RECONCILIATION,
                    reconciliationDue,
                    late ? reconciliationDue.plusDays(3) : reconciliationDue.minusDays(1),
                    2,
                    quality(random),
                    null));
        }
        for (int dayOfMonth : new int[] {10, 25}) {
            LocalDate due = workingDay(month.atDay(dayOfMonth));
            if (!due.isAfter(lastDay)) {
                boolean late = random.nextInt(100) < 8;
                batch.add(new DeliverableInput(
                        "VIR-" + month + (dayOfMonth == 10 ? "-A" : "-B"),
                        PAYMENTS,
                        due,
                        late ? due.plusDays(1) : due.minusDays(1),
                        20 + random.nextInt(25),
                        quality(random),
                        null));
            }
        }
        return batch;
    }

    /**
     * Not delivered yet: the invoice lots of the last two days and the next two (the earlier ones overdue),
     * and the payment lots and bank reconciliations due within the next five weeks.
     */
    static List<DeliverableInput> upcoming(LocalDate today) {
        LocalDate notBefore = today.minusDays(2);
        LocalDate horizon = today.plusWeeks(5);
        List<DeliverableInput> pending = new ArrayList<>();
        for (LocalDate day : workingDays(notBefore, today.plusDays(2))) {
            pending.add(new DeliverableInput("FAC-" + day, INVOICES, day, null, 40, null, null));
        }
        for (YearMonth month = YearMonth.from(today); !month.atDay(1).isAfter(horizon); month = month.plusMonths(1)) {
            LocalDate reconciliationDue = workingDay(month.atDay(8));
            if (!reconciliationDue.isBefore(notBefore) && !reconciliationDue.isAfter(horizon)) {
                pending.add(new DeliverableInput(
                        "RAP-" + month.minusMonths(1), RECONCILIATION, reconciliationDue, null, 2, null, null));
            }
            for (int dayOfMonth : new int[] {10, 25}) {
                LocalDate due = workingDay(month.atDay(dayOfMonth));
                if (!due.isBefore(notBefore) && !due.isAfter(horizon)) {
                    pending.add(new DeliverableInput(
                            "VIR-" + month + (dayOfMonth == 10 ? "-A" : "-B"), PAYMENTS, due, null, 30, null, null));
                }
            }
        }
        return pending.stream()
                .filter(d -> !d.dueDate().isBefore(CONTRACT_START))
                .toList();
    }

    private static QualityOutcome quality(SplittableRandom random) {
        int draw = random.nextInt(100);
        return draw < 2 ? QualityOutcome.REJECTED : draw < 11 ? QualityOutcome.AFTER_REWORK : QualityOutcome.FIRST_PASS;
    }

    private static List<LocalDate> workingDays(LocalDate from, LocalDate to) {
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                days.add(day);
            }
        }
        return days;
    }

    /** That day, or the next Monday when it falls on a weekend. */
    private static LocalDate workingDay(LocalDate day) {
        LocalDate working = day;
        while (!isWorkingDay(working)) {
            working = working.plusDays(1);
        }
        return working;
    }

    private static boolean isWorkingDay(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }
}
