package app.avenant.document.ui;

import app.avenant.document.ContractFiles;
import app.avenant.document.FileRefusedException;
import app.avenant.document.KeptFile;
import app.avenant.document.attachment.FileKind;
import app.avenant.shared.NotFoundException;
import app.avenant.shared.format.Formats;
import app.avenant.shared.ui.DocumentLinks;
import app.avenant.shared.ui.NarrowScreens;
import app.avenant.shared.ui.Uploads;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;

/**
 * A list of kept files with its upload: the contract's own files ({@link ContractFilesView}) and a change request's
 * ({@link RequestFilesView}). Those who may add drop up to ten files at once, 20 MB each, each told on its own
 * line; every member downloads; who added a file, or the owner of their side, removes it after confirming.
 */
class FilesPanel extends Composite<Div> {

    /** The last few files' outcomes stay on screen. */
    private static final int MESSAGES_SHOWN = 5;
    /** Annexes come several at a time: each is checked and told on its own. */
    private static final int FILES_AT_ONCE = 10;

    /** Where the files are: the contract, or one of its change requests. */
    interface Folder {
        UUID contractId();

        List<KeptFile> list(int offset, int limit);

        long count();

        KeptFile add(String fileName, byte[] content);

        void remove(UUID fileId);
    }

    final Grid<KeptFile> grid = new Grid<>();
    final Upload upload;
    final Div status = new Div();
    private @Nullable Folder folder;
    /** "document.files" for the contract's own files, "document.requestFiles" for a request's: whose list it is. */
    private final String wording;

    FilesPanel(String wording) {
        this.wording = wording;
        upload = new Upload(readAtMost(ContractFiles.MAX_BYTES));
        configureUpload();
        configureGrid();
        status.addClassName("av-files-status");
        status.getElement().setAttribute("role", "status");
        status.getElement().setAttribute("aria-live", "polite");
        status.setVisible(false);
    }

    /**
     * Shows the folder's files; the upload only to those who may add, otherwise {@code readOnly} says why.
     */
    void show(Folder shown, boolean canAdd, String readOnly) {
        this.folder = shown;
        getContent().removeAll();
        if (canAdd) {
            getContent().add(upload, status);
        } else {
            Paragraph why = new Paragraph(readOnly);
            why.addClassName("av-hint");
            getContent().add(why);
        }
        grid.setItems(query -> shown.list(query.getOffset(), query.getLimit()).stream(), query ->
                (int) Math.min(Integer.MAX_VALUE, shown.count()));
        getContent().add(grid);
    }

    private Folder folder() {
        return Objects.requireNonNull(folder, "shown before use");
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
        upload.addFileRejectedListener(
                e -> say(getTranslation("document.files.rejected", e.getFileName(), e.getErrorMessage()), true));
        // each file's outcome is told in words below, in the reader's language: the upload's own list (a tick for a
        // file received, even one refused after) would contradict it
        upload.addAllFinishedListener(e -> upload.clearFileList());
    }

    /** Reads no more than the limit and one byte (the browser's limit is only a courtesy), then keeps the file. */
    /**
     * Reads no more than the limit and one byte (the browser's limit is only a courtesy), then keeps the file. The
     * words are chosen on the UI's own thread, in the reader's language (the upload's thread has no UI of its own).
     */
    private UploadHandler readAtMost(int limit) {
        return event -> {
            byte[] bytes = Uploads.readAtMost(event, limit);
            String name = event.getFileName();
            String key;
            Object[] arguments;
            try {
                if (bytes.length > limit) {
                    throw new FileRefusedException("document.files.error.tooBig");
                }
                KeptFile kept = folder().add(name, bytes);
                key = wording + ".added";
                arguments = new Object[] {kept.fileName()};
            } catch (FileRefusedException e) {
                key = e.messageKey();
                arguments = new Object[e.arguments().length + 1];
                arguments[0] = name;
                System.arraycopy(e.arguments(), 0, arguments, 1, e.arguments().length);
            } catch (AccessDeniedException | NotFoundException e) {
                // the request was closed, or the right withdrawn, while the page was open
                key = wording + ".error.denied";
                arguments = new Object[] {name};
            }
            boolean refused = !key.endsWith(".added");
            String shownKey = key;
            Object[] shownArguments = arguments;
            UI ui = event.getUI();
            ui.access(() -> {
                say(getTranslation(shownKey, shownArguments), refused);
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
        grid.setEmptyStateText(getTranslation(wording + ".empty"));
    }

    private Component downloadLink(KeptFile file) {
        Anchor link =
                DocumentLinks.plainDownload(DocumentLinks.fileUrl(folder().contractId(), file.id()), file.fileName());
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
            folder().remove(file.id());
            dialog.close();
            say(getTranslation(wording + ".removed", file.fileName()), false);
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
