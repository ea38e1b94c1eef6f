package app.avenant.performance.export;

import app.avenant.contract.terms.MeasurementWindow;
import app.avenant.contract.terms.VolumePricing.ChargeLine;
import app.avenant.contract.terms.VolumePricing.ChargeLineKind;
import app.avenant.contract.terms.VolumePricing.MonthlyCharge;
import app.avenant.performance.DeliveryRates;
import app.avenant.performance.IndicatorReport;
import app.avenant.performance.ItemCharge;
import app.avenant.performance.ItemVolume;
import app.avenant.performance.MonthFigures;
import app.avenant.performance.PenaltyCap;
import app.avenant.performance.SlaResult;
import app.avenant.performance.SlaStatus;
import app.avenant.performance.VolumeStatus;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

/**
 * Hand-made figures of the product brief's worked example ("factures": baseline 800, bands 0–500 at 2,00 €,
 * 501–1 000 at 1,80 €, above at 1,60 €, flex ±20 %, August ×0.6; SLA "délai 48 h" target 95 %, minimum 90 %,
 * critical, 50 % of an at-risk amount of 12 %; "erreurs" indicator only; "paie" without volume terms), built
 * directly as records so that charts and exports are tested without the calculator:
 * <ul>
 *   <li>2026-08: nothing delivered (baseline 480 after ×0.6, flex 384–576);</li>
 *   <li>2026-09: 800 invoices, 1 540,00 €, "délai 48 h" at 90 % (at risk), cost per unit 1,93 €;</li>
 *   <li>2026-10: 1 180 invoices, 2 188,00 €, "délai 48 h" at 85 % (missed): credit 50 % × 12 % × 2 188 =
 *       131,28 €, total 2 056,72 €, cost per unit 2 056,72 / 1 180 = 1,74 € against 1,93 € nominal.</li>
 * </ul>
 */
public final class SampleMonths {

    public static final YearMonth AUGUST = YearMonth.of(2026, 8);
    public static final YearMonth SEPTEMBER = YearMonth.of(2026, 9);
    public static final YearMonth OCTOBER = YearMonth.of(2026, 10);

    private SampleMonths() {}

    public static IndicatorReport report() {
        List<MonthFigures> months = List.of(august(), september(), october());
        return new IndicatorReport(
                AUGUST, OCTOBER, months, new DeliveryRates(30, 24, 26, 3, 1, eur("80.0"), eur("86.7"), eur("10.0")));
    }

    public static MonthFigures august() {
        return new MonthFigures(
                AUGUST,
                1,
                new DeliveryRates(0, 0, 0, 0, 0, null, null, null),
                List.of(
                        new ItemVolume(
                                "factures",
                                "Saisie des factures fournisseurs",
                                "facture",
                                0,
                                480L,
                                384L,
                                576L,
                                VolumeStatus.BELOW),
                        new ItemVolume("paie", "Paie", "bulletin", 0, null, null, null, VolumeStatus.NO_VOLUME_TERMS)),
                List.of(new ItemCharge(
                        "factures", "Saisie des factures fournisseurs", 0, new MonthlyCharge(List.of(), eur("0.00")))),
                eur("0.00"),
                eur("0.00"),
                eur("0.00"),
                eur("0.00"),
                eur("0.00"),
                eur("0.00"),
                List.of(sla48h(null, SlaStatus.NOT_MEASURED, "0.00"), errors()),
                eur("0.00"),
                eur("0.00"),
                java.util.List.of(),
                java.math.BigDecimal.ZERO.setScale(2),
                eur("0.00"),
                0,
                java.util.List.of(),
                null,
                eur("2.00"),
                new PenaltyCap(eur("5000.00"), eur("0.00"), eur("0.00"), false));
    }

    public static MonthFigures september() {
        return new MonthFigures(
                SEPTEMBER,
                1,
                new DeliveryRates(10, 9, 8, 1, 1, eur("90.0"), eur("80.0"), eur("10.0")),
                List.of(
                        new ItemVolume(
                                "factures",
                                "Saisie des factures fournisseurs",
                                "facture",
                                800,
                                800L,
                                640L,
                                960L,
                                VolumeStatus.INSIDE),
                        new ItemVolume("paie", "Paie", "bulletin", 0, null, null, null, VolumeStatus.NO_VOLUME_TERMS)),
                List.of(new ItemCharge(
                        "factures",
                        "Saisie des factures fournisseurs",
                        800,
                        new MonthlyCharge(
                                List.of(band("0–500", 500, "2.00", "1000.00"), band("501–1000", 300, "1.80", "540.00")),
                                eur("1540.00")))),
                eur("1540.00"),
                eur("0.00"),
                eur("0.00"),
                eur("0.00"),
                eur("1540.00"),
                eur("184.80"),
                List.of(sla48h(eur("90.0"), SlaStatus.AT_RISK, "0.00"), errors()),
                eur("0.00"),
                eur("0.00"),
                java.util.List.of(),
                java.math.BigDecimal.ZERO.setScale(2),
                eur("1540.00"),
                800,
                java.util.List.of(),
                eur("1.93"),
                eur("1.93"),
                new PenaltyCap(eur("5000.00"), eur("0.00"), eur("0.00"), false));
    }

