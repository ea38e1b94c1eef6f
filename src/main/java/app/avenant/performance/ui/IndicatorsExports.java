package app.avenant.performance.ui;

import java.io.ByteArrayInputStream;
import java.util.function.Function;

import app.avenant.performance.IndicatorReport;
import app.avenant.performance.export.BillingPreviewCsv;
import app.avenant.performance.export.ExportFileNames;
import app.avenant.performance.export.IndicatorsCsv;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

/**
 * The two CSV downloads of the period shown: indicators per month and the billing preview. The files are
 * written from the report already on screen (no second query, and exactly the figures the reader sees).
 */
class IndicatorsExports extends IndicatorsSection {

    static final String CSV = "text/csv;charset=UTF-8";

    final Anchor indicators;
    final Anchor billing;

    IndicatorsExports(String contractReference, IndicatorReport report) {
        super("av-indicators-exports");
        indicators = download(t("performance.export.indicators"), report, IndicatorsCsv::write,
                ExportFileNames.csv(ExportFileNames.INDICATORS, contractReference, report.from(), report.to()));
        billing = download(t("performance.export.billing"), report, BillingPreviewCsv::write,
                ExportFileNames.csv(ExportFileNames.BILLING_PREVIEW, contractReference, report.from(), report.to()));
        add(indicators, billing);
    }

    private static Anchor download(String text, IndicatorReport report, Function<IndicatorReport, byte[]> writer,
                                   String fileName) {
        Anchor anchor = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = writer.apply(report);
            return new DownloadResponse(new ByteArrayInputStream(bytes), fileName, CSV, bytes.length);
        }), AttachmentType.DOWNLOAD, text);
        anchor.addClassName("av-export");
        return anchor;
    }
}
