package app.avenant.performance.ui;

import app.avenant.contract.ContractNotFoundException;
import app.avenant.contract.terms.ScopeItem;
import app.avenant.performance.DeliverableSource;
import app.avenant.performance.Deliverables;
import app.avenant.performance.IngestResult;
import app.avenant.performance.InvalidDeliverablesException;
import app.avenant.performance.csv.DeliverableCsvColumn;
import app.avenant.performance.csv.DeliverableCsvError;
import app.avenant.performance.csv.DeliverableCsvLine;
import app.avenant.performance.csv.DeliverableCsvReader;
import app.avenant.performance.csv.DeliverableCsvResult;
import app.avenant.performance.csv.DeliverableCsvViolations;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.UploadHandler;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;

/**
 * "Importer un fichier CSV": choose a file, see how many lines it holds, its first rows and every line it
 * cannot read, then import it whole or not at all. While there is any error the import button stays off; an
 * import the service refuses stores nothing and lists each refusal on its line. The service runs outside the
 * request (with the caller's security context), so the progress bar shows while a large file is recorded;
 * the result comes back through the UI's push.
 */
class DeliverableImportDialog extends Dialog {

    private static final Logger log = LoggerFactory.getLogger(DeliverableImportDialog.class);

    /** Rows shown in the preview; the count says how many there are in all. */
    static final int PREVIEW_ROWS = 20;

    private final Deliverables deliverables;
    private final UUID contractId;
    private final Runnable onImported;
    private final DeliverableTexts texts = new DeliverableTexts(this);
    private final DeliverableCsvReader reader = new DeliverableCsvReader();

