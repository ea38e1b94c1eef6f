package app.avenant.document.ui;

import app.avenant.contract.FoundVersion;
import app.avenant.contract.ui.ContractNavigation;
import app.avenant.document.DocumentCheck;
import app.avenant.document.VersionDocuments;
import app.avenant.shared.format.Formats;
import app.avenant.shared.ui.DocumentLinks;
import app.avenant.shared.ui.Routes;
import app.avenant.shared.ui.Uploads;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.PermitAll;
import java.time.LocalDate;
import java.util.Locale;

/**
 * "Vérifier un document": a member drops a PDF, or types the fingerprint printed at the foot of its pages, and learns
 * which version of which of their contracts it is, whether that version is still in force, or that it matches none
 * of theirs (someone else's contract looks exactly like no contract). The file is read and forgotten: nothing of it
 * is kept.
 */
@Route(DocumentLinks.VERIFY_ROUTE)
@PermitAll
@StyleSheet("context://styles/document.css")
public class VerifyDocumentView extends Composite<Div> implements HasDynamicTitle {

    private final VersionDocuments documents;
    final Upload upload;
    final TextField fingerprint = new TextField();
    final Button check = new Button();
    final Div result = new Div();

    VerifyDocumentView(VersionDocuments documents) {
        this.documents = documents;
        Div root = getContent();
        root.addClassNames("av-page", "av-verify");
        Paragraph intro = new Paragraph(getTranslation("document.verify.intro"));
        intro.addClassName("av-hint");

        upload = new Upload(readAtMost(VersionDocuments.MAX_UPLOAD_BYTES));
        configureUpload();

        fingerprint.setLabel(getTranslation("document.verify.fingerprint.label"));
        fingerprint.setHelperText(getTranslation("document.verify.fingerprint.helper"));
        fingerprint.setMaxLength(120);
        fingerprint.setClearButtonVisible(true);
        fingerprint.addClassName("av-verify-fingerprint");
        check.setText(getTranslation("document.verify.fingerprint.submit"));
        check.addThemeVariants(ButtonVariant.PRIMARY);
        check.addClickShortcut(Key.ENTER).listenOn(fingerprint);
        // a click listener, not Clicks.on: Enter in the field fires the button's server-side click
        check.addClickListener(e -> checkTyped());
        HorizontalLayout typed = new HorizontalLayout(fingerprint, check);
        typed.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        typed.addClassName("av-verify-typed");

        result.addClassName("av-verify-result");
        // read out when it appears: the answer comes after a drop or a click, away from where the eye is
        result.getElement().setAttribute("role", "status");
        result.getElement().setAttribute("aria-live", "polite");
        result.setVisible(false);

        root.add(
                new H2(getTranslation("document.verify.title")),
                intro,
                new H3(getTranslation("document.verify.upload.title")),
                upload,
                new H3(getTranslation("document.verify.fingerprint.title")),
                typed,
                result);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("document.verify.title");
    }

    private void configureUpload() {
        Uploads.configure(
                upload,
                1,
                VersionDocuments.MAX_UPLOAD_BYTES,
                getTranslation("document.verify.upload.choose"),
                getTranslation("document.verify.upload.drop"),
                getTranslation("document.verify.upload.oneFile"),
                getTranslation("document.verify.upload.tooBig"),
                getTranslation("document.verify.upload.notPdf"));
        upload.setAcceptedFileTypes("application/pdf", ".pdf");
        upload.addFileRejectedListener(e -> show(new Paragraph(e.getErrorMessage()), false));
    }

    /**
     * Reads the upload up to the limit and one byte more, never the whole of a larger one (the browser's limit is
     * only a courtesy); checks it on the request's thread, as the signed-in member, then shows the answer.
     */
    private UploadHandler readAtMost(int limit) {
        return event -> {
            byte[] bytes = Uploads.readAtMost(event, limit);
            String name = event.getFileName();
            DocumentCheck answer = bytes.length > limit ? null : documents.checkPdf(bytes);
            UI ui = event.getUI();
            ui.access(() -> {
                if (answer == null) {
                    show(new Paragraph(getTranslation("document.verify.upload.tooBig")), false);
                } else {
                    shown(answer, name, false);
                }
                upload.clearFileList();
            });
        };
    }

