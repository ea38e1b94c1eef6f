package app.avenant.governance.domain;

import static org.assertj.core.api.Assertions.assertThat;

import app.avenant.contract.terms.MeasurementWindow;
import app.avenant.governance.MeetingPack.PenaltyCapLine;
import app.avenant.governance.MeetingPack.ServiceLevelLine;
import app.avenant.governance.MeetingPack.VolumeLine;
import app.avenant.performance.DeliveryRates;
import app.avenant.performance.ItemVolume;
import app.avenant.performance.MonthFigures;
import app.avenant.performance.PenaltyCap;
import app.avenant.performance.SlaResult;
import app.avenant.performance.SlaStatus;
import app.avenant.performance.VolumeStatus;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class PerformanceDigestTest {

    private static final BigDecimal ZERO = BigDecimal.ZERO;

    @Test
    void each_service_level_counts_its_months_per_status_and_keeps_the_latest_critical_first() {
        List<MonthFigures> months = List.of(
                month(
                        1,
                        List.of(sla("erreurs", false, SlaStatus.MET), sla("48h", true, SlaStatus.MET)),
                        List.of(),
                        "0"),
                month(
                        2,
                        List.of(sla("erreurs", false, SlaStatus.NOT_MEASURED), sla("48h", true, SlaStatus.MISSED)),
                        List.of(),
                        "180.00"),
                month(
                        3,
                        List.of(sla("erreurs", false, SlaStatus.AT_RISK), sla("48h", true, SlaStatus.MISSED)),
                        List.of(),
                        "180.00"));

        List<ServiceLevelLine> lines = PerformanceDigest.serviceLevels(months);

        assertThat(lines).extracting(ServiceLevelLine::key).containsExactly("48h", "erreurs");
        ServiceLevelLine critical = lines.getFirst();
        assertThat(List.of(critical.met(), critical.atRisk(), critical.missed(), critical.notMeasured()))
                .containsExactly(1, 0, 2, 0);
        assertThat(critical.latest()).isEqualTo(SlaStatus.MISSED);
        ServiceLevelLine indicator = lines.get(1);
        assertThat(List.of(indicator.met(), indicator.atRisk(), indicator.missed(), indicator.notMeasured()))
                .containsExactly(1, 1, 0, 1);
        assertThat(indicator.latest()).isEqualTo(SlaStatus.AT_RISK);
        assertThat(PerformanceDigest.credits(months)).isEqualByComparingTo("360.00");
    }

    @Test
    void a_level_dropped_before_the_last_month_has_no_latest_status() {
        List<MonthFigures> months = List.of(
                month(1, List.of(sla("ancien", true, SlaStatus.MET)), List.of(), "0"),
                month(2, List.of(), List.of(), "0"));
        assertThat(PerformanceDigest.serviceLevels(months)).singleElement().satisfies(line -> {
            assertThat(line.met()).isEqualTo(1);
            assertThat(line.latest()).isNull();
        });
    }

    @Test
    void volumes_add_up_the_months_against_the_summed_baselines_and_count_months_outside_the_range() {
        List<MonthFigures> months = List.of(
                month(
                        1,
                        List.of(),
                        List.of(
                                volume("factures", 1200, 1040L, VolumeStatus.INSIDE),
                                volume("conseil", 3, null, VolumeStatus.NO_VOLUME_TERMS)),
                        "0"),
                month(
                        2,
                        List.of(),
                        List.of(
                                volume("factures", 1000, 800L, VolumeStatus.ABOVE),
                                volume("conseil", 4, null, VolumeStatus.NO_VOLUME_TERMS)),
                        "0"),
                month(3, List.of(), List.of(volume("factures", 500, 800L, VolumeStatus.BELOW)), "0"));

        List<VolumeLine> lines = PerformanceDigest.volumes(months);

        assertThat(lines).extracting(VolumeLine::scopeItemKey).containsExactly("factures", "conseil");
        VolumeLine invoices = lines.getFirst();
        assertThat(invoices.units()).isEqualTo(2700);
        assertThat(invoices.baseline()).isEqualTo(2640L);
        assertThat(invoices.monthsAbove()).isEqualTo(1);
        assertThat(invoices.monthsBelow()).isEqualTo(1);
        assertThat(lines.get(1).units()).isEqualTo(7);
        assertThat(lines.get(1).baseline()).isNull();
    }

    @Test
    void the_penalty_cap_is_the_one_after_the_last_month_and_there_is_none_without_months() {
        List<MonthFigures> months = List.of(month(1, List.of(), List.of(), "0"), month(2, List.of(), List.of(), "0"));
        assertThat(PerformanceDigest.penaltyCap(months))
                .isEqualTo(new PenaltyCapLine(new BigDecimal("2"), new BigDecimal("5000"), false));
        assertThat(PerformanceDigest.penaltyCap(List.of())).isNull();
        assertThat(PerformanceDigest.credits(List.of())).isEqualByComparingTo("0");
        assertThat(PerformanceDigest.serviceLevels(List.of())).isEmpty();
    }

    private static SlaResult sla(String key, boolean critical, SlaStatus status) {
        return new SlaResult(
                key,
                "Niveau " + key,
                critical,
                MeasurementWindow.MONTHLY,
                new BigDecimal("95"),
                new BigDecimal("90"),
                null,
                status,
                new BigDecimal("50"),
                ZERO,
                null,
                null,
                0,
                0);
    }

    private static ItemVolume volume(String key, long units, Long baseline, VolumeStatus status) {
        return new ItemVolume(
                key,
                "Prestation " + key,
                "unité",
                units,
                baseline,
                baseline == null ? null : baseline * 8 / 10,
                baseline == null ? null : baseline * 12 / 10,
                status);
    }

    /** A month whose cap consumption to date is its month number (enough to tell which month it came from). */
    private static MonthFigures month(int month, List<SlaResult> levels, List<ItemVolume> volumes, String credits) {
        return new MonthFigures(
                YearMonth.of(2026, month),
                1,
                new DeliveryRates(0, 0, 0, 0, 0, null, null, null),
                volumes,
                List.of(),
                ZERO,
                ZERO,
                ZERO,
                ZERO,
                ZERO,
                ZERO,
                levels,
                new BigDecimal(credits),
                new BigDecimal(credits),
                java.util.List.of(),
                java.math.BigDecimal.ZERO.setScale(2),
                ZERO,
                0,
                java.util.List.of(),
                null,
                null,
                new PenaltyCap(
                        new BigDecimal("5000"), BigDecimal.valueOf(month - 1), BigDecimal.valueOf(month), false));
    }
}