    final Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> read(metadata.fileName(), bytes)));
    final Paragraph summary = new Paragraph();
    final Grid<DeliverableCsvLine> preview = new Grid<>();
    final Div report = new Div();
    final UnorderedList problems = new UnorderedList();
    final H3 reportTitle = new H3();
    final Div progress = new Div();
    final Span progressText = new Span();
    final Button importButton = new Button();
    final Button close = new Button();
    private @Nullable DeliverableCsvResult file;
    private boolean importing;

    DeliverableImportDialog(
            Deliverables deliverables, UUID contractId, List<ScopeItem> items, Anchor template, Runnable onImported) {
        this.deliverables = deliverables;
        this.contractId = contractId;
        this.onImported = onImported;
        addClassName("av-deliverable-import");
        setHeaderTitle(texts.t("performance.deliverables.import.title"));
        setWidth("min(64rem, 96vw)");
        setCloseOnOutsideClick(false);

        Paragraph help = new Paragraph(texts.t(
                "performance.deliverables.import.help",
                DeliverableCsvColumn.frenchHeader(';'),
                DeliverableCsvColumn.englishHeader(','),
                Deliverables.MAX_IMPORT));
        help.addClassName("av-deliverable-import-help");
        Paragraph keys = new Paragraph(texts.t(
                "performance.deliverables.import.keys",
                String.join(
                        ", ",
                        items.stream()
                                .map(i -> i.key() + " (" + i.title() + ")")
                                .toList())));
        keys.addClassName("av-deliverable-import-keys");

        upload.setMaxFiles(1);
        upload.setMaxFileSize(DeliverableCsvReader.MAX_BYTES);
        upload.setAcceptedFileTypes(".csv", "text/csv", "text/plain", "application/vnd.ms-excel");
        String maxMegabytes = String.valueOf(DeliverableCsvReader.MAX_BYTES / (1024 * 1024));
        upload.setI18n(new UploadI18N()
                .setAddFiles(new UploadI18N.AddFiles()
                        .setOne(texts.t("performance.deliverables.import.choose"))
                        .setMany(texts.t("performance.deliverables.import.choose")))
                .setDropFiles(new UploadI18N.DropFiles()
                        .setOne(texts.t("performance.deliverables.import.drop"))
                        .setMany(texts.t("performance.deliverables.import.drop")))
                .setError(new UploadI18N.Error()
                        .setTooManyFiles(texts.t("performance.deliverables.import.oneFile"))
                        .setFileIsTooBig(texts.t("performance.deliverables.import.rejected", maxMegabytes))
                        .setIncorrectFileType(texts.t("performance.deliverables.import.rejected", maxMegabytes))));
        upload.addFileRejectedListener(e -> rejected(e.getErrorMessage()));

        summary.addClassName("av-deliverable-import-summary");
        summary.setVisible(false);
        configurePreview();

        reportTitle.addClassName("av-deliverable-import-report-title");
        problems.addClassName("av-deliverable-import-problems");
        report.add(reportTitle, problems);
        report.addClassName("av-deliverable-import-report");
        report.getElement().setAttribute("role", "alert");
        report.setVisible(false);

        ProgressBar bar = new ProgressBar();
        bar.setIndeterminate(true);
        bar.getElement().setAttribute("aria-label", texts.t("performance.deliverables.import.progress.label"));
        progress.add(progressText, bar);
        progress.addClassName("av-deliverable-import-progress");
        progress.getElement().setAttribute("aria-live", "polite");
        progress.setVisible(false);

        add(help, keys, template, upload, summary, progress, report, preview);

        importButton.setText(texts.t("performance.deliverables.import.submit.none"));
        importButton.addThemeVariants(ButtonVariant.PRIMARY);
        importButton.setEnabled(false);
        importButton.addClickListener(e -> startImport());
        close.setText(texts.t("performance.deliverables.close"));
        close.addClickListener(e -> close());
        getFooter().add(close, importButton);
    }

    private void configurePreview() {
        preview.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        preview.addClassName("av-deliverable-import-preview");
        preview.addColumn(l -> String.valueOf(l.line()))
                .setKey("line")
                .setHeader(texts.t("performance.deliverables.column.line"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        preview.addColumn(l -> l.input().reference())
                .setKey("reference")
                .setHeader(texts.t("performance.deliverables.column.reference"))
                .setAutoWidth(true);
        preview.addColumn(l -> l.input().scopeItemKey())
                .setKey("scopeItem")
                .setHeader(texts.t("performance.deliverables.column.scopeItem"))
                .setAutoWidth(true);
        preview.addColumn(l -> texts.date(l.input().dueDate()))
                .setKey("dueDate")
                .setHeader(texts.t("performance.deliverables.column.dueDate"))
                .setAutoWidth(true);
        preview.addColumn(l -> l.input().deliveredOn() == null
                        ? texts.t("performance.deliverables.pending")
                        : texts.date(l.input().deliveredOn()))
                .setKey("deliveredOn")
                .setHeader(texts.t("performance.deliverables.column.deliveredOn"))
                .setAutoWidth(true);
        preview.addColumn(l -> texts.units(l.input().units()))
                .setKey("units")
                .setHeader(texts.t("performance.deliverables.column.units"))
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true);
        preview.addColumn(l -> texts.quality(l.input().quality()))
                .setKey("quality")
                .setHeader(texts.t("performance.deliverables.column.quality"))
                .setAutoWidth(true);
        preview.addColumn(l -> texts.money(l.input().cost()))
                .setKey("cost")
                .setHeader(texts.t("performance.deliverables.column.cost"))
                .setTextAlign(ColumnTextAlign.END)
                .setWidth("8.5em")
                .setFlexGrow(0);
        preview.setAllRowsVisible(true);
        preview.setVisible(false);
    }

    /** A file arrived (on the UI's thread: the in-memory handler calls back under the session lock). */
    void read(String fileName, byte[] bytes) {
        if (importing) {
            return;
        }
        DeliverableCsvResult result = reader.read(bytes);
        file = result;
        // the summary names the file: the upload is ready at once for a corrected one
        upload.clearFileList();
        summary.setText(texts.t(
                "performance.deliverables.import.summary",
                fileName,
                result.count(),
                result.lines().size()));
        summary.setVisible(true);
        List<DeliverableCsvLine> first =
                result.lines().subList(0, Math.min(PREVIEW_ROWS, result.lines().size()));
        preview.setItems(first);
        preview.setVisible(!first.isEmpty());
        if (result.hasErrors()) {
            showReport(
                    texts.t(
                            "performance.deliverables.import.report.read",
                            result.errors().size()),
                    result.errors());
        } else {
            hideReport();
        }
        boolean ready = !result.hasErrors() && !result.lines().isEmpty();
        importButton.setEnabled(ready);
        importButton.setText(
                ready
                        ? texts.t(
                                "performance.deliverables.import.submit",
                                result.lines().size())
                        : texts.t("performance.deliverables.import.submit.none"));
    }

    private void rejected(String reason) {
        file = null;
        importButton.setEnabled(false);
        preview.setVisible(false);
        summary.setVisible(false);
        showReport(
                texts.t(
                        "performance.deliverables.import.rejected",
                        String.valueOf(DeliverableCsvReader.MAX_BYTES / (1024 * 1024))),
                List.of());
        upload.clearFileList();
        log.debug("CSV file refused by the upload: {}", reason);
    }

    private void showReport(String title, List<DeliverableCsvError> errors) {
        reportTitle.setText(title);
        problems.removeAll();
        for (DeliverableCsvError error : errors) {
            problems.add(new ListItem(texts.csvError(error)));
        }
        problems.setVisible(!errors.isEmpty());
        report.setVisible(true);
    }

    private void hideReport() {
        report.setVisible(false);
        problems.removeAll();
    }

    /**
     * Shows the progress, then records the batch on another thread with the caller's security context; the
     * outcome comes back with {@code UI.access}, which push sends to the browser.
     */
    void startImport() {
        DeliverableCsvResult ready = file;
        if (ready == null || ready.hasErrors() || ready.lines().isEmpty() || importing) {
            return;
        }
        UI ui = UI.getCurrent();
        importing = true;
        importButton.setEnabled(false);
        upload.setVisible(false);
        close.setEnabled(false);
        setCloseOnEsc(false);
        hideReport();
        progressText.setText(texts.t(
                "performance.deliverables.import.progress", ready.lines().size()));
        progress.setVisible(true);
        Runnable task = new DelegatingSecurityContextRunnable(() -> {
            Outcome outcome = record(ready);
            try {
                ui.access(() -> finish(ready, outcome));
            } catch (UIDetachedException e) {
                log.info("CSV import finished after its screen closed: {}", outcome);
            }
        });
        Thread.ofVirtual().name("csv-import-" + contractId).start(task);
    }

    /** What the service answered; read by {@link #finish} on the UI's thread. */
    private sealed interface Outcome {}

    private record Imported(IngestResult result) implements Outcome {}

    private record Refused(List<app.avenant.performance.DeliverableViolation> violations) implements Outcome {}

    private record Failed(String messageKey) implements Outcome {}

    private Outcome record(DeliverableCsvResult ready) {
        try {
            return new Imported(deliverables.record(contractId, ready.inputs(), DeliverableSource.CSV));
        } catch (InvalidDeliverablesException e) {
            return new Refused(e.violations());
        } catch (ContractNotFoundException | AccessDeniedException e) {
            return new Failed("performance.deliverables.error.denied");
        } catch (RuntimeException e) {
            log.error(
                    "CSV import of {} lines into contract {} failed",
                    ready.lines().size(),
                    contractId,
                    e);
            return new Failed("performance.deliverables.import.failed");
        }
    }

    private void finish(DeliverableCsvResult ready, Outcome outcome) {
        importing = false;
        setCloseOnEsc(true);
        progress.setVisible(false);
        close.setEnabled(true);
        switch (outcome) {
            case Imported imported -> {
                IngestResult result = imported.result();
                String message = result.alreadyRecorded() == 0
                        ? texts.t("performance.deliverables.import.done", result.created())
                        : texts.t(
                                "performance.deliverables.import.doneWithKnown",
                                result.created(),
                                result.alreadyRecorded());
                Notification.show(message, 6000, Notification.Position.BOTTOM_START)
                        .addThemeVariants(NotificationVariant.SUCCESS);
                close();
                onImported.run();
            }
            case Refused refused -> {
                List<DeliverableCsvError> errors = DeliverableCsvViolations.onLines(ready, refused.violations());
                showReport(texts.t("performance.deliverables.import.report.refused", errors.size()), errors);
                upload.setVisible(true);
                upload.clearFileList();
                file = null;
                importButton.setText(texts.t("performance.deliverables.import.submit.none"));
            }
            case Failed failed -> {
                showReport(texts.t(failed.messageKey()), List.of());
                upload.setVisible(true);
                importButton.setEnabled(true);
            }
        }
    }
}
