package app.avenant.document.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.avenant.contract.ContractFilter;
import app.avenant.contract.Contracts;
import app.avenant.contract.PrintedVersions;
import app.avenant.document.VersionDocuments;
import app.avenant.testing.ShownText;
import app.avenant.testing.UiTest;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.html.Anchor;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** "Vérifier un document" as a gérante uses it: she drops the PDF she filed, or types the fingerprint off the paper. */
class VerifyDocumentViewTest extends UiTest {

    @Autowired
    Contracts contracts;

    @Autowired
    PrintedVersions printed;

    @Autowired
    VersionDocuments documents;

    private UUID bookkeeping() {
        return contracts
                .myContracts(new ContractFilter(null, "AV-2026-001"), 0, 5)
                .getFirst()
                .id();
    }

    private VerifyDocumentView open(String username) {
        login(username, "documents/verifier");
        return _get(VerifyDocumentView.class);
    }

    @Test
    void dropping_the_pdf_of_version_2_says_which_contract_and_that_version_3_replaced_it() {
        VerifyDocumentView view = open("claire.martin");
        UUID id = bookkeeping();
        byte[] pdf = documents.version(id, 2).content();

        UploadKt._upload(view.upload, "contrat-signé.pdf", "application/pdf", pdf);

        String shown = ShownText.of(view.result);
        assertThat(view.result.isVisible()).isTrue();
        assertThat(shown)
                .contains(
                        "Fichier déposé : contrat-signé.pdf",
                        "Ce document est la version 2 du contrat AV-2026-001",
                        "la version en vigueur est aujourd’hui la version 3");
        assertThat(view.result.getElement().getAttribute("role")).isEqualTo("status");
        assertThat(view.result.getClassNames()).contains("av-verify-result--match");
        assertThat(_get(view.result, Anchor.class).getHref()).contains("contracts/" + id);
    }

    @Test
    void dropping_the_amendment_says_it_is_the_amendment_and_which_version_it_made() {
        VerifyDocumentView view = open("julien.moreau");
        byte[] pdf = documents.amendment(bookkeeping(), 3).content();

        UploadKt._upload(view.upload, "Avenant-2-contrat-AV-2026-001.pdf", "application/pdf", pdf);

        assertThat(ShownText.of(view.result))
                .contains("Ce document est l’avenant n° 2 au contrat AV-2026-001", "il a fait la version 3");
    }

    @Test
    void a_typed_fingerprint_of_the_version_in_force_says_so() {
        VerifyDocumentView view = open("lea.bernard");
        String fingerprint = printed.printable(bookkeeping(), 3).fingerprint();

        view.fingerprint.setValue(fingerprint.substring(0, 20).toUpperCase());
        view.check.click();

        assertThat(ShownText.of(view.result))
                .contains(
                        "version 3 du contrat AV-2026-001",
                        "Cette empreinte figure aussi sur le PDF de l’avenant n° 2",
                        "C’est la version en vigueur aujourd’hui.");
        assertThat(view.fingerprint.isInvalid()).isFalse();
    }

    @Test
    void nothing_or_too_little_typed_is_told_next_to_the_field() {
        VerifyDocumentView view = open("paul.durand");

        view.check.click();
        assertThat(view.fingerprint.isInvalid()).isTrue();
        assertThat(view.fingerprint.getErrorMessage()).isEqualTo("Saisissez l’empreinte imprimée en bas de page.");
        assertThat(view.result.isVisible()).isFalse();

        view.fingerprint.setValue("12ab");
        view.check.click();
        assertThat(view.fingerprint.isInvalid()).isTrue();
        assertThat(view.fingerprint.getErrorMessage()).contains("64 caractères", "au moins 16");
    }

    @Test
    void someone_of_another_organisation_learns_only_that_it_matches_none_of_their_contracts() {
        login("claire.martin");
        UUID id = bookkeeping();
        byte[] pdf = documents.amendment(id, 3).content();
        VerifyDocumentView view = open("marc.petit");

        UploadKt._upload(view.upload, "avenant.pdf", "application/pdf", pdf);

        String shown = ShownText.of(view.result);
        assertThat(shown)
                .contains("ne correspond à aucune version de vos contrats")
                .doesNotContain("AV-2026-001");
        assertThat(view.result.getClassNames()).contains("av-verify-result--none");
    }

    @Test
    void a_file_that_is_not_a_pdf_is_refused_whatever_its_name() {
        VerifyDocumentView view = open("claire.martin");

        UploadKt._upload(
                view.upload,
                "facture.pdf",
                "application/pdf",
                "<html>pas un PDF</html>".getBytes(StandardCharsets.UTF_8));

        assertThat(ShownText.of(view.result)).contains("Ce fichier n’est pas un PDF");
    }
}
