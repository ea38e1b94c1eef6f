package app.avenant.performance.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import app.avenant.contract.terms.Deadline;
import app.avenant.contract.terms.DeadlineUnit;
import app.avenant.contract.terms.MeasurementWindow;
import app.avenant.contract.terms.ServiceLevel;
import app.avenant.contract.terms.WorkingCalendar;
import app.avenant.performance.SlaResult;
import app.avenant.performance.SlaStatus;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A level measured from its scope item's deliverables and their deadline, without Spring. */
class DeadlineAssessmentTest {

    private static final YearMonth MAY = YearMonth.of(2026, 5);
    private static final Deadline TWO_WORKING_DAYS =
            new Deadline(2, DeadlineUnit.WORKING_DAYS, WorkingCalendar.FRANCE, "factures");
    private static final ServiceLevel WITHIN_48H = new ServiceLevel(
                    "delai48h",
                    "Factures saisies sous 48 h",
                    "",
                    new BigDecimal("95"),
                    new BigDecimal("90"),
                    MeasurementWindow.MONTHLY,
                    true,
                    new BigDecimal("50"))
            .withDeadline(TWO_WORKING_DAYS);

    private static SlaResult assess(long delivered, long onTime) {
        ItemActuals item = new ItemActuals(delivered, onTime, delivered, 0, 0, delivered, BigDecimal.ZERO);
        return ServiceLevelAssessment.assess(
                        MAY,
                        List.of(WITHIN_48H),
                        // a typed figure for the level is not used: the deliverables decide
                        Map.of("delai48h", new BigDecimal("100")),
                        Map.of("factures", item),
                        new BigDecimal("100.00"))
                .getFirst();
    }

    @Test
    void aResultJustUnderItsTargetIsNeverRoundedUpToIt() {
        // 1 899 of 1 999 on time is 94.9974…%: rounded half-up it would read 95.00 and meet the target
        SlaResult level = assess(1999, 1899);
        assertThat(level.measuredPercent()).isEqualByComparingTo("94.99");
        assertThat(level.status()).isEqualTo(SlaStatus.AT_RISK);
        assertThat(level.computed()).isTrue();
        assertThat(level.deadline()).isEqualTo(TWO_WORKING_DAYS);
    }

    @Test
    void belowTheMinimumTheCriticalLevelEarnsItsShareOfTheAtRiskAmount() {
        SlaResult level = assess(20, 17);
        assertThat(level.measuredPercent()).isEqualByComparingTo("85");
        assertThat(level.status()).isEqualTo(SlaStatus.MISSED);
        assertThat(level.credit()).isEqualByComparingTo("50.00");
        assertThat(level.deliveredCounted()).isEqualTo(20);
        assertThat(level.onTimeCounted()).isEqualTo(17);
    }

    @Test
    void aMonthWithoutDeliverablesIsNotMeasuredAndEarnsNothing() {
        SlaResult level = assess(0, 0);
        assertThat(level.measuredPercent()).isNull();
        assertThat(level.status()).isEqualTo(SlaStatus.NOT_MEASURED);
        assertThat(level.credit()).isEqualByComparingTo("0");
    }
}
