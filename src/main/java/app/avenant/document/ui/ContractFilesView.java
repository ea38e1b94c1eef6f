package app.avenant.document.ui;

import app.avenant.contract.ContractSummary;
import app.avenant.contract.Contracts;
import app.avenant.contract.ui.ContractNavigation;
import app.avenant.document.ContractFiles;
import app.avenant.document.FileRefusedException;
import app.avenant.document.KeptFile;
import app.avenant.shared.format.Formats;
import app.avenant.shared.ui.ContractPageFrame;
import app.avenant.shared.ui.DocumentLinks;
import app.avenant.shared.ui.NarrowScreens;
import app.avenant.shared.ui.NotFoundState;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.PermitAll;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * "Documents du contrat": the signed contract, annexes and procedures kept with a contract, for both sides. Members
 * who edit the contract add files (20 MB at most, kinds told by their content); every member downloads them; who
 * added a file, or the owner of their side, removes it after confirming. Paged lazily from {@link ContractFiles}.
 */
@Route("contracts/:" + ContractPageFrame.CONTRACT_ID + "/documents")
@PermitAll
@StyleSheet("context://styles/document.css")
public class ContractFilesView extends Composite<Div> implements BeforeEnterObserver, HasDynamicTitle {

    private final ContractFiles files;
    private final Contracts contracts;
    final Grid<KeptFile> grid = new Grid<>();
    final Upload upload;
    final Paragraph status = new Paragraph();
    private String pageTitle = "";
    private UUID contractId;

    ContractFilesView(ContractFiles files, Contracts contracts) {
        this.files = files;
        this.contracts = contracts;
        getContent().addClassName("av-files");
        upload = new Upload(readAtMost(ContractFiles.MAX_BYTES));
        configureUpload();
        configureGrid();
        status.addClassName("av-files-status");
        status.getElement().setAttribute("role", "status");
        status.getElement().setAttribute("aria-live", "polite");
        status.setVisible(false);
    }

    @Override
    public String getPageTitle() {
        return pageTitle;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        getContent().removeAll();
        Optional<ContractSummary> summary =
                ContractPageFrame.load(event, ContractPageFrame.CONTRACT_ID, contracts::summary);
        if (summary.isEmpty()) {
            pageTitle = getTranslation("contract.notFound.title");
            getContent().add(new NotFoundState());
            return;
        }
        ContractSummary contract = summary.get();
        contractId = contract.id();
        pageTitle = getTranslation("document.files.title") + " — " + contract.reference();
        getContent()
                .add(ContractPageFrame.header(
                        ContractNavigation.workspace(contractId),
                        getTranslation("document.files.back"),
                        getTranslation("document.files.title"),
                        contract.reference(),
                        contract.title()));
        Paragraph intro = new Paragraph(getTranslation("document.files.intro"));
        intro.addClassName("av-hint");
        getContent().add(intro);
        if (files.canAdd(contractId)) {
            getContent().add(upload, status);
        } else {
            Paragraph readOnly = new Paragraph(getTranslation("document.files.readOnly"));
            readOnly.addClassName("av-hint");
            getContent().add(readOnly);
        }
        UUID id = contractId;
        grid.setItems(query -> files.list(id, query.getOffset(), query.getLimit()).stream(), query ->
                (int) Math.min(Integer.MAX_VALUE, files.count(id)));
        getContent().add(grid);
    }

    private void configureUpload() {
        upload.setMaxFiles(1);
        upload.setMaxFileSize(ContractFiles.MAX_BYTES);
        upload.setI18n(new UploadI18N()
                .setAddFiles(new UploadI18N.AddFiles()
                        .setOne(getTranslation("document.files.upload.choose"))
                        .setMany(getTranslation("document.files.upload.choose")))
                .setDropFiles(new UploadI18N.DropFiles()
                        .setOne(getTranslation("document.files.upload.drop"))
                        .setMany(getTranslation("document.files.upload.drop")))
                .setError(new UploadI18N.Error()
                        .setTooManyFiles(getTranslation("document.files.upload.oneFile"))
                        .setFileIsTooBig(getTranslation("document.files.error.tooBig"))
                        .setIncorrectFileType(getTranslation("document.files.error.kind"))));
        upload.addFileRejectedListener(e -> say(e.getErrorMessage(), true));
    }

