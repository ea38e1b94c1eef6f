package app.avenant.change.ui.editor;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import app.avenant.contract.terms.ScopeAttachment;
import app.avenant.contract.terms.Terms;
import app.avenant.contract.terms.TermsFixtures;
import app.avenant.document.FileRefusedException;
import app.avenant.testing.ShownText;
import app.avenant.testing.UiTest;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A document attached to a scope item in the editor becomes part of the proposed terms, like any field; removing it
 * too; a refused file is said in words and changes nothing.
 */
class ScopeDocumentsEditorTest extends UiTest {

    private static final String SHA = "c".repeat(64);

    private final List<String> kept = new ArrayList<>();
    private TermsEditor editor;

    /** Keeps what looks like a PDF, refuses the rest, as the document module would. */
    private final ScopeFiles files = new ScopeFiles() {
        @Override
        public ScopeAttachment keep(String fileName, byte[] content) {
            if (!new String(content, StandardCharsets.ISO_8859_1).startsWith("%PDF")) {
                throw new FileRefusedException("document.files.error.kind");
            }
            kept.add(fileName);
            return new ScopeAttachment(fileName, "application/pdf", content.length, SHA);
        }

        @Override
        public String url(ScopeAttachment document) {
            return "/documents/contracts/x/scope-files/" + document.sha256();
        }
    };

    @BeforeEach
    void openEditor() {
        login("paul.durand");
        editor = new TermsEditor(TermsFixtures.invoiceEntryExample(), files);
        UI.getCurrent().add(editor);
    }

    private ScopeDocumentsField field() {
        return editor.scope.items.getFirst().documents;
    }

    @Test
    void an_attached_procedure_is_part_of_the_proposed_terms_and_can_be_taken_back() {
        UploadKt._upload(
                field().upload,
                "Procédure.pdf",
                "application/pdf",
                "%PDF-1.4 procédure".getBytes(StandardCharsets.ISO_8859_1));

        assertThat(editor.hasChanges()).isTrue();
        Terms proposed = editor.validatedValue().orElseThrow();
        assertThat(proposed.scopeItems().getFirst().attachments())
                .singleElement()
                .satisfies(a -> assertThat(a.fileName()).isEqualTo("Procédure.pdf"));
        assertThat(ShownText.of(field())).contains("Procédure.pdf");

        _click(_find(field(), Button.class).stream()
                .filter(b -> "Retirer".equals(b.getText()))
                .findFirst()
                .orElseThrow());
        assertThat(editor.validatedValue().orElseThrow().scopeItems().getFirst().attachments())
                .isEmpty();
    }

    @Test
    void a_refused_file_is_said_in_words_and_changes_nothing() {
        UploadKt._upload(
                field().upload, "facture.pdf", "application/pdf", "MZ not a pdf".getBytes(StandardCharsets.ISO_8859_1));

        assertThat(field().message.isVisible()).isTrue();
        assertThat(field().message.getText()).contains("« facture.pdf » n’a pas été ajouté");
        assertThat(kept).isEmpty();
        assertThat(editor.validatedValue().orElseThrow().scopeItems().getFirst().attachments())
                .isEmpty();
    }
}
