package app.avenant.performance.export;

import java.time.YearMonth;

/** {@code indicateurs-AV-2026-001-2026-01_2026-10.csv}: what, which contract, which months. */
public final class ExportFileNames {

    public static final String INDICATORS = "indicateurs";
    public static final String BILLING_PREVIEW = "prefacturation";

    private ExportFileNames() {}

    public static String csv(String kind, String contractReference, YearMonth from, YearMonth to) {
        // a reference is typed by people: keep only what every file system and browser accepts
        String reference = contractReference.strip().replaceAll("[^A-Za-z0-9._-]+", "-");
        return kind + "-" + (reference.isEmpty() ? "contrat" : reference) + "-" + from + "_" + to + ".csv";
    }
}
