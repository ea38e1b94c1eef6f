package app.avenant.document.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.avenant.change.ChangeRequests;
import app.avenant.change.NewChangeRequest;
import app.avenant.contract.ContractFilter;
import app.avenant.contract.Contracts;
import app.avenant.contract.terms.ObjectiveKind;
import app.avenant.testing.ShownText;
import app.avenant.testing.UiTest;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.UploadKt;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A change request's attachments, reached from the request: dropped by the PME, read by the provider. */
class RequestFilesViewTest extends UiTest {

    @Autowired
    ChangeRequests changeRequests;

    @Autowired
    Contracts contracts;

    @Test
    void the_pme_attaches_a_draft_annex_and_the_request_counts_it() {
        login("paul.durand");
        UUID contract = contracts
                .myContracts(new ContractFilter(null, "AV-2026-001"), 0, 5)
                .getFirst()
                .id();
        UUID request = changeRequests.propose(
                contract, new NewChangeRequest("Annexe tarifaire", "Nouveaux prix", ObjectiveKind.COST));

        login("paul.durand", "changes/" + request + "/documents");
        RequestFilesView view = _get(RequestFilesView.class);
        assertThat(ShownText.of(view)).contains("Pièces jointes de la demande n°", "Annexe tarifaire");
        UploadKt._upload(
                view.upload,
                "annexe.pdf",
                "application/pdf",
                ("%PDF-1.4\n% annexe " + UUID.randomUUID() + "\n%%EOF\n").getBytes(StandardCharsets.ISO_8859_1));

        assertThat(ShownText.of(view.status)).contains("« annexe.pdf » a été joint à la demande.");
        assertThat(GridKt._size(view.grid)).isEqualTo(1);

        login("julien.moreau", "changes/" + request);
        assertThat(ShownText.of(_get(com.vaadin.flow.component.html.Section.class, spec -> spec.withId("cr-files"))))
                .contains("Voir ou joindre des documents →");
    }

    @Test
    void a_stranger_reads_introuvable() {
        login("paul.durand");
        UUID contract = contracts
                .myContracts(new ContractFilter(null, "AV-2026-001"), 0, 5)
                .getFirst()
                .id();
        UUID request = changeRequests.propose(
                contract, new NewChangeRequest("Annexe tarifaire", "Nouveaux prix", ObjectiveKind.COST));

        login("marc.petit", "changes/" + request + "/documents");
        assertThat(ShownText.of(_get(RequestFilesView.class))).doesNotContain("Annexe tarifaire");
    }
}