    public static MonthFigures october() {
        return new MonthFigures(
                OCTOBER,
                2,
                new DeliveryRates(20, 15, 18, 2, 0, eur("75.0"), eur("90.0"), eur("10.0")),
                List.of(
                        new ItemVolume(
                                "factures",
                                "Saisie des factures fournisseurs",
                                "facture",
                                1180,
                                800L,
                                640L,
                                960L,
                                VolumeStatus.ABOVE),
                        new ItemVolume("paie", "Paie", "bulletin", 0, null, null, null, VolumeStatus.NO_VOLUME_TERMS)),
                List.of(new ItemCharge(
                        "factures",
                        "Saisie des factures fournisseurs",
                        1180,
                        new MonthlyCharge(
                                List.of(
                                        band("0–500", 500, "2.00", "1000.00"),
                                        band("501–1000", 500, "1.80", "900.00"),
                                        band("1001–", 180, "1.60", "288.00")),
                                eur("2188.00")))),
                eur("2188.00"),
                eur("0.00"),
                eur("0.00"),
                eur("0.00"),
                eur("2188.00"),
                eur("262.56"),
                List.of(sla48h(eur("85.0"), SlaStatus.MISSED, "131.28"), errors()),
                eur("131.28"),
                eur("131.28"),
                java.util.List.of(),
                java.math.BigDecimal.ZERO.setScale(2),
                eur("2056.72"),
                1180,
                java.util.List.of(),
                eur("1.74"),
                eur("1.93"),
                new PenaltyCap(eur("5000.00"), eur("0.00"), eur("131.28"), false));
    }

    /** A month priced by a fixed charge with ARC, with a recorded cost: the other kinds of billing lines. */
    public static MonthFigures arcMonth() {
        return new MonthFigures(
                YearMonth.of(2026, 11),
                3,
                new DeliveryRates(4, 4, 4, 0, 0, eur("100.0"), eur("100.0"), eur("0.0")),
                List.of(new ItemVolume(
                        "support", "Support; niveau 1", "ticket", 1180, 1000L, 800L, 1200L, VolumeStatus.INSIDE)),
                List.of(new ItemCharge(
                        "support",
                        "Support; niveau 1",
                        1180,
                        new MonthlyCharge(
                                List.of(
                                        new ChargeLine(ChargeLineKind.FIXED, "×1", 1000, eur("12000"), eur("12000.00")),
                                        new ChargeLine(ChargeLineKind.ARC, "950–1050", 180, eur("11"), eur("1980.00"))),
                                eur("13980.00")))),
                eur("12050.00"),
                eur("50.00"),
                eur("1980.00"),
                eur("0.00"),
                eur("14030.00"),
                eur("1403.00"),
                List.of(),
                eur("0.00"),
                eur("0.00"),
                java.util.List.of(),
                java.math.BigDecimal.ZERO.setScale(2),
                eur("14030.00"),
                1180,
                java.util.List.of(),
                eur("11.89"),
                eur("12.00"),
                new PenaltyCap(eur("5000.00"), eur("131.28"), eur("131.28"), false));
    }

    private static SlaResult sla48h(BigDecimal measured, SlaStatus status, String credit) {
        return new SlaResult(
                "delai48h",
                "Factures saisies sous 48 h",
                true,
                MeasurementWindow.MONTHLY,
                eur("95"),
                eur("90"),
                measured,
                status,
                eur("50"),
                eur(credit),
                null,
                null,
                0,
                0);
    }

    private static SlaResult errors() {
        return new SlaResult(
                "erreurs",
                "Taux de saisie sans erreur",
                false,
                MeasurementWindow.MONTHLY,
                eur("99"),
                eur("97"),
                null,
                SlaStatus.NOT_MEASURED,
                eur("0"),
                eur("0.00"),
                null,
                null,
                0,
                0);
    }

    private static ChargeLine band(String detail, long units, String rate, String amount) {
        return new ChargeLine(ChargeLineKind.BAND, detail, units, eur(rate), eur(amount));
    }

    static BigDecimal eur(String value) {
        return new BigDecimal(value);
    }
}
