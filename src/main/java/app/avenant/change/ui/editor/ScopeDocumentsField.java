package app.avenant.change.ui.editor;

import app.avenant.contract.terms.ScopeAttachment;
import app.avenant.document.ContractFiles;
import app.avenant.document.FileRefusedException;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * "Documents joints" of one scope item: the procedure, a template, a sample. Adding or removing one changes the
 * proposal like any field (the diff shows it, the approvals cover it); a document already in the terms downloads
 * from here. 20 MB at most, its kind told by its content; a refusal is said under the field, in words.
 */
class ScopeDocumentsField extends Composite<Div> {

    private final EditorContext ctx;
    private final ScopeFiles files;
    private final List<ScopeAttachment> documents = new ArrayList<>();
    private final Div list = new Div();
    final Upload upload;
    final Paragraph message = new Paragraph();

    ScopeDocumentsField(List<ScopeAttachment> initial, EditorContext ctx, ScopeFiles files) {
        this.ctx = ctx;
        this.files = files;
        documents.addAll(initial);
        Span label = new Span(ctx.t("terms.field.scope.attachments"));
        label.addClassName("av-field-label");
        list.addClassName("av-scope-documents");
        message.addClassName("av-scope-documents-message");
        // a refusal reads as one, as elsewhere in the editor
        message.getStyle().set("color", "var(--lumo-error-text-color)");
        message.getElement().setAttribute("role", "status");
        message.setVisible(false);
        upload = new Upload(receive());
        upload.setMaxFiles(1);
        upload.setMaxFileSize(ContractFiles.MAX_BYTES);
        String add = ctx.t("changeeditor.scope.documents.add");
        upload.setI18n(new UploadI18N()
                .setAddFiles(new UploadI18N.AddFiles().setOne(add).setMany(add))
                .setDropFiles(new UploadI18N.DropFiles()
                        .setOne(ctx.t("changeeditor.scope.documents.drop"))
                        .setMany(ctx.t("changeeditor.scope.documents.drop")))
                .setError(new UploadI18N.Error()
                        .setTooManyFiles(ctx.t("changeeditor.scope.documents.oneAtATime"))
                        .setFileIsTooBig(ctx.t("changeeditor.scope.documents.tooBig"))
                        .setIncorrectFileType(ctx.t("changeeditor.scope.documents.kind"))));
        upload.addFileRejectedListener(e -> say(e.getFileName() + " : " + e.getErrorMessage()));
        // a file is kept once it arrives: the list below says so, the upload's own line is not needed
        upload.addAllFinishedListener(e -> upload.clearFileList());
        Div root = getContent();
        root.addClassName("av-scope-documents-field");
        root.add(label, list);
        if (files.canKeep()) {
            Span saved = new Span(ctx.t("changeeditor.scope.documents.whenSaved"));
            saved.addClassName("av-hint");
            root.add(upload, saved, message);
        }
        show();
    }

    List<ScopeAttachment> value() {
        return List.copyOf(documents);
    }

    private UploadHandler receive() {
        return event -> {
            byte[] bytes;
            try (InputStream in = event.getInputStream()) {
                bytes = in.readNBytes(ContractFiles.MAX_BYTES + 1);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            String name = event.getFileName();
            UI ui = event.getUI();
            try {
                if (bytes.length > ContractFiles.MAX_BYTES) {
                    throw new FileRefusedException("document.files.error.tooBig");
                }
                ScopeAttachment kept = files.keep(name, bytes);
                ui.access(() -> added(kept));
            } catch (FileRefusedException e) {
                Object[] arguments = new Object[e.arguments().length + 1];
                arguments[0] = name;
                System.arraycopy(e.arguments(), 0, arguments, 1, e.arguments().length);
                String said = ctx.t(e.messageKey(), arguments);
                ui.access(() -> say(said));
            }
        };
    }

    private void added(ScopeAttachment kept) {
        if (kept == null) {
            return;
        }
        if (documents.stream().anyMatch(d -> d.sha256().equals(kept.sha256()))) {
            say(ctx.t("changeeditor.scope.documents.already", kept.fileName()));
            return;
        }
        documents.add(kept);
        message.setVisible(false);
        show();
        ctx.markDirty();
    }

    private void say(String words) {
        message.setText(words);
        message.setVisible(true);
    }

    private void show() {
        list.removeAll();
        if (documents.isEmpty()) {
            Span none = new Span(ctx.t("changeeditor.scope.documents.none"));
            none.addClassName("av-hint");
            list.add(none);
        }
        for (ScopeAttachment document : documents) {
            Div line = new Div();
            line.addClassName("av-scope-document");
            String url = files.url(document);
            if (url != null) {
                Anchor link = new Anchor(url, document.fileName());
                link.setRouterIgnore(true);
                link.setTarget(AnchorTarget.BLANK);
                link.getElement().setAttribute("download", true);
                line.add(link);
            } else {
                line.add(new Span(document.fileName()));
            }
            Button remove = new Button(ctx.t("changeeditor.scope.documents.remove"), e -> {
                documents.remove(document);
                show();
                ctx.markDirty();
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
            remove.setAriaLabel(ctx.t("changeeditor.scope.documents.remove.label", document.fileName()));
            line.add(remove);
            list.add(line);
        }
    }
}