    /** Reads no more than the limit and one byte (the browser's limit is only a courtesy), then keeps the file. */
    private UploadHandler readAtMost(int limit) {
        return event -> {
            byte[] bytes;
            try (InputStream in = event.getInputStream()) {
                bytes = in.readNBytes(limit + 1);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            String name = event.getFileName();
            String refusal = null;
            KeptFile kept = null;
            try {
                kept = bytes.length > limit ? null : files.add(Objects.requireNonNull(contractId), name, bytes);
                if (kept == null) {
                    refusal = "document.files.error.tooBig";
                }
            } catch (FileRefusedException e) {
                refusal = e.messageKey();
            }
            String refused = refusal;
            KeptFile added = kept;
            UI ui = event.getUI();
            ui.access(() -> {
                upload.clearFileList();
                if (refused != null) {
                    say(getTranslation(refused), true);
                } else {
                    say(getTranslation("document.files.added", added.fileName()), false);
                    grid.getDataProvider().refreshAll();
                }
            });
        };
    }

    private void configureGrid() {
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.addComponentColumn(this::downloadLink)
                .setHeader(getTranslation("document.files.column.name"))
                .setKey("name")
                .setFlexGrow(3);
        grid.addColumn(f -> kind(f.fileName()) + " · " + size(f.sizeBytes()))
                .setHeader(getTranslation("document.files.column.kind"))
                .setKey("kind")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(f -> getTranslation(
                        "document.files.addedBy", f.addedByName(), getTranslation("contract.side." + f.addedSide())))
                .setHeader(getTranslation("document.files.column.addedBy"))
                .setKey("addedBy")
                .setFlexGrow(2);
        grid.addColumn(f -> Formats.dateTime(f.addedAt(), locale()))
                .setHeader(getTranslation("document.files.column.addedAt"))
                .setKey("addedAt")
                .setAutoWidth(true)
                .setFlexGrow(0);
        Grid.Column<KeptFile> remove = grid.addComponentColumn(this::removeButton)
                .setKey("remove")
                .setAutoWidth(true)
                .setFlexGrow(0);
        // a phone shows one column: the file, its kind and size, who added it and when; the remove button beside
        NarrowScreens.stackOnPhones(
                grid,
                getTranslation("document.files.column.name"),
                f -> NarrowScreens.stack(
                        downloadLink(f),
                        NarrowScreens.line(kind(f.fileName()) + " · " + size(f.sizeBytes())),
                        NarrowScreens.line(getTranslation(
                                        "document.files.addedBy",
                                        f.addedByName(),
                                        getTranslation("contract.side." + f.addedSide()))
                                + " — " + Formats.dateTime(f.addedAt(), locale()))),
                remove);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("document.files.empty"));
    }

    private Component downloadLink(KeptFile file) {
        Anchor link = new Anchor(DocumentLinks.fileUrl(contractId, file.id()).substring(1), file.fileName());
        link.getElement().setAttribute("download", true);
        link.getElement().setAttribute("router-ignore", true);
        link.addClassName("av-file-link");
        return link;
    }

    private Component removeButton(KeptFile file) {
        if (!file.removable()) {
            return new Div();
        }
        Button remove = new Button(getTranslation("document.files.remove"));
        remove.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.ERROR);
        remove.setAriaLabel(getTranslation("document.files.remove.label", file.fileName()));
        remove.addClickListener(e -> confirmRemoval(file));
        return remove;
    }

    /** Removing hides the file from both sides: asked first, with the file's name. */
    void confirmRemoval(KeptFile file) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("document.files.remove.title"));
        dialog.add(new Paragraph(getTranslation("document.files.remove.text", file.fileName())));
        Button cancel = new Button(getTranslation("document.files.remove.cancel"), e -> dialog.close());
        Button confirm = new Button(getTranslation("document.files.remove.confirm"), e -> {
            files.remove(contractId, file.id());
            dialog.close();
            say(getTranslation("document.files.removed", file.fileName()), false);
            grid.getDataProvider().refreshAll();
        });
        confirm.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.ERROR);
        dialog.getFooter().add(cancel, confirm);
        dialog.open();
        cancel.focus();
    }

    private void say(String text, boolean problem) {
        status.setText(text);
        status.setClassName("av-files-status--problem", problem);
        status.setVisible(true);
    }

    private Locale locale() {
        UI ui = UI.getCurrent();
        return ui != null ? ui.getLocale() : Locale.FRANCE;
    }

    private static String kind(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toUpperCase(Locale.ROOT);
    }

    /** "820 Ko", "1,4 Mo": a gérante reads sizes as her computer shows them. */
    private String size(long bytes) {
        if (bytes < 1024 * 1024) {
            return getTranslation("document.files.size.kb", String.valueOf(Math.max(1, (bytes + 1023) / 1024)));
        }
        BigDecimal mb = BigDecimal.valueOf(bytes).divide(BigDecimal.valueOf(1024L * 1024), 1, RoundingMode.HALF_UP);
        return getTranslation("document.files.size.mb", Formats.decimal(mb, 1, locale()));
    }
}
