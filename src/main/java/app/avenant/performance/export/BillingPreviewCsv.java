package app.avenant.performance.export;

import static app.avenant.performance.export.CsvTable.decimal;
import static app.avenant.performance.export.CsvTable.empty;
import static app.avenant.performance.export.CsvTable.integer;
import static app.avenant.performance.export.CsvTable.month;

import app.avenant.contract.terms.VolumePricing.ChargeLine;
import app.avenant.contract.terms.VolumePricing.ChargeLineKind;
import app.avenant.performance.IndicatorReport;
import app.avenant.performance.ItemCharge;
import app.avenant.performance.MonthFigures;

/**
 * "Exporter la préfacturation": for each month, every charge line of every scope item as the version in force
 * prices it (bands, fixed charge, ARC, RRC), the costs recorded on deliverables, the service credits due (a
 * negative amount), then a total row equal to the month's total due. The lines of a month add up to its total,
 * cent for cent: each line is already rounded and the total is their sum (product brief).
 */
public final class BillingPreviewCsv {

    static final String[] HEADERS = {
        "mois", "version", "poste", "type de ligne", "détail", "unités", "prix unitaire", "montant"
    };

    static final String BAND = "tranche";
    static final String FIXED = "forfait";
    static final String ARC = "ARC";
    static final String RRC = "RRC";
    static final String RECORDED_COSTS = "coûts enregistrés";
    static final String CREDIT = "avoir";
    static final String TOTAL = "total du mois";

    private BillingPreviewCsv() {}

    public static byte[] write(IndicatorReport report) {
        CsvTable csv = new CsvTable(HEADERS);
        for (MonthFigures m : report.months()) {
            for (ItemCharge item : m.charges()) {
                for (ChargeLine line : item.charge().lines()) {
                    // a fixed charge's "rate" is the lump sum itself: not a price per unit
                    boolean lumpSum = line.kind() == ChargeLineKind.FIXED;
                    csv.row(
                            month(m.month()),
                            integer(m.versionNumber()),
                            item.title(),
                            kind(line.kind()),
                            line.detail(),
                            integer(line.units()),
                            lumpSum ? empty() : decimal(line.rate()),
                            decimal(line.amount()));
                }
            }
            if (m.recordedCosts().signum() != 0) {
                csv.row(
                        month(m.month()),
                        integer(m.versionNumber()),
                        "",
                        RECORDED_COSTS,
                        "",
                        empty(),
                        empty(),
                        decimal(m.recordedCosts()));
            }
            if (m.credits().signum() != 0) {
                csv.row(
                        month(m.month()),
                        integer(m.versionNumber()),
                        "",
                        CREDIT,
                        "",
                        empty(),
                        empty(),
                        decimal(m.credits().negate()));
            }
            csv.row(
                    month(m.month()),
                    integer(m.versionNumber()),
                    "",
                    TOTAL,
                    "",
                    integer(m.billableUnits()),
                    empty(),
                    decimal(m.totalDue()));
        }
        return csv.bytes();
    }

    private static String kind(ChargeLineKind kind) {
        return switch (kind) {
            case BAND -> BAND;
            case FIXED -> FIXED;
            case ARC -> ARC;
            case RRC -> RRC;
        };
    }
}
