package app.avenant.performance.export;

import static app.avenant.performance.export.CsvTable.decimal;
import static app.avenant.performance.export.CsvTable.integer;
import static app.avenant.performance.export.CsvTable.month;

import app.avenant.performance.DeliveryRates;
import app.avenant.performance.IndicatorReport;
import app.avenant.performance.MonthFigures;

/**
 * "Exporter les indicateurs": one row per month of the report, oldest first. A month without deliverables has
 * empty rates and cost per unit (no rate is not 0 %).
 */
public final class IndicatorsCsv {

    static final String[] HEADERS = {
        "mois",
        "version",
        "livrés",
        "à l'heure %",
        "premier coup %",
        "reprise %",
        "unités",
        "coût par unité",
        "prix nominal",
        "avoirs"
    };

    private IndicatorsCsv() {}

    public static byte[] write(IndicatorReport report) {
        CsvTable csv = new CsvTable(HEADERS);
        for (MonthFigures m : report.months()) {
            DeliveryRates rates = m.rates();
            csv.row(
                    month(m.month()),
                    integer(m.versionNumber()),
                    integer(rates.delivered()),
                    decimal(rates.onTimePercent()),
                    decimal(rates.firstPassPercent()),
                    decimal(rates.reworkPercent()),
                    integer(m.billableUnits()),
                    decimal(m.costPerUnit()),
                    decimal(m.nominalUnitPrice()),
                    decimal(m.credits()));
        }
        return csv.bytes();
    }
}
