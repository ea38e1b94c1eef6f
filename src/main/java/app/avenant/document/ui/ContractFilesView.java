package app.avenant.document.ui;

import app.avenant.contract.ContractSummary;
import app.avenant.contract.Contracts;
import app.avenant.contract.ui.ContractNavigation;
import app.avenant.document.ContractFiles;
import app.avenant.document.FileRefusedException;
import app.avenant.document.KeptFile;
import app.avenant.document.attachment.FileKind;
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
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.PermitAll;
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

    /** The last few files' outcomes stay on screen. */
    private static final int MESSAGES_SHOWN = 5;
    /** Annexes come several at a time: each is checked and told on its own. */
    private static final int FILES_AT_ONCE = 10;

    private final ContractFiles files;
    private final Contracts contracts;
    final Grid<KeptFile> grid = new Grid<>();
    final Upload upload;
    final Div status = new Div();
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
        Uploads.configure(
                upload,
                FILES_AT_ONCE,
                ContractFiles.MAX_BYTES,
                getTranslation("document.files.upload.choose"),
                getTranslation("document.files.upload.drop"),
                getTranslation("document.files.upload.oneFile"),
                getTranslation("document.files.upload.tooBig"),
                getTranslation("document.files.upload.kind"));
        upload.addFileRejectedListener(e -> say(e.getFileName() + " : " + e.getErrorMessage(), true));
    }

    /** Reads no more than the limit and one byte (the browser's limit is only a courtesy), then keeps the file. */
    private UploadHandler readAtMost(int limit) {
        return event -> {
            byte[] bytes = Uploads.readAtMost(event, limit);
            String name = event.getFileName();
            String message;
            boolean problem;
            try {
                if (bytes.length > limit) {
                    throw new FileRefusedException("document.files.error.tooBig");
                }
                KeptFile kept = files.add(Objects.requireNonNull(contractId), name, bytes);
                message = getTranslation("document.files.added", kept.fileName());
                problem = false;
            } catch (FileRefusedException e) {
                Object[] arguments = new Object[e.arguments().length + 1];
                arguments[0] = name;
                System.arraycopy(e.arguments(), 0, arguments, 1, e.arguments().length);
                message = getTranslation(e.messageKey(), arguments);
                problem = true;
            }
            String said = message;
            boolean refused = problem;
            UI ui = event.getUI();
            ui.access(() -> {
                say(said, refused);
                if (!refused) {
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
        Anchor link = DocumentLinks.plainDownload(DocumentLinks.fileUrl(contractId, file.id()), file.fileName());
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

    /**
     * Each file dropped is told on its own line, newest first (several may be dropped at once); a line says by its
     * words whether the file was kept, its colour only repeats it.
     */
    private void say(String text, boolean problem) {
        Paragraph line = new Paragraph(text);
        line.addClassName(problem ? "av-files-status--problem" : "av-files-status--kept");
        status.addComponentAsFirst(line);
        while (status.getComponentCount() > MESSAGES_SHOWN) {
            status.remove(status.getComponentAt(status.getComponentCount() - 1));
        }
        status.setVisible(true);
    }

    private Locale locale() {
        UI ui = UI.getCurrent();
        return ui != null ? ui.getLocale() : Locale.FRANCE;
    }

    private static String kind(String fileName) {
        return FileKind.extensionOf(fileName).toUpperCase(Locale.ROOT);
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
