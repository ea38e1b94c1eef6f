package app.avenant.change.ui.editor;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import app.avenant.change.ChangeFixtures;
import app.avenant.change.ChangeFixtures.TestContract;
import app.avenant.change.ChangeRequests;
import app.avenant.change.NewChangeRequest;
import app.avenant.contract.terms.ObjectiveKind;
import app.avenant.contract.terms.PriceBand;
import app.avenant.contract.terms.Terms;
import app.avenant.testing.TestAccounts;
import app.avenant.testing.UiTest;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import java.math.BigDecimal;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Each field that differs from the version in force names who proposed it (issue 12, point 1; decision 0031):
 * the PME's editor proposed a new baseline, the provider's editor answered with a new band price; the editor
 * credits each to its author and side, on the field and in the item's mark.
 */
class ProposedByMarksTest extends UiTest {

    @Autowired
    ChangeFixtures fixtures;

    @Autowired
    ChangeRequests changeRequests;

    private TestContract contract;
    private UUID requestId;

    @BeforeEach
    void proposalAndCounterProposal() {
        contract = fixtures.contract(2);
        String client = contract.clientEditor().username();
        String provider = contract.providerEditor().username();
        requestId = TestAccounts.as(
                client,
                () -> changeRequests.propose(
                        contract.id(),
                        new NewChangeRequest("Hausse des volumes", "Activité en hausse", ObjectiveKind.CONTINUITY)));
        Terms v1 =
                TestAccounts.as(client, () -> changeRequests.detail(requestId)).proposed();
        Terms proposal = ChangeFixtures.withBaseline(v1, "item-0", 1500);
        TestAccounts.as(client, () -> {
            changeRequests.revise(requestId, changeRequests.detail(requestId).version(), proposal, "");
            changeRequests.submit(requestId, changeRequests.detail(requestId).version());
            return null;
        });
        Terms counter = ChangeFixtures.withPricing(
                proposal, "item-0", ChangeFixtures.bands(new PriceBand(0, null, new BigDecimal("1.80"))));
        TestAccounts.as(provider, () -> {
            changeRequests.revise(requestId, changeRequests.detail(requestId).version(), counter, "Prix revu");
            return null;
        });
    }

    /**
     * The trial: Claire typed a minimum, Julien saved meanwhile, she chose "Continuer avec mes modifications";
     * her typed value read "proposé par Julien Moreau (Prestataire)". It is hers, and not saved yet.
     */
    @Test
    void a_value_typed_and_carried_onto_a_newer_revision_reads_as_ones_own_unsaved_edit() {
        ProposalEditView view = open();
        TestAccounts.as(contract.providerEditor().username(), () -> {
            var detail = changeRequests.detail(requestId);
            changeRequests.revise(
                    requestId,
                    detail.version(),
                    ChangeFixtures.withTitle(detail.proposed(), "item-1", "Saisie revue"),
                    "Intitulé");
        });
        // a field no revision of the request changed: it used to fall back to the latest revision's author
        _setValue(view.editor.scope.items.get(1).volume.baseline, "1 700");
        _click(view.save);
        ConfirmDialogKt._fireConfirm(_find(ConfirmDialog.class).stream()
                .filter(d -> "Demande modifiée entre-temps".equals(ConfirmDialogKt.getHeader(d)))
                .findFirst()
                .orElseThrow());

        VolumeEditor volume = view.editor.scope.items.get(1).volume;
        assertThat(volume.baseline.getValue().replaceAll("\\D", "")).isEqualTo("1700");
        assertThat(volume.baseline.getTooltip().getText())
                .endsWith(". Nouvelle valeur : votre modification, non enregistrée")
                .doesNotContain("proposé par");
        assertThat(volume.getElement().getTextRecursively())
                .contains("Modifié par rapport à la version en vigueur — votre modification, non enregistrée")
                .doesNotContain("proposé par");
    }

    private ProposalEditView open() {
        login(contract.clientEditor().username(), "changes/" + requestId + "/edit");
        return _get(ProposalEditView.class);
    }

    private static String cellText(Component field) {
        return field.getParent().orElseThrow().getElement().getTextRecursively();
    }

    @Test
    void the_band_price_cell_names_the_provider_who_proposed_it_and_shows_the_price_in_force() {
        VolumeEditor volume = open().editor.scope.items.get(0).volume;
        VolumeEditor.BandRow band = volume.bands.getFirst();

        assertThat(band.price.getElement().getClassList()).contains(ChangeMarks.CHANGED_FIELD);
        assertThat(cellText(band.price))
                .contains("En vigueur :")
                .contains("2,00")
                // on a line of its own: "En vigueur : 2,00 € — proposé par X" read as if X proposed 2,00 €
                .contains("Nouvelle valeur proposée par "
                        + contract.providerEditor().displayName() + " (Prestataire)")
                .doesNotContain(" — proposé par");
        assertThat(band.from.getElement().getClassList()).doesNotContain(ChangeMarks.CHANGED_FIELD);
    }

    @Test
    void the_baseline_names_the_pme_editor_who_proposed_it_though_the_provider_revised_last() {
        VolumeEditor volume = open().editor.scope.items.get(0).volume;

        assertThat(volume.baseline.getElement().getClassList()).contains(ChangeMarks.CHANGED_FIELD);
        String tooltip = volume.baseline.getTooltip().getText();
        assertThat(tooltip)
                .startsWith("En vigueur : 1")
                .endsWith(". Nouvelle valeur proposée par "
                        + contract.clientEditor().displayName() + " (PME)");
        assertThat(tooltip.substring(0, tooltip.indexOf(". Nouvelle")).replaceAll("\\D", ""))
                .isEqualTo("1000");
        String mark = volume.getElement().getTextRecursively();
        assertThat(mark)
                .contains("proposé par " + contract.clientEditor().displayName() + " (PME)")
                .contains("proposé par " + contract.providerEditor().displayName() + " (Prestataire)");
    }
}
