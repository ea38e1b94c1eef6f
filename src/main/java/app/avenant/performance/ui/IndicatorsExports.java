package app.avenant.performance.ui;

import app.avenant.performance.IndicatorReport;
import app.avenant.performance.export.BillingPreviewCsv;
import app.avenant.performance.export.ExportFileNames;
import app.avenant.performance.export.IndicatorsCsv;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The two CSV downloads of the period shown: indicators per month and the billing preview. The files are
 * written from the report already on screen (no second query, and exactly the figures the reader sees).
 */
class IndicatorsExports extends IndicatorsSection {

    static final String CSV = "text/csv;charset=UTF-8";

    final Anchor indicators;
    final Anchor billing;

    /** @param downloaded told each file's name as it is written (the audit trail records exports) */
    IndicatorsExports(String contractReference, IndicatorReport report, Consumer<String> downloaded) {
        super("av-indicators-exports");
        indicators = download(
                t("performance.export.indicators"),
                report,
                IndicatorsCsv::write,
                ExportFileNames.csv(ExportFileNames.INDICATORS, contractReference, report.from(), report.to()),
                downloaded);
        billing = download(
                t("performance.export.billing"),
                report,
                BillingPreviewCsv::write,
                ExportFileNames.csv(ExportFileNames.BILLING_PREVIEW, contractReference, report.from(), report.to()),
                downloaded);
        add(indicators, billing);
    }

    private static Anchor download(
            String text,
            IndicatorReport report,
            Function<IndicatorReport, byte[]> writer,
            String fileName,
            Consumer<String> downloaded) {
        Anchor anchor = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    byte[] bytes = writer.apply(report);
                    downloaded.accept(fileName);
                    return new DownloadResponse(new ByteArrayInputStream(bytes), fileName, CSV, bytes.length);
                }),
                AttachmentType.DOWNLOAD,
                text);
        anchor.addClassName("av-export");
        return anchor;
    }
}