    void checkTyped() {
        String typed = fingerprint.getValue().strip();
        if (typed.isEmpty()) {
            fingerprint.setInvalid(true);
            fingerprint.setErrorMessage(getTranslation("document.verify.fingerprint.required"));
            fingerprint.focus();
            return;
        }
        DocumentCheck answer = documents.checkFingerprint(typed);
        boolean readable = answer.outcome() != DocumentCheck.Outcome.UNREADABLE_FINGERPRINT;
        fingerprint.setInvalid(!readable);
        fingerprint.setErrorMessage(readable ? null : getTranslation("document.verify.result.unreadable"));
        if (!readable) {
            // said once, next to the field: an answer below would repeat it
            result.setVisible(false);
            return;
        }
        shown(answer, null, true);
    }

    private void shown(DocumentCheck answer, String fileName, boolean typed) {
        Div body = new Div();
        if (fileName != null) {
            Paragraph file = new Paragraph(getTranslation("document.verify.checked", fileName));
            file.addClassName("av-verify-file");
            body.add(file);
        }
        if (answer.mixed()) {
            Paragraph mixed = new Paragraph(getTranslation("document.verify.result.mixed"));
            mixed.addClassName("av-verify-mixed");
            body.add(mixed);
        }
        switch (answer.outcome()) {
            case MATCH -> answer.matches().forEach(v -> body.add(match(v, answer.amendment(), typed)));
            case NO_MATCH ->
                body.add(new Paragraph(getTranslation(
                        typed ? "document.verify.result.noMatch" : "document.verify.result.noMatch.file")));
            case NO_FINGERPRINT -> body.add(new Paragraph(getTranslation("document.verify.result.noFingerprint")));
            case NOT_A_PDF -> body.add(new Paragraph(getTranslation("document.verify.result.notPdf")));
            case UNREADABLE_FINGERPRINT -> body.add(new Paragraph(getTranslation("document.verify.result.unreadable")));
        }
        show(body, answer.outcome() == DocumentCheck.Outcome.MATCH && !answer.mixed());
    }

    /**
     * "Ce document est la version 3…", or "l'avenant n° 2…" for an amendment's PDF (its pages carry the fingerprint
     * of the version it made); a typed fingerprint of a version made by an amendment names both.
     */
    private Div match(FoundVersion v, Integer amendment, boolean typed) {
        Locale locale = UI.getCurrent().getLocale();
        String since = Formats.date(LocalDate.ofInstant(v.adoptedAt(), Formats.PARIS), locale);
        Div card = new Div();
        card.addClassName("av-verify-match");
        Paragraph what = new Paragraph(
                amendment != null
                        ? getTranslation(
                                "document.verify.result.amendment",
                                String.valueOf(amendment),
                                v.reference(),
                                v.title(),
                                String.valueOf(v.number()),
                                since)
                        : getTranslation(
                                "document.verify.result.match",
                                String.valueOf(v.number()),
                                v.reference(),
                                v.title(),
                                since));
        what.addClassName("av-verify-what");
        card.add(what);
        if (typed && v.number() > 1) {
            card.add(new Paragraph(
                    getTranslation("document.verify.result.alsoAmendment", String.valueOf(v.number() - 1))));
        }
        Paragraph state = new Paragraph(
                v.isInForce()
                        ? getTranslation("document.verify.result.current")
                        : getTranslation("document.verify.result.replaced", String.valueOf(v.currentVersion())));
        Paragraph print = new Paragraph(getTranslation("document.verify.result.fingerprint", v.fingerprint()));
        print.addClassName("av-verify-print");
        card.add(
                state,
                Routes.link(ContractNavigation.history(v.contractId()), getTranslation("document.verify.result.open")),
                print);
        return card;
    }

    private void show(com.vaadin.flow.component.Component content, boolean matched) {
        result.removeAll();
        result.add(content);
        result.setClassName("av-verify-result--match", matched);
        result.setClassName("av-verify-result--none", !matched);
        result.setVisible(true);
    }
}
